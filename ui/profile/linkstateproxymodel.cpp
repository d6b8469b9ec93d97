#include "linkstateproxymodel.h"

#include <desk/profile/socialaccountlistmodel.h>

#include <QApplication>
#include <QFont>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace tw::ui {

namespace {

QIcon themed(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

} // namespace

LinkStateProxyModel::LinkStateProxyModel(QObject *parent)
    : QIdentityProxyModel(parent)
    , m_suggestedIcon(themed(u"dialog-question"_s, QStyle::SP_MessageBoxQuestion))
    , m_confirmedIcon(themed(u"emblem-default"_s, QStyle::SP_DialogApplyButton))
{
}

LinkStateProxyModel::~LinkStateProxyModel() = default;

bool LinkStateProxyModel::isSuggested(const QModelIndex &index) const
{
    return index.siblingAtColumn(0).data(desk::SocialAccountListModel::StateRole).toInt()
        == int(core::LinkState::Suggested);
}

QVariant LinkStateProxyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    switch (role) {
    case Qt::FontRole:
        if (isSuggested(index)) {
            QFont font = QIdentityProxyModel::data(index, role).value<QFont>();
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == desk::SocialAccountListModel::StateColumn)
            return isSuggested(index) ? m_suggestedIcon : m_confirmedIcon;
        break;
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace tw::ui
