#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace tw::ui {

// The desktop app's per-user settings: every key is named here once, with its
// stored name and default, so a typo cannot create a second, silent setting.
class Settings : public QObject
{
    Q_OBJECT

public:
    enum class Key {
        DatabaseUrl,  // the database opened when no --db is given; empty means the default file
        StaffName,    // who is at the desk on this workstation, recorded as the actor of changes
        PropertyCode, // the hotel this workstation works for
        MainWindowGeometry,
        MainWindowState,
        MainWindowPage, // index of the page shown last
    };
    Q_ENUM(Key)

    // Stores in the platform's per-user configuration folder, e.g.
    // ~/.config/tweetworthy/<application name>.conf.
    explicit Settings(QObject *parent = nullptr);
    ~Settings() override;

    QVariant value(Key key) const;
    // Storing a key's default removes it, so a later change of the default
    // reaches users who never chose otherwise.
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    // True when the user chose a value (it differs from the default).
    bool isSet(Key key) const;
    // Writes pending changes now (they are also written on destruction).
    void sync();
    QString fileName() const;

    static QString name(Key key);
    static QVariant defaultValue(Key key);
    static QList<Key> keys();

    QString databaseUrl() const { return value(Key::DatabaseUrl).toString(); }
    QString staffName() const { return value(Key::StaffName).toString(); }
    QString propertyCode() const { return value(Key::PropertyCode).toString(); }
    QByteArray mainWindowGeometry() const { return value(Key::MainWindowGeometry).toByteArray(); }
    QByteArray mainWindowState() const { return value(Key::MainWindowState).toByteArray(); }
    int mainWindowPage() const { return value(Key::MainWindowPage).toInt(); }

Q_SIGNALS:
    void changed(tw::ui::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_store;
};

} // namespace tw::ui
