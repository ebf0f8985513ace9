#include "edgebatch.h"
#include "edgeraster.h"

#include <QPainter>
#include <QPainterPath>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace bp {

namespace {

// Strokes a whole group as one path: one rasterisation for the group instead of one per line,
// and lines of the same group that cross do not darken each other.
void strokeGroup(QPainter& p, const std::vector<QLineF>& lines, const QPen& pen)
{
    QPainterPath path;
    path.reserve(int(2 * lines.size()));
    for (const QLineF& l : lines) {
        path.moveTo(l.p1());
        path.lineTo(l.p2());
    }
    p.strokePath(path, pen);
}

}  // namespace

void EdgeBatch::clear()
{
    resting_.clear();
    for (auto& g : groups_)
        g.clear();
    count_ = 0;
}

void EdgeBatch::add(int family, qreal s, const QLineF& line)
{
    ++count_;
    if (!(s > 0)) {  // also catches NaN
        resting_.push_back(line);
        return;
    }
    const int level = std::min(levels - 1, int(s * levels));
    groups_[std::size_t((family ? levels : 0) + level)].push_back(line);
}

qreal EdgeBatch::opacity(qreal s, bool dense)
{
    s = std::clamp<qreal>(s, 0, 1);
    return dense ? 0.04 + 0.96 * std::pow(s, 1.6) : 0.10 + 0.90 * std::pow(s, 0.8);
}

QColor EdgeBatch::blend(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

void EdgeBatch::draw(QPainter& p, EdgeRaster* raster, const QColor& first, const QColor& second,
                     const QColor& resting, qreal fade, qreal width) const
{
    if (count_ == 0)
        return;
    // Resting edges thin out as they multiply so a dense layer stays a light haze, not a grey wall.
    const qreal restAlpha = std::clamp(8.0 / std::sqrt(qreal(count_)), 0.22, 1.0);
    const bool dense = count_ > 150;
    const auto stroke = [&](const std::vector<QLineF>& lines, const QColor& c, qreal w) {
        if (raster)
            raster->drawLines(lines, c, w);
        else
            strokeGroup(p, lines, QPen(c, w, Qt::SolidLine, Qt::FlatCap));
    };
    p.save();
    p.setBrush(Qt::NoBrush);
    QColor rest = resting;
    rest.setAlphaF(float(restAlpha));
    if (!resting_.empty())
        stroke(resting_, rest, width);
    for (int level = 0; level < levels; ++level) {
        const qreal s = (level + 0.5) / levels;  // the group's representative strength
        for (int family = 0; family < 2; ++family) {
            const auto& lines = groups_[std::size_t(family * levels + level)];
            if (lines.empty())
                continue;
            QColor c = blend(resting, family ? second : first, fade);
            c.setAlphaF(float(restAlpha + (opacity(s, dense) - restAlpha) * fade));
            // width × (0.55 + 1.1 s), or × (0.35 + 1.3 s) when dense so faint edges stay hairlines
            const qreal grow = dense ? 0.35 + 1.3 * s : 0.55 + 1.1 * s;
            const qreal w = width * (1 + (grow - 1) * fade);
            stroke(lines, c, w);
        }
    }
    p.restore();
}

}  // namespace bp
