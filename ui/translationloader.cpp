#include "translationloader.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace tw::ui {

TranslationLoader::TranslationLoader(QObject *parent)
    : QObject(parent)
{
}

TranslationLoader::~TranslationLoader()
{
    unload();
}

bool TranslationLoader::load(const QLocale &locale)
{
    unload();

    auto application = std::make_unique<QTranslator>();
    const bool found = application->load(locale, u"tweetworthy"_s, u"_"_s, u":/i18n"_s);
    if (found) {
        QCoreApplication::installTranslator(application.get());
        m_application = std::move(application);
    } else {
        qCDebug(lcUi) << "no translation for" << locale.name();
    }

    // Qt's own strings (standard buttons, shortcuts, the --help text) come from
    // the qt6-translations package when it is installed.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    return found;
}

void TranslationLoader::unload()
{
    if (m_application)
        QCoreApplication::removeTranslator(m_application.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_application.reset();
    m_qt.reset();
}

} // namespace tw::ui
