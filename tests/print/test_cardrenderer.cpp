#include "pdftools.h"

#include <core/cardmerge.h>
#include <core/handwritinglayout.h>
#include <print/cardformat.h>
#include <print/cardrenderer.h>
#include <print/handwritingstyle.h>

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QImage>
#include <QPainter>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tw::print;

namespace {

const auto kText = u"Dear Anna,\nWelcome back to the Palace! We have put a few bath salts by the tub and the "
                   u"strawberries you liked last time in the fridge.\n\nEnjoy your stay,"_s;
const auto kSignature = u"Maria, Concierge"_s;

CardFace face(tw::core::Id id, const QString &text = kText)
{
    return CardFace{id, text, kSignature};
}

QString longText()
{
    QString text = u"Dear Anna,\n"_s;
    for (int i = 0; i < 40; ++i)
        text += u"We are so glad you are back with us, and we hope the room is just as you like it. "_s;
    return text;
}

// Only the words, as a reader would type them again.
QString wordsOf(const QString &text)
{
    return text.simplified();
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

class TestCardRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formatKeys();
    void slotsCoverTheSheet_data();
    void slotsCoverTheSheet();
    void pageSizePerFormat_data();
    void pageSizePerFormat();
    void handwritingFontIsEmbedded_data();
    void handwritingFontIsEmbedded();
    void mergedTextIsExtractableWordForWord();
    void mergedTemplateLeavesNoPlaceholder();
    void lettersTheFontLacksAreStillWritten();
    void aSignedTemplateIsNotSignedTwice();
    void reprintIsIdentical();
    void anotherCardWithTheSameTextDiffers();
    void inkIsPenBlueInsideTheMargins();
    void fourUpHasCropMarksAndAllCards_data();
    void fourUpHasCropMarksAndAllCards();
    void styleDefaultsAndFallback();
    void bundledFontsCarryTheirLicences();
    void slightlyLongTextIsWrittenALittleSmaller();
    void overflowIsReportedNotShrunkBelowReadable();
    void overflowingCardIsNotExported();
    void overflowingCardIsNotPrinted();
    void cancelLeavesNoFile();
    void unwritablePathIsReported();
    void printsThroughAPrinter();
    void cancelledPrintReachesNoPrinter();
    void handwritingIsPinnedToTheBuiltInFont();
    void printerRefusingThePaperFailsBeforePrinting();
    void signatureAtTheEndOfTheLastLineIsNotWrittenAgain_data();
    void signatureAtTheEndOfTheLastLineIsNotWrittenAgain();

private:
    QString m_dir;
    QTemporaryDir m_temp;
};

void TestCardRenderer::initTestCase()
{
    const QString missing = PdfTools::missingTools();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QVERIFY(m_temp.isValid());
    m_dir = m_temp.path();
    QVERIFY(HandwritingFonts::ensureRegistered());
}

void TestCardRenderer::formatKeys()
{
    const QList<CardFormat> formats = allCardFormats();
    QCOMPARE(formats.size(), 6);
    QStringList keys;
    for (const CardFormat format : formats) {
        keys << cardFormatKey(format);
        QCOMPARE(cardFormatFromKey(cardFormatKey(format)), std::optional<CardFormat>(format));
        QVERIFY(!cardFormatLabel(format).isEmpty());
        QCOMPARE(cardFormatSpec(format).key, cardFormatKey(format));
        QVERIFY(cardFormatDefaultPointSize(format) >= MinimumHandwritingPointSize);
    }
    QCOMPARE(keys, (QStringList{u"a2"_s, u"a7"_s, u"a6"_s, u"postcard"_s, u"a4-4up"_s, u"letter-4up"_s}));
    QCOMPARE(cardFormatFromKey(u" A6 "), std::optional<CardFormat>(CardFormat::A6));
    QVERIFY(!cardFormatFromKey(u"a5").has_value());
}

void TestCardRenderer::slotsCoverTheSheet_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("cards");
    QTest::newRow("a2") << u"a2"_s << 1;
    QTest::newRow("postcard") << u"postcard"_s << 1;
    QTest::newRow("a4-4up") << u"a4-4up"_s << 4;
    QTest::newRow("letter-4up") << u"letter-4up"_s << 4;
}

void TestCardRenderer::slotsCoverTheSheet()
{
    QFETCH(QString, key);
    QFETCH(int, cards);
    const CardFormatSpec spec = cardFormatSpec(*cardFormatFromKey(key));
    QSizeF sheet = spec.pageSize.size(QPageSize::Point);
    if (spec.orientation == QPageLayout::Landscape)
        sheet.transpose();
    const QList<QRectF> slots = cardSlotsOnSheet(spec);
    QCOMPARE(slots.size(), cards);
    QCOMPARE(spec.cardsPerSheet, cards);
    QCOMPARE(spec.cropMarks, cards > 1);
    const QRectF page(QPointF(0, 0), sheet);
    for (qsizetype i = 0; i < slots.size(); ++i) {
        QCOMPARE(slots.at(i).size(), spec.cardSize);
        QVERIFY(page.adjusted(-0.5, -0.5, 0.5, 0.5).contains(slots.at(i)));
        for (qsizetype j = i + 1; j < slots.size(); ++j)
            QVERIFY(!slots.at(i).intersects(slots.at(j).adjusted(0.01, 0.01, -0.01, -0.01)));
    }
    // Margins suit card stock: at least 8 mm all round.
    QVERIFY(spec.cardMargins.left() >= 22 && spec.cardMargins.top() >= 22);
    QVERIFY(spec.cardMargins.right() >= 22 && spec.cardMargins.bottom() >= 22);
}

void TestCardRenderer::pageSizePerFormat_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("cards");
    QTest::addColumn<QSizeF>("size");
    QTest::addColumn<int>("pages");
    QTest::newRow("a2") << u"a2"_s << 2 << QSizeF(306, 396) << 2;             // 4.25 x 5.5 in
    QTest::newRow("a7") << u"a7"_s << 1 << QSizeF(360, 504) << 1;             // 5 x 7 in
    QTest::newRow("a6") << u"a6"_s << 1 << QSizeF(297.6, 419.5) << 1;         // 105 x 148 mm
    QTest::newRow("postcard") << u"postcard"_s << 1 << QSizeF(432, 288) << 1; // 6 x 4 in, landscape
    QTest::newRow("a4-4up") << u"a4-4up"_s << 5 << QSizeF(595.3, 841.9) << 2;
    QTest::newRow("letter-4up") << u"letter-4up"_s << 4 << QSizeF(612, 792) << 1;
}

void TestCardRenderer::pageSizePerFormat()
{
    QFETCH(QString, key);
    QFETCH(int, cards);
    QFETCH(QSizeF, size);
    QFETCH(int, pages);
    const CardRenderer renderer(*cardFormatFromKey(key));
    QList<CardFace> faces;
    for (int i = 0; i < cards; ++i)
        faces.append(face(100 + i, u"Dear guest %1,\nwelcome!"_s.arg(i + 1)));
    const QString path = m_dir + u"/size-"_s + key + u".pdf"_s;
    const auto status = renderer.exportPdf(path, faces);
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QCOMPARE(PdfTools::pageCount(path), pages);
    for (int page = 1; page <= pages; ++page) {
        const QSizeF actual = PdfTools::pageSize(path, page);
        QVERIFY2(std::abs(actual.width() - size.width()) <= 1.0 && std::abs(actual.height() - size.height()) <= 1.0,
                 qPrintable(u"%1 x %2"_s.arg(actual.width()).arg(actual.height())));
    }
}

void TestCardRenderer::handwritingFontIsEmbedded_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("fontName");
    QTest::newRow("default") << QString() << u"DancingScript"_s;
    QTest::newRow("Kaushan Script") << u"Kaushan Script"_s << u"KaushanScript"_s;
    QTest::newRow("DkgHandwriting") << u"DkgHandwriting"_s << u"DkgHandwriting"_s;
}

void TestCardRenderer::handwritingFontIsEmbedded()
{
    QFETCH(QString, family);
    QFETCH(QString, fontName);
    HandwritingStyle style;
    style.fontFamily = family;
    const CardRenderer renderer(CardFormat::A6, style);
    const QString path = m_dir + u"/fonts.pdf"_s;
    QVERIFY(renderer.exportPdf(path, {face(7)}).ok());
    const QList<PdfTools::Font> fonts = PdfTools::fonts(path);
    QVERIFY(!fonts.isEmpty());
    bool found = false;
    for (const PdfTools::Font &font : fonts) {
        QVERIFY2(font.embedded, qPrintable(font.name + u" is not embedded"_s));
        found = found || font.name.contains(fontName);
    }
    QVERIFY2(found, qPrintable(fontName + u" is not in the PDF"_s));
}

void TestCardRenderer::mergedTextIsExtractableWordForWord()
{
    // Every letter is drawn on its own, yet copying the text out of the PDF
    // gives the words back: for many cards, so that no seed splits a word.
    for (const QString &family : HandwritingFonts::bundledFamilies()) {
        HandwritingStyle style;
        style.fontFamily = family;
        const CardRenderer renderer(CardFormat::A6, style);
        QList<CardFace> faces;
        for (int id = 1; id <= 12; ++id)
            faces.append(face(id));
        const QString path = m_dir + u"/text.pdf"_s;
        QVERIFY(renderer.exportPdf(path, faces).ok());
        for (int page = 1; page <= faces.size(); ++page) {
            const QString words = PdfTools::words(path, page);
            QCOMPARE(words, wordsOf(kText + u' ' + kSignature));
            QVERIFY(!words.contains(u'{'));
        }
    }
}

void TestCardRenderer::lettersTheFontLacksAreStillWritten()
{
    // Dancing Script has no Cyrillic or Greek; an accent typed as a separate
    // combining mark stays on its letter.
    const QString text = u"Dear Zoë and Ωmega,\nДобро пожаловать in cafe\u0301 terms – welcome!"_s;
    const CardRenderer renderer(CardFormat::A6);
    const QString path = m_dir + u"/fallback.pdf"_s;
    QVERIFY(renderer.exportPdf(path, {face(9, text)}).ok());
    const QString words = PdfTools::words(path);
    QVERIFY2(words.contains(u"Добро пожаловать"_s), qPrintable(words));
    QVERIFY2(words.contains(u"Zoë"_s), qPrintable(words));
    QVERIFY2(words.contains(u"café"_s), qPrintable(words));
    QVERIFY2(words.contains(u"Ωmega"_s), qPrintable(words));
    const QList<PdfTools::Font> fonts = PdfTools::fonts(path);
    QVERIFY(fonts.size() >= 2); // the handwriting and a fallback for the rest
    for (const PdfTools::Font &font : fonts)
        QVERIFY(font.embedded);
}

void TestCardRenderer::aSignedTemplateIsNotSignedTwice()
{
    const CardRenderer renderer(CardFormat::A6);
    const QString path = m_dir + u"/signed.pdf"_s;
    const QString text = u"Dear Anna,\nWelcome!\n\nWarm regards,\n Maria, Concierge "_s;
    QVERIFY(renderer.exportPdf(path, {face(3, text)}).ok());
    QCOMPARE(PdfTools::words(path), u"Dear Anna, Welcome! Warm regards, Maria, Concierge"_s);
    // Another name under it is still written.
    QVERIFY(renderer.exportPdf(path, {CardFace{3, text, u"Tom"_s}}).ok());
    QCOMPARE(PdfTools::words(path), u"Dear Anna, Welcome! Warm regards, Maria, Concierge Tom"_s);
}

void TestCardRenderer::mergedTemplateLeavesNoPlaceholder()
{
    tw::core::CardMerge::Values values;
    values.firstName = u"Siobhán"_s;
    values.room = u"412"_s;
    values.property = u"Palace Hotel"_s;
    values.departure = QDate(2026, 11, 28);
    values.signature = u"Maria"_s;
    const auto merged = tw::core::CardMerge(QLocale(QLocale::English))
                            .merge(u"Dear {first_name},\nwelcome to {property}! Room {room} is yours until "
                                   u"{departure}.\n\nWarm regards,\n{signature}"_s,
                                   values);
    QVERIFY(merged.ok());
    const CardRenderer renderer(CardFormat::A2);
    const QString path = m_dir + u"/merged.pdf"_s;
    QVERIFY(renderer.exportPdf(path, {CardFace{11, merged.text, values.signature}}).ok());
    const QString words = PdfTools::words(path);
    QVERIFY2(words.startsWith(u"Dear Siobhán, welcome to Palace Hotel! Room 412 is yours until"_s), qPrintable(words));
    QVERIFY2(words.contains(u"28"_s) && words.endsWith(u"Warm regards, Maria"_s), qPrintable(words));
    QVERIFY(!words.contains(u'{') && !words.contains(u'}'));
}

void TestCardRenderer::reprintIsIdentical()
{
    const CardRenderer first(CardFormat::A2);
    const CardRenderer second(CardFormat::A2); // another renderer, as a later reprint would use
    const QString a = m_dir + u"/print-a.pdf"_s;
    const QString b = m_dir + u"/print-b.pdf"_s;
    QVERIFY(first.exportPdf(a, {face(42)}).ok());
    QVERIFY(second.exportPdf(b, {face(42)}).ok());
    const QImage imageA = PdfTools::rasterize(a, 1, 72);
    const QImage imageB = PdfTools::rasterize(b, 1, 72);
    QVERIFY(!imageA.isNull());
    QCOMPARE(PdfTools::differingPixels(imageA, imageB), 0);
}

void TestCardRenderer::anotherCardWithTheSameTextDiffers()
{
    const CardRenderer renderer(CardFormat::A2);
    const QString a = m_dir + u"/same-a.pdf"_s;
    const QString b = m_dir + u"/same-b.pdf"_s;
    QVERIFY(renderer.exportPdf(a, {face(42)}).ok());
    QVERIFY(renderer.exportPdf(b, {face(43)}).ok());
    QCOMPARE(PdfTools::words(a), PdfTools::words(b));
    const QImage imageA = PdfTools::rasterize(a, 1, 72);
    const QImage imageB = PdfTools::rasterize(b, 1, 72);
    const qsizetype differing = PdfTools::differingPixels(imageA, imageB);
    // Not a few stray pixels: the writing itself is placed differently.
    QVERIFY2(differing > imageA.width() * imageA.height() / 100, qPrintable(QString::number(differing)));
}

void TestCardRenderer::inkIsPenBlueInsideTheMargins()
{
    const CardRenderer renderer(CardFormat::A6);
    const CardFormatSpec &spec = renderer.spec();
    QImage image((spec.cardSize * 2).toSize(), QImage::Format_RGB32);
    image.fill(Qt::gray);
    {
        QPainter painter(&image);
        painter.scale(2, 2);
        renderer.paintCard(painter, face(5));
    }
    const QRectF writing = QRectF(QPointF(0, 0), spec.cardSize).marginsRemoved(spec.cardMargins);
    int ink = 0;
    int outside = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            QVERIFY(c != QColor(Qt::gray)); // the card is painted as paper
            if (c.lightness() > 200)
                continue;
            ++ink;
            QVERIFY(c.blue() > c.red() && c.blue() > c.green());
            // Loops and slant may reach a little beyond the area, not far.
            if (!writing.adjusted(-6, -6, 6, 6).contains(QPointF(x / 2.0, y / 2.0)))
                ++outside;
        }
    }
    QVERIFY(ink > 1000);
    QCOMPARE(outside, 0);
    QCOMPARE(renderer.style().ink, HandwritingFonts::penBlue());
}

void TestCardRenderer::fourUpHasCropMarksAndAllCards_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QSize>("sheet"); // points
    QTest::newRow("letter-4up") << u"letter-4up"_s << QSize(612, 792);
    QTest::newRow("a4-4up") << u"a4-4up"_s << QSize(595, 842);
}

void TestCardRenderer::fourUpHasCropMarksAndAllCards()
{
    QFETCH(QString, key);
    QFETCH(QSize, sheet);
    const CardRenderer renderer(*cardFormatFromKey(key));
    QList<CardFace> faces;
    for (int i = 1; i <= 4; ++i)
        faces.append(face(i, u"Card number %1 for room %2"_s.arg(i).arg(400 + i)));
    const QString path = m_dir + u"/4up.pdf"_s;
    QVERIFY(renderer.exportPdf(path, faces).ok());
    // Each card in its own quarter, in order, left to right and top to bottom,
    // at its true size.
    const QList<QRectF> slots = cardSlotsOnSheet(renderer.spec());
    for (int i = 1; i <= 4; ++i) {
        QCOMPARE(slots.at(i - 1).size(), renderer.spec().cardSize);
        const QString words = PdfTools::words(path, 1, slots.at(i - 1));
        QCOMPARE(words, u"Card number %1 for room %2 %3"_s.arg(i).arg(400 + i).arg(kSignature));
    }
    const QImage page = PdfTools::rasterize(path, 1, 72);
    QCOMPARE(page.size(), sheet);
    auto dark = [&page](int x, int y) { return QColor(page.pixel(x, y)).lightness() < 160; };
    auto darkNear = [&dark](int x, int y) {
        return dark(x - 1, y) || dark(x, y) || dark(x + 1, y) || dark(x, y - 1) || dark(x, y + 1);
    };
    // Nothing within 6 mm of the sheet's edge, where printers do not print.
    const int clear = int(std::ceil(6 * 72 / 25.4));
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            if (x < clear || y < clear || x >= page.width() - clear || y >= page.height() - clear)
                QVERIFY2(!dark(x, y), qPrintable(u"ink at %1, %2"_s.arg(x).arg(y)));
        }
    }
    // The marks at the ends of the middle cuts, just inside that border, and
    // the cross where the cuts meet.
    const int midX = qRound(slots.at(0).right());
    const int midY = qRound(slots.at(0).bottom());
    const int mark = clear + 4;
    QVERIFY(darkNear(midX, mark));
    QVERIFY(darkNear(midX, page.height() - 1 - mark));
    QVERIFY(darkNear(mark, midY));
    QVERIFY(darkNear(page.width() - 1 - mark, midY));
    QVERIFY(darkNear(midX, midY));
    QVERIFY(!darkNear(midX / 2, mark));
}

void TestCardRenderer::styleDefaultsAndFallback()
{
    const HandwritingStyle defaults = HandwritingFonts::resolved({}, 17);
    QCOMPARE(defaults.fontFamily, HandwritingFonts::defaultFamily());
    QCOMPARE(defaults.fontFamily, u"Dancing Script"_s);
    QCOMPARE(defaults.pointSize, 17.0);
    QCOMPARE(defaults.ink, HandwritingFonts::penBlue());

    HandwritingStyle unknown;
    unknown.fontFamily = u"No Such Handwriting"_s;
    unknown.pointSize = 6; // too small to read as handwriting
    const HandwritingStyle fallback = HandwritingFonts::resolved(unknown, 17);
    QCOMPARE(fallback.fontFamily, HandwritingFonts::defaultFamily());
    QCOMPARE(fallback.pointSize, MinimumHandwritingPointSize);
    QVERIFY(!HandwritingFonts::isAvailable(u"No Such Handwriting"_s));

    HandwritingStyle kaushan;
    kaushan.fontFamily = u"kaushan script"_s;
    kaushan.ink = Qt::black;
    const HandwritingStyle resolved = HandwritingFonts::resolved(kaushan, 17);
    QCOMPARE(resolved.fontFamily, u"Kaushan Script"_s);
    QCOMPARE(resolved.ink, QColor(Qt::black));

    const CardRenderer renderer(CardFormat::A7);
    QCOMPARE(renderer.style().pointSize, cardFormatDefaultPointSize(CardFormat::A7));
}

void TestCardRenderer::bundledFontsCarryTheirLicences()
{
    const QStringList families = HandwritingFonts::bundledFamilies();
    QVERIFY(families.contains(u"Dancing Script"_s));
    QVERIFY(families.size() >= 2);
    for (const QString &family : families)
        QVERIFY(HandwritingFonts::isAvailable(family));
    const QStringList files = QDir(u":/tw/fonts"_s).entryList(QDir::Files);
    int fontFiles = 0;
    for (const QString &file : files) {
        if (!file.endsWith(u".otf"_s) && !file.endsWith(u".ttf"_s))
            continue;
        ++fontFiles;
        QFile copyright(u":/tw/fonts/"_s + QFileInfo(file).completeBaseName() + u".copyright"_s);
        QVERIFY2(copyright.open(QIODevice::ReadOnly), qPrintable(file + u" has no copyright file"_s));
        const QByteArray text = copyright.readAll();
        QVERIFY(text.contains("Copyright"));
        QVERIFY(text.contains("License"));
    }
    QCOMPARE(fontFiles, families.size());
}

void TestCardRenderer::slightlyLongTextIsWrittenALittleSmaller()
{
    const CardRenderer renderer(CardFormat::A6);
    // Find a text just too long for the format's size.
    QString text = u"Dear Anna,"_s;
    CardFit fit = renderer.fit(face(3, text));
    while (fit.fits && fit.pointSize == renderer.style().pointSize) {
        text += u" We hope you enjoy your stay."_s;
        fit = renderer.fit(face(3, text));
    }
    QVERIFY2(fit.fits, qPrintable(fit.message));
    QVERIFY(fit.pointSize < renderer.style().pointSize);
    QVERIFY(fit.pointSize >= MinimumHandwritingPointSize);
    QVERIFY(fit.message.isEmpty());
    QVERIFY(fit.overflowText.isEmpty());
}

void TestCardRenderer::overflowIsReportedNotShrunkBelowReadable()
{
    const CardRenderer renderer(CardFormat::A6);
    const CardFit fit = renderer.fit(face(3, longText()));
    QVERIFY(!fit.fits);
    QVERIFY(fit.pointSize >= MinimumHandwritingPointSize);
    QVERIFY(fit.lines > 10);
    QVERIFY(!fit.overflowText.isEmpty());
    QVERIFY(longText().simplified().endsWith(fit.overflowText.section(u'\n', 0, 0).simplified()));
    QVERIFY2(fit.message.contains(u"too long"_s), qPrintable(fit.message));
    QVERIFY(fit.message.contains(u"A6"_s));

    // The preview still shows what fits, with a red edge.
    QImage image(renderer.spec().cardSize.toSize(), QImage::Format_RGB32);
    {
        QPainter painter(&image);
        renderer.paintCard(painter, face(3, longText()));
    }
    const QColor edge = image.pixelColor(image.width() / 2, image.height() - 3);
    QVERIFY(edge.red() > 150 && edge.green() < 80);
}

void TestCardRenderer::overflowingCardIsNotExported()
{
    const CardRenderer renderer(CardFormat::A6);
    const QString path = m_dir + u"/overflow/cards.pdf"_s;
    QVERIFY(QDir().mkpath(m_dir + u"/overflow"_s));
    const auto status = renderer.exportPdf(path, {face(1), face(77, longText())});
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(u"77"_s), qPrintable(status.error()));
    QVERIFY(status.error().contains(u"too long"_s));
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(m_dir + u"/overflow"_s).isEmpty());
}

void TestCardRenderer::overflowingCardIsNotPrinted()
{
    const CardRenderer renderer(CardFormat::A6);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir + u"/printed-overflow.pdf"_s;
    printer.setOutputFileName(path);
    const auto status = renderer.print(printer, {face(77, longText())});
    QVERIFY(!status.ok());
    QVERIFY(!QFile::exists(path));
}

void TestCardRenderer::cancelLeavesNoFile()
{
    const CardRenderer renderer(CardFormat::A6);
    QVERIFY(QDir().mkpath(m_dir + u"/cancel"_s));
    const QString path = m_dir + u"/cancel/batch.pdf"_s;
    QList<CardFace> faces;
    for (int i = 1; i <= 5; ++i)
        faces.append(face(i));
    int calls = 0;
    const auto status = renderer.exportPdf(path, faces, [&calls](int done, int total) {
        ++calls;
        Q_ASSERT(total == 5);
        return done < 3;
    });
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(u"cancelled"_s), qPrintable(status.error()));
    QCOMPARE(calls, 3);
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(m_dir + u"/cancel"_s).isEmpty());

    // A previous export of the same name survives a cancelled one.
    QVERIFY(renderer.exportPdf(path, {face(1)}).ok());
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!renderer.exportPdf(path, faces, [](int, int) { return false; }).ok());
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

void TestCardRenderer::unwritablePathIsReported()
{
    const CardRenderer renderer(CardFormat::A6);
    const QString path = m_dir + u"/no/such/folder/cards.pdf"_s;
    const auto status = renderer.exportPdf(path, {face(1)});
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(u"cards.pdf"_s), qPrintable(status.error()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!renderer.exportPdf(m_dir + u"/none.pdf"_s, {}).ok());
}

void TestCardRenderer::printsThroughAPrinter()
{
    const CardRenderer renderer(CardFormat::Postcard);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir + u"/printed.pdf"_s;
    printer.setOutputFileName(path);
    int done = 0;
    const auto status = renderer.print(printer, {face(1), face(2)}, [&done](int d, int) {
        done = d;
        return true;
    });
    QVERIFY2(status.ok(), qPrintable(status.error()));
    QCOMPARE(done, 2);
    QCOMPARE(PdfTools::pageCount(path), 2);
    const QSizeF size = PdfTools::pageSize(path, 1);
    QVERIFY2(std::abs(size.width() - 432) <= 1 && std::abs(size.height() - 288) <= 1,
             qPrintable(u"%1 x %2"_s.arg(size.width()).arg(size.height())));
    QCOMPARE(PdfTools::words(path, 2), wordsOf(kText + u' ' + kSignature));
}

void TestCardRenderer::handwritingIsPinnedToTheBuiltInFont()
{
    // The built-in bytes, whatever copy of the family this system has.
    const QString family = HandwritingFonts::defaultFamily();
    QFile file(u":/tw/fonts/DancingScript-Regular.otf"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(HandwritingFonts::bundledFontData(family), bytes);
    QVERIFY(HandwritingFonts::bundledFontData(u"Sans Serif"_s).isEmpty());
    const QRawFont raw = HandwritingFonts::rawFont(family, 17);
    const QRawFont fromBytes(bytes, 17, QFont::PreferNoHinting);
    QVERIFY(raw.isValid());
    for (const char *table : {"head", "hmtx", "cmap"})
        QVERIFY2(raw.fontTable(table) == fromBytes.fontTable(table), table);

    // A fixed text and seed always give the same lines and letter positions:
    // a change here changes every reprint.
    const auto measure = [&raw](QStringView text) {
        const QList<quint32> glyphs = raw.glyphIndexesForString(text.toString());
        double width = 0;
        for (const QPointF &advance : raw.advancesForGlyphIndexes(glyphs))
            width += advance.x();
        return width;
    };
    tw::core::HandwritingLayout::Options options;
    options.width = 230;
    options.height = 330;
    options.pointSize = 17;
    options.lineHeight = 17 * 1.36;
    options.ascent = 14;
    options.descent = 5;
    options.seed = 20261125;
    options.signature = kSignature;
    const auto layout = tw::core::HandwritingLayout::layout(kText, options, measure);
    QVERIFY(layout.fits);
    QStringList lines;
    for (const auto &line : layout.lines)
        lines.append(line.text);
    QCOMPARE(lines,
             (QStringList{u"Dear Anna,"_s, u"Welcome back to the Palace! We have"_s,
                          u"put a few bath salts by the tub and the"_s, u"strawberries you liked last time in the"_s,
                          u"fridge."_s, u"Enjoy your stay,"_s, u"Maria, Concierge"_s}));
    struct Golden
    {
        int line;
        double x, baseline, slope;
        int glyph;
        double glyphX, offset, scale, angle;
    };
    const Golden golden[] = {
        {0, 3.671, 13.9163, 0.486087, 0, 0, 0.138898, 0.997029, -0.835639},
        {0, 3.671, 13.9163, 0.486087, 4, 32.6378, 0.736076, 0.983566, -0.678464},
        {1, 3.21386, 37.0274, 0.369125, 0, 0, 0.467201, 1.02228, 0.00207235},
        {1, 3.21386, 37.0274, 0.369125, 4, 28.6735, 0.769937, 1.02788, 0.228046},
        {3, 0.925622, 82.8893, 0.204669, 0, 0, -0.457245, 1.00701, 1.20677},
        {3, 0.925622, 82.8893, 0.204669, 4, 22.1681, -0.670525, 0.999178, 1.4113},
    };
    const auto near = [](double actual, double expected) { return std::abs(actual - expected) < 1e-3; };
    for (const Golden &g : golden) {
        const auto &line = layout.lines.at(g.line);
        const auto &glyph = line.glyphs.at(g.glyph);
        const QString where = u"line %1 glyph %2"_s.arg(g.line).arg(g.glyph);
        QVERIFY2(near(line.x, g.x) && near(line.baseline, g.baseline) && near(line.slope, g.slope), qPrintable(where));
        QVERIFY2(near(glyph.x, g.glyphX) && near(glyph.baselineOffset, g.offset) && near(glyph.scale, g.scale)
                     && near(glyph.angle, g.angle),
                 qPrintable(u"%1: %2 %3 %4 %5"_s.arg(where)
                                .arg(glyph.x)
                                .arg(glyph.baselineOffset)
                                .arg(glyph.scale)
                                .arg(glyph.angle)));
    }

    // The card itself: written at its format's size on seven lines.
    const CardRenderer renderer(CardFormat::A6);
    const CardFit fit = renderer.fit(face(1042));
    QCOMPARE(fit.pointSize, 17.0);
    QCOMPARE(fit.lines, 7);
}

void TestCardRenderer::cancelledPrintReachesNoPrinter()
{
    // A PDF printer, like the system's print queues, cannot take back a page
    // once painted: a cancel must come before anything is painted.
    const CardRenderer renderer(CardFormat::A6);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir + u"/printed-cancel.pdf"_s;
    printer.setOutputFileName(path);
    QList<int> reported;
    const auto status = renderer.print(printer, {face(1), face(2)}, [&reported](int done, int total) {
        reported.append(done);
        Q_ASSERT(total == 2);
        return done < 1;
    });
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(u"cancelled"_s), qPrintable(status.error()));
    QCOMPARE(reported, QList<int>{1});
    QVERIFY(!QFile::exists(path));

    // Without a cancel every card is printed.
    const auto printed = renderer.print(printer, {face(1), face(2)}, [](int, int) { return true; });
    QVERIFY2(printed.ok(), qPrintable(printed.error()));
    QCOMPARE(PdfTools::pageCount(path), 2);
    QCOMPARE(PdfTools::words(path, 1), wordsOf(kText + u' ' + kSignature));
}

void TestCardRenderer::printerRefusingThePaperFailsBeforePrinting()
{
    const CardRenderer renderer(CardFormat::A2);
    PaperRefusingPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir + u"/wrong-paper.pdf"_s;
    printer.setOutputFileName(path);
    const auto status = renderer.print(printer, {face(1)});
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(u"paper size in the print dialog"_s), qPrintable(status.error()));
    QVERIFY(!QFile::exists(path));
}

void TestCardRenderer::signatureAtTheEndOfTheLastLineIsNotWrittenAgain_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("signature");
    QTest::addColumn<QString>("words");
    QTest::newRow("on its own line") << u"Welcome back!\nWarm regards,\nMaria Lopes"_s << u"Maria Lopes"_s
                                     << u"Welcome back! Warm regards, Maria Lopes"_s;
    QTest::newRow("ending the last line") << u"Welcome back from all of us. Maria Lopes"_s << u"Maria Lopes"_s
                                          << u"Welcome back from all of us. Maria Lopes"_s;
    QTest::newRow("other case and spaces") << u"Welcome back from all of us.  maria   LOPES \n"_s << u" Maria Lopes"_s
                                           << u"Welcome back from all of us. maria LOPES"_s;
    QTest::newRow("one-word signature") << u"Welcome back from all of us at Lopes"_s << u"Lopes"_s
                                        << u"Welcome back from all of us at Lopes"_s;
    QTest::newRow("inside a word") << u"Greetings from the Alopes"_s << u"Lopes"_s
                                   << u"Greetings from the Alopes Lopes"_s;
    QTest::newRow("earlier in the text") << u"Maria Lopes says welcome back!"_s << u"Maria Lopes"_s
                                         << u"Maria Lopes says welcome back! Maria Lopes"_s;
}

void TestCardRenderer::signatureAtTheEndOfTheLastLineIsNotWrittenAgain()
{
    QFETCH(QString, text);
    QFETCH(QString, signature);
    QFETCH(QString, words);
    const CardRenderer renderer(CardFormat::A6);
    const QString path = m_dir + u"/signature.pdf"_s;
    QVERIFY(renderer.exportPdf(path, {CardFace{9, text, signature}}).ok());
    QCOMPARE(PdfTools::words(path), words);
}

QTEST_MAIN(TestCardRenderer)
#include "test_cardrenderer.moc"
