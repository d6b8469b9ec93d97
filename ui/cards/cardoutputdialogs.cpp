#include "cardoutputdialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

using namespace Qt::StringLiterals;

namespace tw::ui {

namespace {

QString askWithFileDialog(QWidget *parent, const QString &suggestedPath)
{
    QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("tw::ui::CardOutputDialogs", "Export PDF"), suggestedPath,
        QCoreApplication::translate("tw::ui::CardOutputDialogs", "PDF documents (*.pdf)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u".pdf"_s;
    return path;
}

void printWithDialogs(QWidget *parent, QPrinter *printer, const std::function<void(QPrinter *)> &paint,
                      const std::function<void(bool)> &finished)
{
    if (paint) {
        auto *dialog = new QPrintPreviewDialog(printer, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setObjectName(u"cardPrintPreview"_s);
        QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog, paint);
        QObject::connect(dialog, &QDialog::finished, dialog,
                         [finished](int result) { finished(result == QDialog::Accepted); });
        dialog->open();
        return;
    }
    auto *dialog = new QPrintDialog(printer, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"cardPrintDialog"_s);
    QObject::connect(dialog, &QDialog::finished, dialog,
                     [finished](int result) { finished(result == QDialog::Accepted); });
    dialog->open();
}

} // namespace

CardOutputDialogs CardOutputDialogs::standard()
{
    return CardOutputDialogs{&askWithFileDialog, &printWithDialogs};
}

} // namespace tw::ui
