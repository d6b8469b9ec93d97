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

    // True when the page has a search field for Edit > Find (Ctrl+F). By
    // default a page has one when it re-declares the focusSearch() slot, so a
    // page only needs that slot.
    virtual bool hasSearch() const;

    // The base name of the page's picture in docs/screenshots: the object name
    // without its "Page" suffix ("guestsPage" gives "guests").
    virtual QString screenshotName() const;

public Q_SLOTS:
    // Reloads what the page shows; pages load off the UI thread and return at once.
    virtual void refresh();
    // Puts the keyboard focus into the page's search field, its text selected so
    // typing replaces it. Pages with a search field override it.
    virtual void focusSearch();
};

} // namespace tw::ui
