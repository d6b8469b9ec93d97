#pragma once

#include "timelineentry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

namespace tw::desk {

// A guest's timeline: the entries of any number of sources merged into one
// chronological list (oldest first; at the same instant, sources in the order
// they were first given, and each source's own order). Replacing one source's
// entries updates only the rows that changed, so a view keeps its selection
// and scroll position across reloads. Times are shown in the property's time
// zone and the user's locale.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, TitleColumn, DetailColumn, ActorColumn, ColumnCount };
    enum Role {
        AtRole = Qt::UserRole + 1, // QDateTime, UTC
        KindRole,
        TitleRole,
        DetailRole,
        ActorRole,
        SourceRole,
        IdRole,
    };
    Q_ENUM(Role)

    explicit TimelineModel(QObject *parent = nullptr);
    ~TimelineModel() override;

    // Replaces what `source` contributes; entries without a valid time are left out.
    void setEntries(const QString &source, const QList<TimelineEntry> &entries);
    void removeSource(const QString &source);
    void clear();
    QStringList sources() const;

    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }

    const TimelineEntry &entry(int row) const { return m_rows.at(row).entry; }
    QString source(int row) const;
    // How a time reads in the view: short date and time in the model's zone and locale.
    QString displayTime(const QDateTime &utc) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        TimelineEntry entry;
        int source = 0;   // rank: index in m_sourceOrder
        int sequence = 0; // position in the source's list
    };

    QList<Row> merged() const;
    void apply(const QList<Row> &target);
    static bool before(const Row &a, const Row &b);

    QStringList m_sourceOrder;
    QHash<QString, QList<TimelineEntry>> m_entries;
    QList<Row> m_rows;
    QTimeZone m_zone;
    QLocale m_locale;
};

} // namespace tw::desk
