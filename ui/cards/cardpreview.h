#pragma once

#include <print/cardformat.h>
#include <print/cardrenderer.h>
#include <print/handwritingstyle.h>

#include <QElapsedTimer>
#include <QWidget>

#include <memory>

namespace tw::ui {

// A card as it will come out of the printer, at its real size on the screen
// (1 point is 1/72 inch at the screen's resolution), or reduced to fit the
// space when the window is smaller, never enlarged. Painted by the same
// CardRenderer::paintCard the printout uses, so what staff see is what the
// guest gets, overflow marked.
class CardPreview : public QWidget
{
    Q_OBJECT

public:
    explicit CardPreview(QWidget *parent = nullptr);
    ~CardPreview() override;

    // Rebuilds the renderer (format and handwriting change how every line breaks).
    void setFormat(print::CardFormat format, const print::HandwritingStyle &style);
    void setFace(const print::CardFace &face);

    const print::CardFace &face() const { return m_face; }
    print::CardFormat format() const { return m_format; }
    const print::CardRenderer &renderer() const { return *m_renderer; }
    // What the face's text fits like on the card (computed with each setFace()).
    const print::CardFit &fit() const { return m_fit; }
    // The scale the card is shown at: 1 is real size.
    double scale() const;
    // Paints so far, and how long the last one took (for the editor's
    // responsiveness checks).
    int paintCount() const { return m_paintCount; }
    qint64 lastPaintNanoseconds() const { return m_lastPaintNs; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void painted();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QSizeF cardSizeInPixels() const;

    print::CardFormat m_format = print::CardFormat::A6;
    std::unique_ptr<print::CardRenderer> m_renderer;
    print::CardFace m_face;
    print::CardFit m_fit;
    int m_paintCount = 0;
    qint64 m_lastPaintNs = 0;
};

} // namespace tw::ui
