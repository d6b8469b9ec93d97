#include "handwritingstyle.h"

#include "logging.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMutex>
#include <QMutexLocker>

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
        const int id = QFontDatabase::addApplicationFont(QString(font.resource));
        const QStringList families = id < 0 ? QStringList() : QFontDatabase::applicationFontFamilies(id);
        if (families.isEmpty()) {
            qCWarning(lcPrint) << "Could not load the bundled handwriting font" << font.resource;
            r.ok = false;
            continue;
        }
        r.families.append(families.constFirst());
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
