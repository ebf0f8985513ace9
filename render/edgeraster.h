#pragma once
// A transparent layer that anti-aliased straight lines are blended into directly, for raster targets
// (widgets, QImage exports) where thousands of translucent edges must cost a few milliseconds.
#include <QColor>
#include <QImage>
#include <QLineF>
#include <QPainter>

#include <vector>

namespace bp {

class EdgeRaster {
public:
    /// Returns true when p draws into pixels with at most a translation and an even scale.
    static bool suits(const QPainter& p);

    /// Clears the layer to transparent, sized for area on p's device (device pixel ratio included).
    void begin(const QPainter& p, const QRectF& area);

    /// Blends every line in colour (its alpha included) at the given width in logical pixels.
    void drawLines(const std::vector<QLineF>& lines, const QColor& colour, qreal width);

    /// Draws the layer onto p over area.
    void end(QPainter& p) const;

private:
    void drawLine(QPointF a, QPointF b, qreal width);

    QImage layer_;     // ARGB32 premultiplied, device pixels
    QPointF origin_;   // area's top left in logical pixels
    qreal ratio_ = 1;  // device pixels per logical pixel
    int r_ = 0, g_ = 0, b_ = 0, a_ = 0;  // the colour being drawn, 0..255, not premultiplied
};

}  // namespace bp
