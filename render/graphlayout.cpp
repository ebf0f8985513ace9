#include "graphlayout.h"

#include <algorithm>
#include <cmath>

namespace bp {

GraphLayout::GraphLayout(const std::vector<int>& sizes, const QRectF& graph)
{
    const int C = int(sizes.size());
    const qreal H = graph.height();
    unit_ = std::max<qreal>(0.25, std::min(graph.width() / 1200.0, H / 560.0));

    // Columns sit on equally spaced vertical lines, half a gap's worth of room kept at the sides.
    const qreal padX = graph.width() * 0.07;
    const qreal gap = C > 1 ? (graph.width() - 2 * padX) / (C - 1) : graph.width();
    const qreal rMax = std::max<qreal>(2.0, std::min(0.045 * H, 0.12 * gap));
    const qreal cy = graph.center().y();

    columns_.resize(std::size_t(C));
    for (int c = 0; c < C; ++c) {
        Column& col = columns_[std::size_t(c)];
        col.neurons = std::max(1, sizes[std::size_t(c)]);
        col.strip = col.neurons > maxDrawnNeurons;
        col.bins = col.strip ? stripBins : col.neurons;
        col.x = C > 1 ? graph.left() + padX + c * gap : graph.center().x();
        if (col.strip) {
            // A bar over the full height; its bins share it evenly.
            col.top = graph.top();
            col.bottom = graph.bottom();
            col.spacing = H / col.bins;
            col.radius = std::max<qreal>(3.0, 0.6 * rMax);
        } else {
            // Few neurons spread out, but never further apart than H / 3.2.
            col.spacing = std::min(H / col.neurons, H / 3.2);
            col.radius = std::max<qreal>(1.5, std::min(rMax, 0.36 * col.spacing));
            col.top = cy - 0.5 * (col.neurons - 1) * col.spacing;
            col.bottom = cy + 0.5 * (col.neurons - 1) * col.spacing;
        }
    }
}

QPointF GraphLayout::centre(int c, int i) const
{
    const Column& col = column(c);
    if (col.strip)  // neuron i fills the slice [i, i + 1) / n of the bar
        return {col.x, col.top + (i + 0.5) / col.neurons * (col.bottom - col.top)};
    return {col.x, col.top + i * col.spacing};
}

int GraphLayout::binStart(int c, int k) const
{
    const Column& col = column(c);
    return int(qint64(k) * col.neurons / col.bins);  // bins of ⌊n / bins⌋ or ⌈n / bins⌉ neurons
}

QPointF GraphLayout::anchor(int c, int k, bool outgoing) const
{
    const Column& col = column(c);
    if (!col.strip)
        return centre(c, k);
    const qreal mid = 0.5 * (binStart(c, k) + binStart(c, k + 1));
    const qreal y = col.top + mid / col.neurons * (col.bottom - col.top);
    return {outgoing ? col.x + col.radius : col.x - col.radius, y};
}

QRectF GraphLayout::stripRect(int c) const
{
    const Column& col = column(c);
    return QRectF(col.x - col.radius, col.top, 2 * col.radius, col.bottom - col.top);
}

std::optional<int> GraphLayout::neuronAt(int c, QPointF p, qreal tolerance) const
{
    const Column& col = column(c);
    if (col.strip) {
        const QRectF bar = stripRect(c).adjusted(-tolerance, 0, tolerance, 0);
        if (!bar.contains(p))
            return std::nullopt;
        const int i = int((p.y() - col.top) / (col.bottom - col.top) * col.neurons);
        return std::clamp(i, 0, col.neurons - 1);
    }
    // The nearest circle by row, then a check that p lies inside it.
    const int i = std::clamp(int(std::lround((p.y() - col.top) / std::max<qreal>(col.spacing, 1e-9))),
                             0, col.neurons - 1);
    const QPointF d = p - centre(c, i);
    const qreal reach = col.radius + tolerance;
    if (d.x() * d.x() + d.y() * d.y() <= reach * reach)
        return i;
    return std::nullopt;
}

qreal GraphLayout::edgeWidth(int c) const
{
    // Denser ends get thinner lines: a tenth of the tighter spacing of the two columns.
    const qreal sp = std::min(column(c).spacing, column(c + 1).spacing);
    return std::clamp(0.10 * sp, 0.7, std::max<qreal>(0.7, 2.6 * unit_));
}

}  // namespace bp
