#include "settings.h"

#include <QCoreApplication>
#include <QSettings>

#include <array>

using namespace Qt::StringLiterals;

namespace tw::ui {

namespace {

struct Definition
{
    Settings::Key key;
    QLatin1StringView name;
    QVariant defaultValue;
};

// The one table of stored names and defaults, in the order of Settings::Key.
const std::array<Definition, 6> &definitions()
{
    using Key = Settings::Key;
    static const std::array<Definition, 6> table{{
        {Key::DatabaseUrl, "Database/Url"_L1, QString()},
        {Key::StaffName, "Desk/StaffName"_L1, QString()},
        {Key::PropertyCode, "Desk/PropertyCode"_L1, QString()},
        {Key::MainWindowGeometry, "MainWindow/Geometry"_L1, QByteArray()},
        {Key::MainWindowState, "MainWindow/State"_L1, QByteArray()},
        {Key::MainWindowPage, "MainWindow/Page"_L1, 0},
    }};
    return table;
}

const Definition &definition(Settings::Key key)
{
    const auto &entry = definitions().at(static_cast<std::size_t>(key));
    Q_ASSERT(entry.key == key);
    return entry;
}

// QSettings hands values back as strings from its text file; compare in the
// default's type so "0" equals 0 and an unchanged value is not a change.
QVariant normalised(Settings::Key key, const QVariant &value)
{
    const QVariant &fallback = definition(key).defaultValue;
    QVariant converted = value;
    if (value.isValid() && converted.convert(fallback.metaType()))
        return converted;
    return value;
}

} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    // The application leaves the organisation empty (the default database's
    // folder depends on it), so name the settings folder explicitly.
    , m_store(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, u"tweetworthy"_s,
                                          QCoreApplication::applicationName()))
{
}

Settings::~Settings() = default;

QVariant Settings::value(Key key) const
{
    const Definition &entry = definition(key);
    return normalised(key, m_store->value(entry.name, entry.defaultValue));
}

void Settings::setValue(Key key, const QVariant &value)
{
    const QVariant before = this->value(key);
    const QVariant after = normalised(key, value);
    if (after == definition(key).defaultValue)
        m_store->remove(definition(key).name);
    else
        m_store->setValue(definition(key).name, after);
    if (before != after)
        Q_EMIT changed(key);
}

void Settings::reset(Key key)
{
    setValue(key, definition(key).defaultValue);
}

bool Settings::isSet(Key key) const
{
    return m_store->contains(definition(key).name);
}

void Settings::sync()
{
    m_store->sync();
}

QString Settings::fileName() const
{
    return m_store->fileName();
}

QString Settings::name(Key key)
{
    return definition(key).name;
}

QVariant Settings::defaultValue(Key key)
{
    return definition(key).defaultValue;
}

QList<Settings::Key> Settings::keys()
{
    QList<Key> result;
    result.reserve(qsizetype(definitions().size()));
    for (const Definition &entry : definitions())
        result.append(entry.key);
    return result;
}

} // namespace tw::ui
