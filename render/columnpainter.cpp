#include "columnpainter.h"
#include "edgebatch.h"
#include "theme.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace bp {

ColumnPainter::ColumnPainter(std::vector<Scalar> values, QColor up, QColor down, qreal fade, qreal factor)
    : v_(std::move(values)), up_(up), down_(down), fade_(fade), factor_(factor)
{
    for (Scalar x : v_)
        top_ = std::max(top_, std::abs(x));
    if (!std::isfinite(top_))
        top_ = 0;
}

QColor ColumnPainter::fill(int i) const
{
    const QColor base = Qt::white;
    if (v_.empty())
        return base;
    const Scalar x = v_[std::size_t(i)];
    if (top_ <= 0 || x == 0 || !std::isfinite(x))
        return base;
    const qreal s = std::abs(x) / top_ * factor_;
    return EdgeBatch::blend(base, x < 0 ? down_ : up_, fade_ * (0.18 + 0.72 * s));
}

void ColumnPainter::paint(QPainter& p, const GraphLayout& layout, int c, const QPen& pen) const
{
    const GraphLayout::Column& col = layout.column(c);
    if (col.strip) {
        paintStrip(p, layout, c, pen);
        return;
    }
    p.setPen(pen);
    for (int i = 0; i < col.neurons; ++i) {
        p.setBrush(fill(i));
        p.drawEllipse(layout.centre(c, i), col.radius, col.radius);
    }
}

void ColumnPainter::paintStrip(QPainter& p, const GraphLayout& layout, int c, const QPen& pen) const
{
    const GraphLayout::Column& col = layout.column(c);
    const QRectF bar = layout.stripRect(c);
    QPainterPath path;
    path.addRoundedRect(bar, col.radius, col.radius);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawPath(path);

    // Between the rounded caps, the heat strip: built at device resolution, one row at a time,
    // so drawing it is a plain copy (neuron i owns rows [i, i + 1) · height / n).
    const QRectF straight = bar.adjusted(0, col.radius, 0, -col.radius);
    const qreal ratio = p.deviceTransform().m11() > 0 ? p.deviceTransform().m11() : 1.0;
    QImage heat((straight.size() * ratio).toSize().expandedTo(QSize(1, 1)), QImage::Format_RGB32);
    const QRgb neutral = EdgeBatch::blend(Qt::white, theme::ink(), 0.06).rgb();
    for (int y = 0; y < heat.height(); ++y) {
        const int i = std::min(col.neurons - 1, int(qint64(y) * col.neurons / heat.height()));
        const QRgb colour = v_.empty() ? neutral : fill(i).rgb();
        std::fill_n(reinterpret_cast<QRgb*>(heat.scanLine(y)), heat.width(), colour);
    }
    heat.setDevicePixelRatio(ratio);
    p.drawImage(straight.topLeft(), heat);

    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
}

}  // namespace bp
