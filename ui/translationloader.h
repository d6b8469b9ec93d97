#pragma once

#include <QLocale>
#include <QObject>

#include <memory>

class QTranslator;

namespace tw::ui {

// Installs Tweetworthy's translation (embedded under :/i18n) and Qt's own for
// one locale, and removes them again when it goes away or loads another.
class TranslationLoader : public QObject
{
    Q_OBJECT

public:
    explicit TranslationLoader(QObject *parent = nullptr);
    ~TranslationLoader() override;

    // True when Tweetworthy has a translation for the locale; the source
    // language (English) is used for what is missing.
    bool load(const QLocale &locale);

private:
    void unload();

    std::unique_ptr<QTranslator> m_application;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace tw::ui
