#pragma once

#include <QFont>
#include <QHash>
#include <QStyledItemDelegate>
#include <QTimeZone>

namespace tw::ui {

// Draws one post of the live feed: author, handle, network and time on top,
// the text (plain, wrapped) below, then badges for the guest in house with
// room and VIP code, the rule tag and the handling state with who handled it,
// and the link suggestion when there is one. Posts by in-house guests stand
// out with an accent in the palette's highlight colour; nothing is a fixed
// colour, so light, dark and high-contrast themes all work.
class FeedDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit FeedDelegate(QObject *parent = nullptr);
    ~FeedDelegate() override;

    // Times are shown in the property's zone.
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    // How a post's time reads: the time alone today, else date and time.
    QString timeText(const QDateTime &utc, const QLocale &locale) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The badges a post gets, in order (also for tests and accessibility).
    struct Badge
    {
        enum class Kind { InHouse, Vip, Guest, Tag, State };
        Kind kind;
        QString text;
    };
    static QList<Badge> badges(const QModelIndex &index);
    static QString suggestionText(const QModelIndex &index);

private:
    struct Layout;
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    // A row's height only changes with its post's version (text, suggestion),
    // the width and the font: the list lays out every row after each insert,
    // so heights are measured once.
    struct HeightKey
    {
        qint64 postId = 0;
        int version = 0;
        qint64 suggested = 0;
        qsizetype textLength = 0;
        int width = 0;
        friend bool operator==(const HeightKey &, const HeightKey &) = default;
        friend size_t qHash(const HeightKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.postId, key.version, key.suggested, key.textLength, key.width);
        }
    };

    QTimeZone m_zone = QTimeZone::utc();
    mutable QHash<HeightKey, int> m_heights;
    mutable QFont m_heightsFont;
};

} // namespace tw::ui
