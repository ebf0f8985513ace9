#pragma once
// A QCustomPlot line graph whose dashed pens cost as little as solid ones on screen.
#include <qcustomplot.h>

#include <QLineF>
#include <QPointF>
#include <QVector>

#include <vector>

namespace bp {

/// Qt strokes a dashed polyline by cutting it into dashes and outlining each one, which for a loss
/// curve of a few thousand vertices costs several milliseconds per replot. On pixel devices this
/// graph cuts the dashes itself and draws each piece as a solid segment with the same pen (caps
/// included), which looks the same and is several times faster. PDF and SVG output is unchanged.
class DashedGraph : public QCPGraph {
    Q_OBJECT
public:
    /// Creates a graph on the given axes; like QCPGraph it registers itself with their plot.
    DashedGraph(QCPAxis* keyAxis, QCPAxis* valueAxis);

    /// Returns the solid pieces of the dashed polyline through points: dash lengths alternate
    /// on, off, on, … as pattern (in pixels), starting at the first point. Pieces that turn a
    /// corner are split there; NaN points break the line and restart the pattern.
    static std::vector<QLineF> dashes(const QVector<QPointF>& points, const QVector<qreal>& pattern);

protected:
    void drawLinePlot(QCPPainter* painter, const QVector<QPointF>& lines) const override;
};

}  // namespace bp
