#include "dashedgraph.h"

#include <cmath>

namespace bp {

DashedGraph::DashedGraph(QCPAxis* keyAxis, QCPAxis* valueAxis) : QCPGraph(keyAxis, valueAxis) {}

std::vector<QLineF> DashedGraph::dashes(const QVector<QPointF>& points, const QVector<qreal>& pattern)
{
    std::vector<QLineF> pieces;
    qreal period = 0;
    for (qreal length : pattern)
        period += std::max<qreal>(0, length);
    if (pattern.isEmpty() || !(period > 0))
        return pieces;
    int k = 0;             // index into pattern: even k draws, odd k skips
    qreal left = pattern[0];  // what remains of dash or gap k
    bool fresh = true;     // the next valid point starts a new line
    for (int i = 0; i < points.size(); ++i) {
        const QPointF b = points[i];
        if (!std::isfinite(b.x()) || !std::isfinite(b.y())) {
            fresh = true;
            continue;
        }
        if (fresh) {
            fresh = false;
            k = 0;
            left = pattern[0];
            continue;
        }
        QPointF a = points[i - 1];
        qreal length = QLineF(a, b).length();
        // Walk the segment a → b, cutting it wherever the current dash or gap ends.
        while (length > 0) {
            const qreal step = std::min(left, length);
            const QPointF c = a + (b - a) * (step / length);
            if (k % 2 == 0 && step > 0)
                pieces.emplace_back(a, c);
            a = c;
            length -= step;
            left -= step;
            if (left <= 0) {
                k = (k + 1) % int(pattern.size());
                left = std::max<qreal>(0, pattern[k]);
            }
        }
    }
    return pieces;
}

void DashedGraph::drawLinePlot(QCPPainter* painter, const QVector<QPointF>& lines) const
{
    QPen pen = painter->pen();
    const bool dashed = pen.style() != Qt::SolidLine && pen.style() != Qt::NoPen;
    // Thin pens are drawn cosmetic by QCPGraph, whose dashes Qt already draws quickly.
    const bool thin = pen.isCosmetic() || pen.widthF() <= 1.0;
    if (!dashed || thin || painter->modes().testFlag(QCPPainter::pmVectorized) || pen.color().alpha() == 0) {
        QCPGraph::drawLinePlot(painter, lines);
        return;
    }
    // Qt's dash pattern is in units of the pen's width.
    const qreal unit = pen.widthF();
    QVector<qreal> pattern = pen.dashPattern();
    for (qreal& length : pattern)
        length *= unit;
    pen.setStyle(Qt::SolidLine);
    applyDefaultAntialiasingHint(painter);
    painter->setPen(pen);
    for (const QLineF& piece : dashes(lines, pattern))
        painter->drawLine(piece);
}

}  // namespace bp
