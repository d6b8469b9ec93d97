#include "listeningrulelistmodel.h"

#include "feedmodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tw::desk {

namespace {

bool listedBefore(const core::ListeningRule &a, const core::ListeningRule &b)
{
    if (a.network != b.network)
        return int(a.network) < int(b.network);
    return a.id < b.id;
}

} // namespace

ListeningRuleListModel::ListeningRuleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ListeningRuleListModel::setRules(const QList<core::ListeningRule> &rules)
{
    beginResetModel();
    m_rules = rules;
    std::sort(m_rules.begin(), m_rules.end(), listedBefore);
    endResetModel();
}

void ListeningRuleListModel::addRule(const core::ListeningRule &rule)
{
    if (rowOf(rule.id) >= 0)
        return;
    const auto at = std::lower_bound(m_rules.cbegin(), m_rules.cend(), rule, listedBefore);
    const int row = int(at - m_rules.cbegin());
    beginInsertRows({}, row, row);
    m_rules.insert(row, rule);
    endInsertRows();
}

void ListeningRuleListModel::removeRule(core::Id ruleId)
{
    const int row = rowOf(ruleId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rules.removeAt(row);
    endRemoveRows();
}

int ListeningRuleListModel::rowOf(core::Id ruleId) const
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        if (m_rules.at(i).id == ruleId)
            return int(i);
    }
    return -1;
}

int ListeningRuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int ListeningRuleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ListeningRuleListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ListeningRuleListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ListeningRule &rule = m_rules.at(index.row());
    if (role == RuleIdRole)
        return qint64(rule.id);
    if (role == Qt::ToolTipRole && index.column() == ValueColumn) {
        // The whole rule (the column may cut it short) and, on X, the server's copy.
        if (rule.network != core::Network::X)
            return rule.value;
        return tr("%1\n%2").arg(rule.value,
                                rule.remoteId.isEmpty()
                                    ? tr("Not on X's server yet: it is added when the feed next connects.")
                                    : tr("On X's server as rule %1.").arg(rule.remoteId));
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case NetworkColumn:
        return FeedModel::networkName(rule.network);
    case ValueColumn:
        return rule.network == core::Network::Mastodon ? u"#"_s + rule.value : rule.value;
    case TagColumn:
        return rule.tag;
    case InstanceColumn:
        return rule.instance;
    case AddedByColumn:
        return rule.createdBy;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ListeningRuleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NetworkColumn:
        return tr("Network");
    case ValueColumn:
        return tr("Rule");
    case TagColumn:
        return tr("Tag");
    case InstanceColumn:
        return tr("Instance");
    case AddedByColumn:
        return tr("Added by");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tw::desk
