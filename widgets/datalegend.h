#pragma once
// The data view's key: what a dot, a ring or a stroke of each colour stands for.
#include <QColor>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace bp {

/// One entry of the key: a mark in a colour and the words beside it.
struct LegendEntry {
    enum class Mark { Dot, Ring, Stroke };
    Mark mark = Mark::Dot;
    QColor colour;
    QString text;
};

/// Returns the height the entries take laid out left to right in rows as wide as width.
qreal legendHeight(const QPainter& p, qreal width, const std::vector<LegendEntry>& entries);

/// Paints the entries left to right from area's top-left corner, starting a new row where one
/// would cross area's right edge; a name too long for a whole row is elided.
void paintLegend(QPainter& p, const QRectF& area, const std::vector<LegendEntry>& entries);

/// Paints a misclassified sample's ring around a dot of radius r at pixel centre c.
void paintMisclassifiedRing(QPainter& p, const QPointF& c, qreal r);

}  // namespace bp
