#include "handwritingstyle.h"

#include "logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <optional>

using namespace Qt::StringLiterals;

namespace tw::print {

namespace {

struct BundledFont
{
    QLatin1StringView resource;
    QLatin1StringView family;
};

// Built into the application from Debian's font packages (see
// resources/fonts/README.md); the first is the default.
constexpr BundledFont kBundled[] = {
    {":/tw/fonts/DancingScript-Regular.otf"_L1, "Dancing Script"_L1},
    {":/tw/fonts/KaushanScript-Regular.otf"_L1, "Kaushan Script"_L1},
    {":/tw/fonts/dkg-handwriting.ttf"_L1, "DkgHandwriting"_L1},
};

struct Registry
{
    QMutex mutex;
    bool attempted = false;
    bool ok = false;
    QStringList families;
    // Lower-case family name (as built in and as registered) to the font file.
    QHash<QString, QByteArray> data;
    // Whether QFontDatabase finds exactly the built-in font for a family.
    QHash<QString, bool> databaseCopyIsBundled;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

} // namespace

bool HandwritingFonts::ensureRegistered()
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    if (r.attempted)
        return r.ok;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        qCWarning(lcPrint) << "Handwriting fonts need a QGuiApplication; none is running yet";
        return false;
    }
    r.attempted = true;
    r.ok = true;
    for (const auto &font : kBundled) {
        QFile file(QString(font.resource));
        const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        const int id = bytes.isEmpty() ? -1 : QFontDatabase::addApplicationFontFromData(bytes);
        const QStringList families = id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
        if (families.isEmpty()) {
            qCWarning(lcPrint) << "Could not load the bundled handwriting font" << font.resource;
            r.ok = false;
            continue;
        }
        r.families.append(families.constFirst());
        r.data.insert(QString(font.family).toLower(), bytes);
        r.data.insert(families.constFirst().toLower(), bytes);
    }
    return r.ok;
}

QStringList HandwritingFonts::bundledFamilies()
{
    ensureRegistered();
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    return r.families;
}

QString HandwritingFonts::defaultFamily()
{
    return QString(kBundled[0].family);
}

QColor HandwritingFonts::penBlue()
{
    // The blue of an ordinary ballpoint pen: dark, slightly violet, never the
    // pure blue of a screen.
    return QColor(0x1c, 0x33, 0x8a);
}

bool HandwritingFonts::isAvailable(const QString &family)
{
    if (family.trimmed().isEmpty())
        return false;
    if (bundledFamilies().contains(family, Qt::CaseInsensitive))
        return true;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return false;
    if (!QFontDatabase::families().contains(family, Qt::CaseInsensitive))
        return false;
    return QFontDatabase::writingSystems(family).contains(QFontDatabase::Latin);
}

QByteArray HandwritingFonts::bundledFontData(const QString &family)
{
    ensureRegistered();
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    return r.data.value(family.trimmed().toLower());
}

namespace {

QRawFont rawFontByFamily(const QString &family, double pixelSize)
{
    QFont font(family);
    font.setPixelSize(100);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(false);
    QRawFont raw = QRawFont::fromFont(font);
    raw.setPixelSize(pixelSize);
    return raw;
}

// Whether two fonts are the same file: same header (version, revision,
// checksum), metrics, character map and outlines.
bool sameFont(const QRawFont &a, const QRawFont &b)
{
    if (!a.isValid() || !b.isValid())
        return false;
    for (const char *table : {"head", "hhea", "hmtx", "cmap", "glyf", "CFF "}) {
        if (a.fontTable(table) != b.fontTable(table))
            return false;
    }
    return true;
}

} // namespace

QRawFont HandwritingFonts::rawFont(const QString &family, double pixelSize)
{
    const QByteArray bytes = bundledFontData(family);
    if (bytes.isEmpty())
        return rawFontByFamily(family, pixelSize);
    // The font made from the built-in bytes decides every shape and advance.
    // The font database's copy of the family is used instead only when it is
    // byte for byte the same font, because only a font the database knows is
    // embedded in a PDF as text (selectable, searchable); the bytes alone are
    // written as outlines, which look the same.
    const QRawFont bundled(bytes, pixelSize, QFont::PreferNoHinting);
    Registry &r = registry();
    const QString key = family.trimmed().toLower();
    std::optional<bool> same;
    {
        const QMutexLocker lock(&r.mutex);
        if (r.databaseCopyIsBundled.contains(key))
            same = r.databaseCopyIsBundled.value(key);
    }
    const QRawFont database = rawFontByFamily(family, pixelSize);
    if (!same) {
        same = sameFont(bundled, database);
        if (!*same) {
            qCWarning(lcPrint) << "The installed font" << family
                               << "differs from the one built in; writing with the built-in one, as outlines";
        }
        const QMutexLocker lock(&r.mutex);
        r.databaseCopyIsBundled.insert(key, *same);
    }
    return *same ? database : bundled;
}

HandwritingStyle HandwritingFonts::resolved(HandwritingStyle style, double defaultPointSize)
{
    if (style.fontFamily.trimmed().isEmpty()) {
        style.fontFamily = defaultFamily();
    } else if (!isAvailable(style.fontFamily)) {
        qCWarning(lcPrint) << "Handwriting font" << style.fontFamily << "is not available; writing in"
                           << defaultFamily() << "instead";
        style.fontFamily = defaultFamily();
    } else {
        // The database's spelling, so that QFont finds it exactly.
        const QStringList bundled = bundledFamilies();
        for (const QString &family : bundled) {
            if (family.compare(style.fontFamily, Qt::CaseInsensitive) == 0)
                style.fontFamily = family;
        }
    }
    if (!(style.pointSize > 0))
        style.pointSize = defaultPointSize > 0 ? defaultPointSize : 17.0;
    style.pointSize = std::max(style.pointSize, MinimumHandwritingPointSize);
    if (!style.ink.isValid())
        style.ink = penBlue();
    return style;
}

} // namespace tw::print
