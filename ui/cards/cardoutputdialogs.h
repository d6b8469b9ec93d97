#pragma once

#include <QString>

#include <functional>

class QPrinter;
class QWidget;

namespace tw::ui {

// How the card windows ask where a PDF goes and run the system's print
// dialogs. The standard answers show the real dialogs (window-modal, without
// a nested event loop where Qt allows); tests give answers instead.
struct CardOutputDialogs
{
    // The PDF's path, or empty when the person cancelled.
    using FileNameQuestion = std::function<QString(QWidget *parent, const QString &suggestedPath)>;
    // Shows the print dialog for a printer already set to the card's sheet.
    // With paint, a true-to-paper preview comes first (QPrintPreviewDialog),
    // painted by paint(printer) -- the last call before finished(true) is the
    // print itself. finished(false): cancelled, nothing was printed.
    using PrintQuestion
        = std::function<void(QWidget *parent, QPrinter *printer, const std::function<void(QPrinter *printer)> &paint,
                             const std::function<void(bool accepted)> &finished)>;

    FileNameQuestion askFileName;
    PrintQuestion askPrint;

    static CardOutputDialogs standard();
};

} // namespace tw::ui
