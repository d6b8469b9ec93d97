#include "importmessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace tw::ui {

ImportMessage::ImportMessage(QWidget *parent)
    : QWidget(parent)
{
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

ImportMessage::~ImportMessage() = default;

void ImportMessage::showMessage(Kind kind, const QString &text)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    m_kind = kind;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QString role = tr("Information");
    if (kind == Kind::Warning) {
        pixmap = QStyle::SP_MessageBoxWarning;
        role = tr("Warning");
    } else if (kind == Kind::Error) {
        pixmap = QStyle::SP_MessageBoxCritical;
        role = tr("Problem");
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    // QIcon picks the pixmap for the screen's device pixel ratio.
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(QSize(size, size), devicePixelRatioF()));
    m_icon->setAccessibleName(role);
    m_text->setText(text);
    setAccessibleName(role);
    setAccessibleDescription(text);
    setVisible(true);
}

void ImportMessage::clear()
{
    m_text->clear();
    m_icon->clear();
    setAccessibleDescription({});
    setVisible(false);
}

QString ImportMessage::text() const
{
    return m_text->text();
}

} // namespace tw::ui
