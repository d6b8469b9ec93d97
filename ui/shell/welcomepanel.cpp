#include "welcomepanel.h"

#include <QFont>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tw::ui {

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"welcomePanel"_s);
    setAccessibleName(tr("No property yet"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/tweetworthy.svg"_s).pixmap(72, 72));
    icon->setAccessibleName(tr("Tweetworthy logo"));
    icon->setAlignment(Qt::AlignCenter);

    auto *heading = new QLabel(tr("Which hotel is this desk for?"), this);
    heading->setObjectName(u"welcomeHeading"_s);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);

    m_text = new QLabel(this);
    m_text->setObjectName(u"welcomeText"_s);
    m_text->setAccessibleName(tr("What to do next"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setDatabaseName({});

    auto *addProperty = new QPushButton(QIcon::fromTheme(u"list-add"_s), tr("&Add your hotel…"), this);
    addProperty->setObjectName(u"addPropertyButton"_s);
    addProperty->setDefault(true);
    addProperty->setToolTip(tr("Enter the hotel's name, time zone and check-in and check-out times in Settings"));
    auto *demo = new QPushButton(tr("Open the &demo hotel…"), this);
    demo->setObjectName(u"openDemoHotelButton"_s);
    demo->setToolTip(tr("Fill this database with a made-up hotel to look around"));
    connect(addProperty, &QPushButton::clicked, this, &WelcomePanel::addPropertyRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePanel::demoHotelRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(addProperty);
    buttons->addWidget(demo);
    buttons->addStretch(1);

    auto *column = new QVBoxLayout;
    column->addWidget(icon);
    column->addWidget(heading);
    column->addWidget(m_text);
    column->addSpacing(12);
    column->addLayout(buttons);

    // A readable measure in the middle of a wide window.
    auto *centre = new QWidget(this);
    centre->setLayout(column);
    centre->setMinimumWidth(360);
    centre->setMaximumWidth(560);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(centre, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

WelcomePanel::~WelcomePanel() = default;

void WelcomePanel::setDatabaseName(const QString &displayName)
{
    const QString where = displayName.isEmpty() ? tr("This database") : tr("The database %1").arg(displayName);
    m_text->setText(tr("%1 has no property yet. Add your hotel — its name, time zone and check-in and check-out "
                       "times — and the pages fill as you import its reservations. Or open the demo hotel to see "
                       "Tweetworthy at work first.")
                        .arg(where));
}

} // namespace tw::ui
