#include "aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFont>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tw::ui {

AboutDialog::AboutDialog(const storage::DatabaseUrl &url, int schemaVersion, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Tweetworthy"));
    setAccessibleName(windowTitle());

    auto *icon = new QLabel(this);
    icon->setObjectName(u"aboutIcon"_s);
    // The SVG scales to the screen: crisp at any device pixel ratio.
    icon->setPixmap(QIcon(u":/icons/tweetworthy.svg"_s).pixmap(QSize(96, 96), devicePixelRatioF()));
    icon->setAccessibleName(tr("Tweetworthy logo"));

    auto *heading = new QLabel(tr("Tweetworthy %1").arg(QCoreApplication::applicationVersion()), this);
    heading->setObjectName(u"aboutHeading"_s);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *text = new QLabel(this);
    text->setObjectName(u"aboutText"_s);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(tr("<p>The guest relations desk for hotels: know who is in house when they post about you, answer "
                     "like a person, and follow up with a handwritten card or a treat sent to the room.</p>"
                     "<p>Free software under the GNU General Public License, version 3 or later.</p>"
                     "<p><a href=\"%1\">%1</a></p>")
                      .arg(u"https://tweetworthy.example"_s));

    m_details = tr("Tweetworthy %1\nQt %2 on %3\nDatabase: %4 (schema version %5)")
                    .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                         QSysInfo::prettyProductName(), url.toDisplayString())
                    .arg(schemaVersion);
    auto *details = new QLabel(m_details, this);
    details->setObjectName(u"aboutDetails"_s);
    details->setAccessibleName(tr("Version details"));
    details->setWordWrap(true);
    details->setForegroundRole(QPalette::PlaceholderText);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyDetailsButton"_s);
    copy->setToolTip(tr("Copy the version and database details for a support request"));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_details); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *column = new QVBoxLayout;
    column->addWidget(heading);
    column->addWidget(text);
    column->addWidget(details);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addSpacing(16);
    top->addLayout(column, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

AboutDialog::~AboutDialog() = default;

} // namespace tw::ui
