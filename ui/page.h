#pragma once

#include <QIcon>
#include <QString>
#include <QWidget>

namespace tw::ui {

// A page of the main window: it names itself for the sidebar and the View
// menu, and reloads its data on request.
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(QWidget *parent = nullptr);
    ~Page() override;

    virtual QString title() const = 0;
    virtual QIcon icon() const;

public Q_SLOTS:
    // Reloads what the page shows; pages load off the UI thread and return at once.
    virtual void refresh();
};

} // namespace tw::ui
