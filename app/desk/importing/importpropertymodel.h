#pragma once

#include <core/result.h>
#include <core/types.h>
#include <storage/databaseurl.h>

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QList>
#include <QString>

namespace tw::desk {

// The properties an import can file stays under, read off the UI thread on a
// connection of their own, for the import's choice of default property.
class ImportPropertyModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        CodeRole = Qt::UserRole + 1, // "PAL"
        NameRole,
        TimeZoneRole,
    };

    explicit ImportPropertyModel(QObject *parent = nullptr);
    // Waits for a load still running: it holds a database connection.
    ~ImportPropertyModel() override;

    // Reads the properties of the database at `url`; loaded() follows.
    void load(const storage::DatabaseUrl &url);
    bool isLoading() const { return m_watcher.isRunning(); }
    // Why the last load failed, for people; empty after a good one.
    QString loadError() const { return m_error; }

    // The row of the property with this code (case-insensitive), or -1.
    int rowOfCode(const QString &code) const;
    QString codeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The properties of the database at `url`, by name; runs on any thread.
    static core::Result<QList<core::Property>> read(const storage::DatabaseUrl &url);

Q_SIGNALS:
    // The properties (or the reason they could not be read) are in.
    void loaded();

private:
    void takeResult();

    QList<core::Property> m_properties;
    QString m_error;
    QFutureWatcher<core::Result<QList<core::Property>>> m_watcher;
};

} // namespace tw::desk
