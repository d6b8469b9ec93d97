#pragma once

#include <core/result.h>
#include <core/types.h>

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

class QPainter;
class QPrinter;

namespace tw::print {

// The paper an amenity order slip goes out on.
enum class SlipFormat {
    A6,         // ISO 105 x 148 mm, for the office printer
    Receipt80mm // 80 mm wide roll, as long as the slip needs, for the kitchen's receipt printer
};

// "a6", "receipt-80mm"
QString slipFormatKey(SlipFormat format);
std::optional<SlipFormat> slipFormatFromKey(QStringView key);

// Everything a slip shows, already in words: built from the order with
// fromOrder(), which formats the due time in the property's time zone and the
// given locale.
struct SlipContent
{
    core::Id orderId = core::InvalidId; // the order number
    QString propertyName;
    QString room;
    QString guestName;
    QString department; // translated department name
    struct Item
    {
        QString name;
        int quantity = 1;
    };
    QList<Item> items;
    QString due;   // "Wed 25 Nov, 18:30"
    QString note;  // the note to include
    QString state; // translated order state

    static SlipContent fromOrder(const core::AmenityOrder &order, const core::Guest &guest,
                                 const core::Property &property, const QLocale &locale = QLocale());
};

// Lays out and prints order slips. Needs a QGuiApplication.
class SlipRenderer
{
public:
    explicit SlipRenderer(SlipFormat format);

    SlipFormat format() const { return m_format; }
    // Paints the first sheet of a slip at the painter's origin, in points, for the preview.
    void paintSlip(QPainter &painter, const SlipContent &slip) const;
    // Size of one slip in points (receipt height depends on the content).
    QSizeF slipSize(const SlipContent &slip) const;
    // Sheets one slip takes: an A6 slip too long for one sheet continues on
    // further sheets (order number, room and guest on each, "Page 2 of 3"),
    // never cut; a receipt is always one.
    int pageCount(const SlipContent &slip) const;
    // Paints one sheet (0-based, of pageCount()) of a slip at the painter's
    // origin, in points; paintSlip() paints the first.
    void paintSlipPage(QPainter &painter, const SlipContent &slip, int page) const;

    core::Status print(QPrinter &printer, const QList<SlipContent> &slips) const;
    // Written under a temporary name and renamed at the end.
    core::Status exportPdf(const QString &path, const QList<SlipContent> &slips) const;

private:
    SlipFormat m_format;
};

} // namespace tw::print
