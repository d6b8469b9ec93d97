#pragma once

#include <core/types.h>

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>
#include <QTimeZone>

namespace tw::desk {

// A guest's linked social accounts for the profile: network, handle as people
// write it, whether staff confirmed the link or it is only a suggestion, who
// linked it and when. The state is spelled out in words (and exposed as
// StateRole for the view to style), never left to colour alone.
class SocialAccountListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NetworkColumn, HandleColumn, StateColumn, LinkedByColumn, LinkedAtColumn, ColumnCount };
    enum Role {
        AccountIdRole = Qt::UserRole + 1, // SocialAccount::id
        StateRole,                        // core::LinkState as int
        NetworkRole,                      // core::Network as int
        HandleRole,                       // the normalised handle
    };

    explicit SocialAccountListModel(QObject *parent = nullptr);
    ~SocialAccountListModel() override;

    // Leaves the model alone when nothing changed, so views keep their selection.
    void setAccounts(const QList<core::SocialAccount> &accounts);
    const core::SocialAccount &account(int row) const { return m_accounts.at(row); }
    // The row of the link with that id, or -1.
    int rowOf(core::Id accountId) const;

    void setTimeZone(const QTimeZone &zone);
    void setLocale(const QLocale &locale);

    static QString networkName(core::Network network);
    static QString stateName(core::LinkState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::SocialAccount> m_accounts;
    QTimeZone m_zone;
    QLocale m_locale;
};

} // namespace tw::desk
