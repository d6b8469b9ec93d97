#include "page.h"

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

void Page::refresh() { }

} // namespace tw::ui
