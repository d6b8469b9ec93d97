#include "pdftools.h"

#include <print/sliprenderer.h>

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace tw::print;
using tw::core::AmenityOrder;

namespace {

AmenityOrder order(int lines = 2)
{
    AmenityOrder o;
    o.id = 1042;
    o.room = u"412"_s;
    o.department = tw::core::Department::FoodAndBeverage;
    const QStringList names{u"Wine and strawberries"_s, u"Bath salts"_s, u"Fruit plate"_s, u"Flowers"_s};
    for (int i = 0; i < lines; ++i) {
        tw::core::OrderLine line;
        line.name = names.at(i % names.size());
        line.quantity = i + 1;
        line.unitCostCents = 1250;
        o.lines.append(line);
    }
    o.dueAt = QDateTime(QDate(2026, 11, 25), QTime(17, 30), QTimeZone::utc());
    o.note = u"Welcome back, Anna!"_s;
    o.cardId = 77;
    o.state = tw::core::OrderState::Accepted;
    return o;
}

tw::core::Guest guest()
{
    tw::core::Guest g;
    g.firstName = u"Anna"_s;
    g.lastName = u"Schmidt"_s;
    return g;
}

tw::core::Property hotel()
{
    tw::core::Property p;
    p.name = u"Palace Hotel"_s;
    p.timeZone = u"Europe/Berlin"_s;
    return p;
}

// A printer whose driver has no such paper, as the print system reports it.
class PaperRefusingPrinter : public QPrinter
{
public:
    using QPrinter::QPrinter;
    bool setPageLayout(const QPageLayout &) override { return false; }
    bool setPageSize(const QPageSize &) override { return false; }
};

} // namespace

class TestSlipRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formatKeys();
    void contentFromOrder();
    void pageSize_data();
    void pageSize();
    void receiptGrowsWithTheOrder();
    void slipShowsEverything_data();
    void slipShowsEverything();
    void longOrderStaysOnTheA6Sheet();
    void failureLeavesNoFile();
    void veryLongOrderContinuesOnFurtherSheets();
    void printerRefusingThePaperFailsBeforePrinting();

private:
    QTemporaryDir m_temp;
};

void TestSlipRenderer::initTestCase()
{
    const QString missing = PdfTools::missingTools();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QVERIFY(m_temp.isValid());
}

void TestSlipRenderer::formatKeys()
{
    QCOMPARE(slipFormatKey(SlipFormat::A6), u"a6"_s);
    QCOMPARE(slipFormatKey(SlipFormat::Receipt80mm), u"receipt-80mm"_s);
    QCOMPARE(slipFormatFromKey(u"receipt-80mm"), std::optional<SlipFormat>(SlipFormat::Receipt80mm));
    QCOMPARE(slipFormatFromKey(u" A6"), std::optional<SlipFormat>(SlipFormat::A6));
    QVERIFY(!slipFormatFromKey(u"a4").has_value());
}

void TestSlipRenderer::contentFromOrder()
{
    const SlipContent slip = SlipContent::fromOrder(order(), guest(), hotel(), QLocale(QLocale::English));
    QCOMPARE(slip.orderId, 1042);
    QCOMPARE(slip.room, u"412"_s);
    QCOMPARE(slip.guestName, u"Anna Schmidt"_s);
    QCOMPARE(slip.propertyName, u"Palace Hotel"_s);
    QCOMPARE(slip.department, u"Food and beverage"_s);
    QCOMPARE(slip.items.size(), 2);
    QCOMPARE(slip.items.at(1).name, u"Bath salts"_s);
    QCOMPARE(slip.items.at(1).quantity, 2);
    // 17:30 UTC is 18:30 in Berlin in November.
    QVERIFY2(slip.due.startsWith(u"Wed 25 Nov"_s), qPrintable(slip.due));
    QVERIFY2(slip.due.contains(u"6:30"_s) || slip.due.contains(u"18:30"_s), qPrintable(slip.due));
    QVERIFY2(!slip.due.contains(u":00"_s), qPrintable(slip.due)); // no seconds
    const SlipContent c = SlipContent::fromOrder(order(), guest(), hotel(), QLocale::c());
    QVERIFY2(c.due.endsWith(u"18:30"_s), qPrintable(c.due));
    const SlipContent german = SlipContent::fromOrder(order(), guest(), hotel(), QLocale(QLocale::German));
    QVERIFY2(german.due.contains(u"18:30"_s), qPrintable(german.due));
    QVERIFY(slip.note.contains(u"Welcome back, Anna!"_s));
    QVERIFY(slip.note.contains(u"77"_s)); // the note card to take along
    QCOMPARE(slip.state, u"Accepted"_s);
}

void TestSlipRenderer::pageSize_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("height"); // 0: depends on the slip
    QTest::newRow("a6") << u"a6"_s << 297.6 << 419.5;
    QTest::newRow("receipt-80mm") << u"receipt-80mm"_s << 226.8 << 0.0;
}

void TestSlipRenderer::pageSize()
{
    QFETCH(QString, key);
    QFETCH(double, width);
    QFETCH(double, height);
    const SlipRenderer renderer(*slipFormatFromKey(key));
    const SlipContent slip = SlipContent::fromOrder(order(), guest(), hotel());
    const QString path = m_temp.filePath(key + u".pdf"_s);
    const auto status = renderer.exportPdf(path, {slip, slip});
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QCOMPARE(PdfTools::pageCount(path), 2);
    const QSizeF size = PdfTools::pageSize(path, 1);
    QVERIFY2(std::abs(size.width() - width) <= 1.0, qPrintable(QString::number(size.width())));
    if (height > 0)
        QVERIFY2(std::abs(size.height() - height) <= 1.0, qPrintable(QString::number(size.height())));
    else
        QVERIFY(std::abs(size.height() - renderer.slipSize(slip).height()) <= 1.0);
}

void TestSlipRenderer::receiptGrowsWithTheOrder()
{
    const SlipRenderer renderer(SlipFormat::Receipt80mm);
    const QSizeF small = renderer.slipSize(SlipContent::fromOrder(order(1), guest(), hotel()));
    const QSizeF large = renderer.slipSize(SlipContent::fromOrder(order(12), guest(), hotel()));
    QCOMPARE(small.width(), large.width());
    QVERIFY(large.height() > small.height() + 100);
    const QString path = m_temp.filePath(u"receipts.pdf"_s);
    QVERIFY(renderer
                .exportPdf(path,
                           {SlipContent::fromOrder(order(1), guest(), hotel()),
                            SlipContent::fromOrder(order(12), guest(), hotel())})
                .ok());
    QVERIFY(PdfTools::pageSize(path, 2).height() > PdfTools::pageSize(path, 1).height() + 100);
}

void TestSlipRenderer::slipShowsEverything_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("a6") << u"a6"_s;
    QTest::newRow("receipt-80mm") << u"receipt-80mm"_s;
}

void TestSlipRenderer::slipShowsEverything()
{
    QFETCH(QString, key);
    const SlipRenderer renderer(*slipFormatFromKey(key));
    const SlipContent slip = SlipContent::fromOrder(order(), guest(), hotel(), QLocale(QLocale::English));
    const QString path = m_temp.filePath(u"everything.pdf"_s);
    QVERIFY(renderer.exportPdf(path, {slip}).ok());
    const QString words = PdfTools::words(path);
    for (const QString &expected :
         {u"1042"_s, u"Room 412"_s, u"Anna Schmidt"_s, u"1 × Wine and strawberries"_s, u"2 × Bath salts"_s, slip.due,
          u"Welcome back, Anna!"_s, u"Palace Hotel"_s, u"Food and beverage"_s}) {
        QVERIFY2(words.contains(expected), qPrintable(expected + u" not in: "_s + words));
    }
    for (const PdfTools::Font &font : PdfTools::fonts(path))
        QVERIFY2(font.embedded, qPrintable(font.name));
}

void TestSlipRenderer::longOrderStaysOnTheA6Sheet()
{
    const SlipRenderer renderer(SlipFormat::A6);
    AmenityOrder big = order(12);
    big.note = QString(u"Please knock twice and leave it by the door if nobody answers. "_s).repeated(3);
    const SlipContent slip = SlipContent::fromOrder(big, guest(), hotel());
    QImage image(renderer.slipSize(slip).toSize(), QImage::Format_RGB32);
    image.fill(Qt::gray);
    {
        QPainter painter(&image);
        renderer.paintSlip(painter, slip);
    }
    // Nothing drawn in the bottom margin: the order was written smaller, not cut.
    for (int y = image.height() - 12; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            QCOMPARE(image.pixelColor(x, y), QColor(Qt::white));
    }
    const QString path = m_temp.filePath(u"big.pdf"_s);
    QVERIFY(renderer.exportPdf(path, {slip}).ok());
    QCOMPARE(renderer.pageCount(slip), 1);
    QCOMPARE(PdfTools::pageCount(path), 1);
    QVERIFY(PdfTools::words(path).contains(u"12 × Flowers"_s));
}

void TestSlipRenderer::failureLeavesNoFile()
{
    const SlipRenderer renderer(SlipFormat::A6);
    const QString path = m_temp.filePath(u"missing/slip.pdf"_s);
    const auto status = renderer.exportPdf(path, {SlipContent::fromOrder(order(), guest(), hotel())});
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(u"slip.pdf"_s), qPrintable(status.error()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!renderer.exportPdf(m_temp.filePath(u"empty.pdf"_s), {}).ok());
    QVERIFY(!QFile::exists(m_temp.filePath(u"empty.pdf"_s)));
}

void TestSlipRenderer::veryLongOrderContinuesOnFurtherSheets()
{
    const SlipRenderer renderer(SlipFormat::A6);
    AmenityOrder big = order(0);
    for (int i = 1; i <= 40; ++i) {
        tw::core::OrderLine line;
        line.name = u"Item number %1"_s.arg(i);
        line.quantity = i;
        big.lines.append(line);
    }
    big.note = QString(u"Please knock twice and leave it by the door if nobody answers. "_s).repeated(6)
        + u"Signed by the night manager."_s;
    big.cardId = tw::core::InvalidId;
    const SlipContent slip = SlipContent::fromOrder(big, guest(), hotel(), QLocale(QLocale::English));
    const int pages = renderer.pageCount(slip);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    const QString path = m_temp.filePath(u"forty.pdf"_s);
    QVERIFY(renderer.exportPdf(path, {slip, SlipContent::fromOrder(order(), guest(), hotel())}).ok());
    QCOMPARE(PdfTools::pageCount(path), pages + 1);
    const QString all = PdfTools::words(path);
    for (int i = 1; i <= 40; ++i) {
        const QString item = u"%1 × Item number %1"_s.arg(i);
        QVERIFY2(all.contains(item + u' '), qPrintable(item + u" not in: "_s + all));
    }
    // The note runs on across sheets: read past each sheet's foot and the next one's header.
    QString read = all;
    read.remove(QRegularExpression(u"Page \\d+ of \\d+, continued on the next sheet Order 1042 \\(continued\\) "
                                   u"Room 412 Anna Schmidt "_s));
    QVERIFY2(read.contains(u"Note to include "_s + slip.note.simplified()),
             qPrintable(read.mid(read.indexOf(u"40 ×"_s))));
    for (int page = 1; page <= pages; ++page) {
        const QString words = PdfTools::words(path, page);
        QVERIFY2(words.contains(u"Order 1042"_s), qPrintable(words));
        QVERIFY2(words.contains(u"Room 412"_s), qPrintable(words));
        QVERIFY2(words.contains(u"Anna Schmidt"_s), qPrintable(words));
        QVERIFY2(words.contains(u"Page %1 of %2"_s.arg(page).arg(pages)), qPrintable(words));
        QCOMPARE(words.contains(u"(continued)"_s), page > 1);
        const QSizeF size = PdfTools::pageSize(path, page);
        QVERIFY(std::abs(size.width() - 297.6) <= 1.0 && std::abs(size.height() - 419.5) <= 1.0);
    }
    // The next order's slip starts on a sheet of its own.
    QVERIFY(!PdfTools::words(path, pages + 1).contains(u"Item number"_s));

    // Every sheet keeps the bottom margin clear: nothing written off the paper.
    for (int page = 0; page < pages; ++page) {
        QImage image(renderer.slipSize(slip).toSize(), QImage::Format_RGB32);
        image.fill(Qt::gray);
        {
            QPainter painter(&image);
            renderer.paintSlipPage(painter, slip, page);
        }
        for (int y = image.height() - 12; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                QCOMPARE(image.pixelColor(x, y), QColor(Qt::white));
        }
    }

    // Printed, it takes the same sheets.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = m_temp.filePath(u"forty-printed.pdf"_s);
    printer.setOutputFileName(printed);
    const auto status = renderer.print(printer, {slip});
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QCOMPARE(PdfTools::pageCount(printed), pages);
    QVERIFY(PdfTools::words(printed).contains(u"40 × Item number 40"_s));
}

void TestSlipRenderer::printerRefusingThePaperFailsBeforePrinting()
{
    const SlipRenderer renderer(SlipFormat::Receipt80mm);
    PaperRefusingPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_temp.filePath(u"wrong-paper.pdf"_s);
    printer.setOutputFileName(path);
    const auto status = renderer.print(printer, {SlipContent::fromOrder(order(), guest(), hotel())});
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(u"paper size in the print dialog"_s), qPrintable(status.error()));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestSlipRenderer)
#include "test_sliprenderer.moc"
