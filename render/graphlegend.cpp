#include "graphlegend.h"
#include "theme.h"

#include <QFontMetricsF>
#include <QPainter>

namespace bp {

GraphLegend::GraphLegend(GraphMode mode, bool trained)
{
    if (!trained) {
        items_ = {{theme::restingEdge(), QStringLiteral("no epoch yet: edges light up as training runs")}};
        return;
    }
    switch (mode) {
    case GraphMode::Delta:
        items_ = {{theme::increase(), QStringLiteral("weight pushed up")},
                  {theme::decrease(), QStringLiteral("pushed down")},
                  {QColor(), QStringLiteral("strength = |ΔW| / max |ΔW| this layer")}};
        break;
    case GraphMode::Weights:
        items_ = {{theme::positive(), QStringLiteral("positive weight")},
                  {theme::negative(), QStringLiteral("negative")},
                  {QColor(), QStringLiteral("strength = |W| / max |W| this layer")}};
        break;
    case GraphMode::Gradient:
        items_ = {{theme::gradient(), QStringLiteral("gradient magnitude")},
                  {QColor(), QStringLiteral("strength = |ΔW| / max |ΔW| this layer × ‖∂L/∂W‖ / largest layer's")}};
        break;
    }
}

// Swatch: a thick line 1.2 em long in a slot 2 em wide, then its text; items 1.2 em apart.
qreal GraphLegend::width(const QFontMetricsF& fm, bool swatches, bool notes) const
{
    const qreal em = fm.height();
    qreal w = 0;
    for (const Item& item : items_) {
        const bool swatch = item.colour.isValid();
        if ((swatch && !swatches) || (!swatch && !notes))
            continue;
        w += (w > 0 ? 1.2 * em : 0) + (swatch ? 2.0 * em : 0) + fm.horizontalAdvance(item.text);
    }
    return w;
}

int GraphLegend::rows(const QFont& font, qreal available) const
{
    const QFontMetricsF fm(font);
    const qreal cornerRoom = 6 * fm.height();  // "epoch 1234"
    return width(fm, true, true) + cornerRoom <= available ? 1 : 2;
}

void GraphLegend::paint(QPainter& p, const QRectF& band, const QFont& font, int rows,
                        const QString& corner) const
{
    const QFontMetricsF fm(font);
    const qreal em = fm.height();
    p.save();
    p.setFont(font);
    QColor ink = theme::ink();
    qreal x = band.left();
    qreal y = band.top();
    for (const Item& item : items_) {
        const bool swatch = item.colour.isValid();
        if (!swatch && rows > 1 && x > band.left()) {  // notes get the second row
            x = band.left();
            y += em;
        } else if (x > band.left()) {
            x += 1.2 * em;
        }
        const qreal mid = y + 0.5 * em;
        if (swatch) {
            p.setPen(QPen(item.colour, 0.32 * em, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(x + 0.2 * em, mid), QPointF(x + 1.4 * em, mid));
            x += 2.0 * em;
        }
        ink.setAlphaF(swatch ? 0.9f : 0.6f);
        p.setPen(ink);
        const qreal w = fm.horizontalAdvance(item.text);
        p.drawText(QRectF(x, y, w + 1, em), Qt::AlignLeft | Qt::AlignVCenter, item.text);
        x += w;
    }
    if (!corner.isEmpty()) {
        ink.setAlphaF(0.6f);
        p.setPen(ink);
        p.drawText(QRectF(band.left(), band.top(), band.width(), em), Qt::AlignRight | Qt::AlignVCenter,
                   corner);
    }
    p.restore();
}

}  // namespace bp
