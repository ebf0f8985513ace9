#include "plotframe.h"

#include "datalegend.h"

#include <QPainter>
#include <QPen>
#include <QSizeF>

namespace bp {

QRectF PlotFrame::paddedBounds(Scalar x0, Scalar x1, Scalar y0, Scalar y1)
{
    // m = 0.1 · (hi − lo) per axis, so the outermost samples sit inside the frame, not on it.
    const Scalar mx = x1 > x0 ? Scalar(0.1) * (x1 - x0) : Scalar(1);
    const Scalar my = y1 > y0 ? Scalar(0.1) * (y1 - y0) : Scalar(1);
    return QRectF(x0 - mx, y0 - my, (x1 - x0) + 2 * mx, (y1 - y0) + 2 * my);
}

QRectF PlotFrame::fit(const QRectF& bounds, const QRectF& area)
{
    // As wide as area if that leaves it short enough, else as tall: width / height = aspect.
    const qreal aspect = bounds.height() > 0 ? bounds.width() / bounds.height() : 1;
    QSizeF size(area.width(), area.width() / aspect);
    if (size.height() > area.height())
        size = QSizeF(area.height() * aspect, area.height());
    QRectF frame(QPointF(0, 0), size);
    frame.moveCenter(area.center());
    return frame;
}

QPointF PlotFrame::toPixel(const QPointF& at) const
{
    // x' = left + (x − x₀)/w · W,   y' = bottom − (y − y₀)/h · H
    return {frame_.left() + (at.x() - bounds_.left()) / bounds_.width() * frame_.width(),
            frame_.bottom() - (at.y() - bounds_.top()) / bounds_.height() * frame_.height()};
}

void PlotFrame::paintDots(QPainter& p, const std::vector<Dot>& dots) const
{
    const qreal r = dots.size() > 1500 ? 2.2 : 3.6;
    p.save();
    p.setClipRect(frame_);
    for (const Dot& dot : dots) {
        p.setPen(QPen(dot.fill.darker(155), 1));
        p.setBrush(dot.fill);
        p.drawEllipse(toPixel(dot.at), r, r);
        if (dot.misclassified)
            paintMisclassifiedRing(p, toPixel(dot.at), r);
    }
    p.restore();
}

}  // namespace bp
