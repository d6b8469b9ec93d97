#pragma once

#include <QLoggingCategory>

namespace tw::print {

// "tw.print": card and slip rendering. Formats, fonts and counts, never the
// wording of a card.
Q_DECLARE_LOGGING_CATEGORY(lcPrint)

} // namespace tw::print
