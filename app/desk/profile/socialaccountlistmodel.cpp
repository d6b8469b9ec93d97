#include "socialaccountlistmodel.h"

#include <core/handlenormalizer.h>

#include <QCoreApplication>

#include <algorithm>

namespace tw::desk {

namespace {

bool sameAccount(const core::SocialAccount &a, const core::SocialAccount &b)
{
    return a.id == b.id && a.guestId == b.guestId && a.network == b.network && a.handle == b.handle
        && a.accountId == b.accountId && a.state == b.state && a.linkedBy == b.linkedBy && a.linkedAt == b.linkedAt;
}

} // namespace

SocialAccountListModel::SocialAccountListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_zone(QTimeZone::utc())
{
}

SocialAccountListModel::~SocialAccountListModel() = default;

void SocialAccountListModel::setAccounts(const QList<core::SocialAccount> &accounts)
{
    if (accounts.size() == m_accounts.size()
        && std::equal(accounts.cbegin(), accounts.cend(), m_accounts.cbegin(), &sameAccount))
        return;
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

int SocialAccountListModel::rowOf(core::Id accountId) const
{
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).id == accountId)
            return int(i);
    }
    return -1;
}

void SocialAccountListModel::setTimeZone(const QTimeZone &zone)
{
    const QTimeZone wanted = zone.isValid() ? zone : QTimeZone::utc();
    if (wanted == m_zone)
        return;
    m_zone = wanted;
    if (!m_accounts.isEmpty())
        Q_EMIT dataChanged(index(0, LinkedAtColumn), index(rowCount() - 1, LinkedAtColumn));
}

void SocialAccountListModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    if (!m_accounts.isEmpty())
        Q_EMIT dataChanged(index(0, LinkedAtColumn), index(rowCount() - 1, LinkedAtColumn));
}

QString SocialAccountListModel::networkName(core::Network network)
{
    switch (network) {
    case core::Network::X:
        return QCoreApplication::translate("tw::desk::SocialAccountListModel", "X");
    case core::Network::Mastodon:
        return QCoreApplication::translate("tw::desk::SocialAccountListModel", "Mastodon");
    case core::Network::Bluesky:
        return QCoreApplication::translate("tw::desk::SocialAccountListModel", "Bluesky");
    }
    return core::networkKey(network);
}

QString SocialAccountListModel::stateName(core::LinkState state)
{
    switch (state) {
    case core::LinkState::Confirmed:
        return QCoreApplication::translate("tw::desk::SocialAccountListModel", "Confirmed");
    case core::LinkState::Suggested:
        return QCoreApplication::translate("tw::desk::SocialAccountListModel", "Suggested, not confirmed");
    }
    return {};
}

int SocialAccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int SocialAccountListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SocialAccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::SocialAccount &a = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NetworkColumn:
            return networkName(a.network);
        case HandleColumn:
            return core::HandleNormalizer::display(a.network, a.handle);
        case StateColumn:
            return stateName(a.state);
        case LinkedByColumn:
            return a.linkedBy;
        case LinkedAtColumn:
            return a.linkedAt.isValid() ? m_locale.toString(a.linkedAt.toTimeZone(m_zone), QLocale::ShortFormat)
                                        : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (a.state == core::LinkState::Suggested)
            return QCoreApplication::translate("tw::desk::SocialAccountListModel",
                                               "Matched automatically; nobody has confirmed that this account "
                                               "belongs to the guest yet.");
        return {};
    case AccountIdRole:
        return qint64(a.id);
    case StateRole:
        return int(a.state);
    case NetworkRole:
        return int(a.network);
    case HandleRole:
        return a.handle;
    default:
        return {};
    }
}

QVariant SocialAccountListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NetworkColumn:
        return QCoreApplication::translate("tw::desk::SocialAccountListModel", "Network");
    case HandleColumn:
        return QCoreApplication::translate("tw::desk::SocialAccountListModel", "Handle");
    case StateColumn:
        return QCoreApplication::translate("tw::desk::SocialAccountListModel", "Link");
    case LinkedByColumn:
        return QCoreApplication::translate("tw::desk::SocialAccountListModel", "Linked by");
    case LinkedAtColumn:
        return QCoreApplication::translate("tw::desk::SocialAccountListModel", "Linked on");
    default:
        return {};
    }
}

} // namespace tw::desk
