#pragma once
// Edge segments grouped by colour family and quantised strength, so each group is one drawLines call.
#include <QColor>
#include <QLineF>

#include <array>
#include <vector>

class QPainter;

namespace bp {

class EdgeRaster;

class EdgeBatch {
public:
    /// How many strength steps each colour family is quantised into.
    static constexpr int levels = 12;

    /// Forgets every segment, keeping the memory for the next frame.
    void clear();

    /// Adds a segment of colour family 0 or 1 with strength s in [0, 1]; s = 0 draws it at rest.
    void add(int family, qreal s, const QLineF& line);

    /// Returns the number of segments added since the last clear.
    int size() const { return count_; }

    /// Draws the resting segments, then every group weakest first so strong edges end on top,
    /// into raster when given (one pass per group) else with one strokePath per group on p.
    /// Colours, opacity and width move from resting (fade 0) to full strength (fade 1).
    void draw(QPainter& p, EdgeRaster* raster, const QColor& first, const QColor& second,
              const QColor& resting, qreal fade, qreal width) const;

    /// Returns a blended t of the way from a to b, opaque.
    static QColor blend(const QColor& a, const QColor& b, qreal t);

    /// Returns the opacity of an edge of strength s at full fade: 0.1 + 0.9 · s^0.8 for a few
    /// edges, 0.04 + 0.96 · s^1.6 for many, so a dense layer shows its strongest edges, not a haze.
    static qreal opacity(qreal s, bool dense);

private:
    std::vector<QLineF> resting_;
    std::array<std::vector<QLineF>, 2 * levels> groups_;  // family · levels + level
    int count_ = 0;
};

}  // namespace bp
