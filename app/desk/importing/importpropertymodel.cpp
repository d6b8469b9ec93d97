#include "importpropertymodel.h"

#include <desk/logging.h>
#include <storage/database.h>
#include <storage/propertyrepository.h>

#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tw::desk {

ImportPropertyModel::ImportPropertyModel(QObject *parent)
    : QAbstractListModel(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportPropertyModel::takeResult);
}

ImportPropertyModel::~ImportPropertyModel()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

core::Result<QList<core::Property>> ImportPropertyModel::read(const storage::DatabaseUrl &url)
{
    auto db = storage::Database::open(url);
    if (!db)
        return core::Result<QList<core::Property>>::failure(db.error());
    QList<core::Property> properties = storage::PropertyRepository(*db.value()).list();
    std::sort(properties.begin(), properties.end(), [](const core::Property &a, const core::Property &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return properties;
}

void ImportPropertyModel::load(const storage::DatabaseUrl &url)
{
    // Replacing the future drops a result still on its way from an earlier load.
    m_watcher.setFuture(QtConcurrent::run(&ImportPropertyModel::read, url));
}

void ImportPropertyModel::takeResult()
{
    const core::Result<QList<core::Property>> result = m_watcher.result();
    beginResetModel();
    if (result) {
        m_properties = result.value();
        m_error.clear();
    } else {
        qCWarning(lcDesk) << "cannot read the properties for the import:" << result.error();
        m_properties.clear();
        m_error = result.error();
    }
    endResetModel();
    Q_EMIT loaded();
}

int ImportPropertyModel::rowOfCode(const QString &code) const
{
    for (int row = 0; row < m_properties.size(); ++row) {
        if (m_properties.at(row).code.compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

QString ImportPropertyModel::codeAt(int row) const
{
    return row >= 0 && row < m_properties.size() ? m_properties.at(row).code : QString();
}

int ImportPropertyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_properties.size());
}

QVariant ImportPropertyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Property &property = m_properties.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(property.name, property.code);
    case Qt::ToolTipRole:
        return tr("%1, code %2, time zone %3").arg(property.name, property.code, property.timeZone);
    case CodeRole:
        return property.code;
    case NameRole:
        return property.name;
    case TimeZoneRole:
        return property.timeZone;
    default:
        return {};
    }
}

QHash<int, QByteArray> ImportPropertyModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(NameRole, "name");
    names.insert(TimeZoneRole, "timeZone");
    return names;
}

} // namespace tw::desk
