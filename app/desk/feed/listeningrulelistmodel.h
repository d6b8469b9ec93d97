#pragma once

#include <core/types.h>

#include <QAbstractTableModel>
#include <QList>

namespace tw::desk {

// A property's listening rules as the rules dialog lists them: network, the
// rule (X's filtered-stream syntax, or a Mastodon hashtag), tag, instance,
// whether X's server has it, and who added it. A handful of rows, so it holds
// them all.
class ListeningRuleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NetworkColumn, ValueColumn, TagColumn, InstanceColumn, AddedByColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { RuleIdRole = Qt::UserRole + 1 };

    explicit ListeningRuleListModel(QObject *parent = nullptr);

    void setRules(const QList<core::ListeningRule> &rules);
    void addRule(const core::ListeningRule &rule);
    void removeRule(core::Id ruleId);
    const QList<core::ListeningRule> &rules() const { return m_rules; }
    const core::ListeningRule &rule(int row) const { return m_rules.at(row); }
    int rowOf(core::Id ruleId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<core::ListeningRule> m_rules;
};

} // namespace tw::desk
