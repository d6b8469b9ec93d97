#include "feeddelegate.h"

#include <desk/feed/feedmodel.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace tw::ui {

namespace {

using Model = desk::FeedModel;

// Spacing in terms of the font, so the row scales with it and with the screen.
int padding(const QFontMetrics &metrics)
{
    return qMax(3, metrics.height() / 3);
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QPalette::ColorGroup groupOf(const QStyleOptionViewItem &option)
{
    if (!option.state.testFlag(QStyle::State_Enabled))
        return QPalette::Disabled;
    return option.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
}

// The width the rows have: the view's, which QListView does not pass to sizeHint().
int rowWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width() > 0 ? option.rect.width() : 480;
}

} // namespace

struct FeedDelegate::Layout
{
    QFont nameFont;
    QFont font;
    QFont smallFont;
    int pad = 0;
    int accent = 0;
    int width = 0;
    QString name;
    QString meta; // handle · network
    QString time;
    QString text;
    QList<Badge> badges;
    QString suggestion;
    int headerHeight = 0;
    int textHeight = 0;
    int badgeHeight = 0;
    int suggestionHeight = 0;

    int height() const
    {
        int h = pad + headerHeight + pad / 2 + textHeight;
        if (!badges.isEmpty())
            h += pad / 2 + badgeHeight;
        if (suggestionHeight > 0)
            h += pad / 2 + suggestionHeight;
        return h + pad;
    }
};

FeedDelegate::FeedDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

FeedDelegate::~FeedDelegate() = default;

void FeedDelegate::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
}

QString FeedDelegate::timeText(const QDateTime &utc, const QLocale &locale) const
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(m_zone);
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
    // To the minute: some locales' short format still shows seconds.
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(":ss"_L1);
    if (local.date() == today)
        return locale.toString(local.time(), time);
    return locale.toString(local, locale.dateFormat(QLocale::ShortFormat) + u' ' + time);
}

QList<FeedDelegate::Badge> FeedDelegate::badges(const QModelIndex &index)
{
    QList<Badge> result;
    const bool inHouse = index.data(Model::InHouseRole).toBool();
    const QString room = index.data(Model::RoomRole).toString();
    const QString vip = index.data(Model::VipCodeRole).toString();
    if (inHouse)
        result.append({Badge::Kind::InHouse, room.isEmpty() ? tr("In house") : tr("In house · room %1").arg(room)});
    if (!vip.isEmpty())
        result.append({Badge::Kind::Vip, vip});
    // The guest's name when the author goes by another one on the network.
    const QString guest = index.data(Model::GuestNameRole).toString();
    if (!guest.isEmpty()
        && guest.compare(index.data(Model::AuthorNameRole).toString().simplified(), Qt::CaseInsensitive) != 0)
        result.append({Badge::Kind::Guest, tr("Guest: %1").arg(guest)});
    const QString tag = index.data(Model::RuleTagRole).toString();
    if (!tag.isEmpty())
        result.append({Badge::Kind::Tag, tag});
    const auto state = core::PostState(index.data(Model::StateRole).toInt());
    const QString by = index.data(Model::HandledByRole).toString();
    const QString stateName = index.data(Model::StateNameRole).toString();
    result.append({Badge::Kind::State,
                   state == core::PostState::New || by.isEmpty() ? stateName : tr("%1 by %2").arg(stateName, by)});
    return result;
}

QString FeedDelegate::suggestionText(const QModelIndex &index)
{
    const QString name = index.data(Model::SuggestedGuestNameRole).toString();
    if (index.data(Model::SuggestedGuestIdRole).toLongLong() == 0 || name.isEmpty())
        return {};
    QStringList about;
    if (const QString room = index.data(Model::SuggestedRoomRole).toString(); !room.isEmpty())
        about.append(tr("room %1").arg(room));
    if (const QString vip = index.data(Model::SuggestedVipCodeRole).toString(); !vip.isEmpty())
        about.append(vip);
    const QString who = about.isEmpty() ? name : tr("%1 (%2)").arg(name, about.join(u", "_s));
    return tr("Might be %1, in house. C links the author to this guest, Shift+C dismisses.").arg(who);
}

FeedDelegate::Layout FeedDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Layout l;
    l.font = option.font;
    l.nameFont = option.font;
    l.nameFont.setBold(true);
    l.smallFont = option.font;
    l.smallFont.setPointSizeF(option.font.pointSizeF() > 0 ? option.font.pointSizeF() * 0.9 : 9);
    const QFontMetrics metrics(l.font);
    const QFontMetrics small(l.smallFont);
    l.pad = padding(metrics);
    l.accent = qMax(3, l.pad / 2);
    l.width = rowWidth(option);

    l.name = index.data(Model::AuthorNameRole).toString();
    const QString handle = index.data(Model::HandleRole).toString();
    if (l.name.isEmpty())
        l.name = handle;
    l.meta = tr("%1 · %2").arg(handle, index.data(Model::NetworkNameRole).toString());
    l.time = timeText(index.data(Model::CreatedAtRole).toDateTime(), option.locale);
    if (index.data(Model::EditedRole).toBool())
        l.time = tr("%1 (edited)").arg(l.time);
    l.text = index.data(Model::TextRole).toString();
    l.badges = badges(index);
    l.suggestion = suggestionText(index);

    const int textWidth = qMax(40, l.width - 2 * l.pad - l.accent - l.pad);
    l.headerHeight = qMax(QFontMetrics(l.nameFont).height(), metrics.height());
    l.textHeight
        = metrics.boundingRect(QRect(0, 0, textWidth, INT_MAX), Qt::TextWordWrap | Qt::AlignLeft, l.text).height();
    l.badgeHeight = small.height() + l.pad / 2 + 2;
    if (!l.suggestion.isEmpty()) {
        l.suggestionHeight
            = small.boundingRect(QRect(0, 0, textWidth, INT_MAX), Qt::TextWordWrap | Qt::AlignLeft, l.suggestion)
                  .height();
    }
    return l;
}

QSize FeedDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    constexpr qsizetype MaxRemembered = 20'000;
    const int width = rowWidth(option);
    if (option.font != m_heightsFont || m_heights.size() > MaxRemembered) {
        m_heights.clear();
        m_heightsFont = option.font;
    }
    // The list asks for every row's size at each layout: read the feed's rows
    // directly rather than through four variants a row.
    HeightKey key;
    key.width = width;
    if (const auto *feed = qobject_cast<const Model *>(index.model()); feed && index.row() < feed->rowCount()) {
        const core::Post &post = feed->feedRow(index.row()).post;
        key.postId = post.id;
        key.version = post.version;
        key.suggested = post.suggestedGuestId;
        key.textLength = post.text.size();
    } else {
        key.postId = index.data(Model::PostIdRole).toLongLong();
        key.version = index.data(Model::VersionRole).toInt();
        key.suggested = index.data(Model::SuggestedGuestIdRole).toLongLong();
        key.textLength = index.data(Model::TextRole).toString().size();
    }
    if (const auto known = m_heights.constFind(key); known != m_heights.cend())
        return {qMin(width, 400), *known};
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Layout l = layout(opt, index);
    m_heights.insert(key, l.height());
    return {qMin(l.width, 400), l.height()};
}

void FeedDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Layout l = layout(opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QPalette::ColorGroup group = groupOf(opt);
    const QPalette &palette = opt.palette;
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const bool inHouse = index.data(Model::InHouseRole).toBool();
    const bool isNew = core::PostState(index.data(Model::StateRole).toInt()) == core::PostState::New;

    painter->save();
    // Background: a tint of the highlight for in-house guests, under the
    // style's own selection and focus drawing.
    if (inHouse && !selected)
        painter->fillRect(opt.rect,
                          mix(palette.color(group, QPalette::Base), palette.color(group, QPalette::Highlight), 0.14));
    QStyleOptionViewItem panel = opt;
    panel.text.clear();
    panel.icon = {};
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &panel, painter, widget);
    if (inHouse)
        painter->fillRect(QRect(opt.rect.left(), opt.rect.top(), l.accent, opt.rect.height()),
                          palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight));

    const QColor text = palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor secondary
        = selected ? palette.color(group, QPalette::HighlightedText) : palette.color(group, QPalette::PlaceholderText);
    const int left = opt.rect.left() + l.accent + l.pad;
    const int right = opt.rect.right() - l.pad;
    int y = opt.rect.top() + l.pad;

    // Header: name, handle and network on the left, the time on the right.
    const QFontMetrics nameMetrics(l.nameFont);
    const QFontMetrics metrics(l.font);
    const int timeWidth = metrics.horizontalAdvance(l.time);
    const QRect header(left, y, right - left, l.headerHeight);
    painter->setPen(secondary);
    painter->setFont(l.font);
    painter->drawText(header, Qt::AlignRight | Qt::AlignVCenter, l.time);
    const int nameRoom = qMax(0, header.width() - timeWidth - l.pad);
    const QString name = nameMetrics.elidedText(l.name, Qt::ElideRight, nameRoom * 2 / 3);
    painter->setPen(text);
    QFont nameFont = l.nameFont;
    painter->setFont(nameFont);
    painter->drawText(QRect(left, y, nameRoom, l.headerHeight), Qt::AlignLeft | Qt::AlignVCenter, name);
    const int metaLeft = left + nameMetrics.horizontalAdvance(name) + l.pad;
    painter->setFont(l.font);
    painter->setPen(secondary);
    painter->drawText(QRect(metaLeft, y, qMax(0, left + nameRoom - metaLeft), l.headerHeight),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(l.meta, Qt::ElideRight, qMax(0, left + nameRoom - metaLeft)));
    y += l.headerHeight + l.pad / 2;

    // The text, plain and wrapped; new posts read a little heavier.
    painter->setPen(text);
    QFont bodyFont = l.font;
    if (isNew)
        bodyFont.setWeight(QFont::Medium);
    painter->setFont(bodyFont);
    painter->drawText(QRect(left, y, right - left, l.textHeight), Qt::TextWordWrap | Qt::AlignLeft, l.text);
    y += l.textHeight;

    // Badges.
    if (!l.badges.isEmpty()) {
        y += l.pad / 2;
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setFont(l.smallFont);
        const QFontMetrics small(l.smallFont);
        int x = left;
        for (const Badge &badge : l.badges) {
            const int width = small.horizontalAdvance(badge.text) + l.pad;
            if (x + width > right)
                break;
            const QRectF box(x + 0.5, y + 0.5, width - 1, l.badgeHeight - 1);
            QPainterPath path;
            path.addRoundedRect(box, l.badgeHeight / 2.0, l.badgeHeight / 2.0);
            const bool strong = badge.kind == Badge::Kind::InHouse || badge.kind == Badge::Kind::Vip;
            QColor fill = palette.color(group, strong ? QPalette::Highlight : QPalette::Button);
            QColor ink = palette.color(group, strong ? QPalette::HighlightedText : QPalette::ButtonText);
            painter->fillPath(path, fill);
            painter->setPen(palette.color(group, selected ? QPalette::HighlightedText : QPalette::Mid));
            painter->drawPath(path);
            QFont badgeFont = l.smallFont;
            badgeFont.setBold(badge.kind == Badge::Kind::State && isNew);
            painter->setFont(badgeFont);
            painter->setPen(ink);
            painter->drawText(box, Qt::AlignCenter, badge.text);
            x += width + l.pad / 2;
        }
        y += l.badgeHeight;
    }

    // The link suggestion and how to act on it.
    if (l.suggestionHeight > 0) {
        y += l.pad / 2;
        QFont hint = l.smallFont;
        hint.setItalic(true);
        painter->setFont(hint);
        painter->setPen(text);
        painter->drawText(QRect(left, y, right - left, l.suggestionHeight), Qt::TextWordWrap | Qt::AlignLeft,
                          l.suggestion);
    }
    painter->restore();
}

} // namespace tw::ui
