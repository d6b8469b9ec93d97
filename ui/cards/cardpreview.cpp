#include "cardpreview.h"

#include <QPainter>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace tw::ui {

namespace {

constexpr int kMargin = 12; // around the card, for its shadow
constexpr double kPointsPerInch = 72.0;

} // namespace

CardPreview::CardPreview(QWidget *parent)
    : QWidget(parent)
    , m_renderer(std::make_unique<print::CardRenderer>(m_format))
{
    setObjectName(u"cardPreview"_s);
    setAccessibleName(tr("Card preview"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setBackgroundRole(QPalette::Dark);
    setAutoFillBackground(true);
}

CardPreview::~CardPreview() = default;

void CardPreview::setFormat(print::CardFormat format, const print::HandwritingStyle &style)
{
    m_format = format;
    m_renderer = std::make_unique<print::CardRenderer>(format, style);
    m_fit = m_renderer->fit(m_face);
    updateGeometry();
    update();
}

void CardPreview::setFace(const print::CardFace &face)
{
    m_face = face;
    m_fit = m_renderer->fit(m_face);
    setAccessibleDescription(m_face.text);
    update();
}

QSizeF CardPreview::cardSizeInPixels() const
{
    const QSizeF points = m_renderer->spec().cardSize;
    return QSizeF(points.width() * logicalDpiX() / kPointsPerInch, points.height() * logicalDpiY() / kPointsPerInch);
}

double CardPreview::scale() const
{
    const QSizeF real = cardSizeInPixels();
    if (real.isEmpty())
        return 1.0;
    const double available = qMin((width() - 2 * kMargin) / real.width(), (height() - 2 * kMargin) / real.height());
    return qBound(0.05, available, 1.0);
}

QSize CardPreview::sizeHint() const
{
    return cardSizeInPixels().toSize() + QSize(2 * kMargin, 2 * kMargin);
}

QSize CardPreview::minimumSizeHint() const
{
    return sizeHint() / 3;
}

void CardPreview::paintEvent(QPaintEvent *)
{
    QElapsedTimer timer;
    timer.start();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    const double s = scale();
    const QSizeF shown = cardSizeInPixels() * s;
    const QPointF origin((width() - shown.width()) / 2.0, (height() - shown.height()) / 2.0);
    const QRectF card(origin, shown);

    painter.fillRect(card.translated(3, 3), QColor(0, 0, 0, 60));
    painter.fillRect(card, Qt::white);

    painter.save();
    painter.translate(origin);
    // Points to pixels, then the reduction to fit the window.
    painter.scale(s * logicalDpiX() / kPointsPerInch, s * logicalDpiY() / kPointsPerInch);
    m_renderer->paintCard(painter, m_face);
    painter.restore();

    ++m_paintCount;
    m_lastPaintNs = timer.nsecsElapsed();
    Q_EMIT painted();
}

} // namespace tw::ui
