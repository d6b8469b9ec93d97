#pragma once

#include <QWidget>

class QLabel;

namespace tw::ui {

// Shown in the window instead of empty pages while the database has no
// property: says so and leads to Settings or to the demo hotel.
class WelcomePanel : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePanel(QWidget *parent = nullptr);
    ~WelcomePanel() override;

    void setDatabaseName(const QString &displayName);

Q_SIGNALS:
    void addPropertyRequested();
    void demoHotelRequested();

private:
    QLabel *m_text = nullptr;
};

} // namespace tw::ui
