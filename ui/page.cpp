#include "page.h"

#include <QMetaMethod>

using namespace Qt::StringLiterals;

namespace tw::ui {

Page::Page(QWidget *parent)
    : QWidget(parent)
{
}

Page::~Page() = default;

QIcon Page::icon() const
{
    return {};
}

bool Page::hasSearch() const
{
    // The meta-object lists a slot once per class that declares it: an index
    // past Page's own methods means a subclass declared focusSearch().
    const int index = metaObject()->indexOfSlot("focusSearch()");
    return index >= staticMetaObject.methodCount();
}

QString Page::screenshotName() const
{
    QString name = objectName();
    if (name.endsWith("Page"_L1) && name.size() > 4)
        name.chop(4);
    return name.isEmpty() ? title().toLower() : name;
}

void Page::refresh() { }

void Page::focusSearch() { }

} // namespace tw::ui
