#include "edgeraster.h"

#include <QPaintEngine>

#include <algorithm>
#include <cmath>

namespace bp {

bool EdgeRaster::suits(const QPainter& p)
{
    const QPaintEngine* engine = p.paintEngine();
    const QTransform t = p.deviceTransform();  // includes a high-DPI device's scale
    return engine && engine->type() == QPaintEngine::Raster && t.type() <= QTransform::TxScale
           && qFuzzyCompare(t.m11(), t.m22()) && t.m11() > 0;
}

void EdgeRaster::begin(const QPainter& p, const QRectF& area)
{
    ratio_ = p.deviceTransform().m11();
    origin_ = area.topLeft();
    const QSize size = (area.size() * ratio_).toSize();
    if (layer_.size() != size)
        layer_ = QImage(size, QImage::Format_ARGB32_Premultiplied);
    layer_.setDevicePixelRatio(ratio_);
    layer_.fill(Qt::transparent);
}

void EdgeRaster::drawLines(const std::vector<QLineF>& lines, const QColor& colour, qreal width)
{
    r_ = colour.red();
    g_ = colour.green();
    b_ = colour.blue();
    a_ = colour.alpha();
    for (const QLineF& l : lines)
        drawLine((l.p1() - origin_) * ratio_, (l.p2() - origin_) * ratio_, width * ratio_);
}

// Walks the line along its major axis one pixel column at a time. At each step the line covers
// the interval [c − h, c + h] of the minor axis, c on the centre line and h = width / 2 · length / |Δmajor|
// (the width measured across the minor axis); each pixel gets the part of that interval it holds.
void EdgeRaster::drawLine(QPointF a, QPointF b, qreal width)
{
    const bool steep = std::abs(b.y() - a.y()) > std::abs(b.x() - a.x());
    if (steep) {
        a = a.transposed();
        b = b.transposed();
    }
    if (a.x() > b.x())
        std::swap(a, b);
    const qreal dMajor = b.x() - a.x();
    if (dMajor < 1e-9)
        return;
    const float slope = float((b.y() - a.y()) / dMajor);
    const float h = float(0.5 * width) * std::sqrt(1 + slope * slope);
    const int majorSize = steep ? layer_.height() : layer_.width();
    const int minorSize = steep ? layer_.width() : layer_.height();
    const int first = std::max(0, int(std::ceil(a.x() - 0.5)));
    const int last = std::min(majorSize - 1, int(std::floor(b.x() - 0.5)));
    auto* bits = reinterpret_cast<quint32*>(layer_.bits());
    const qsizetype stride = layer_.bytesPerLine() / 4;
    const qsizetype stepMajor = steep ? stride : 1, stepMinor = steep ? 1 : stride;
    const quint32 rb = quint32(r_ << 16 | b_), ag = quint32(255 << 16 | g_);
    const float alpha = float(a_) * (256.0f / 255.0f);
    float c = float(a.y() + slope * (first + 0.5 - a.x()));
    for (int m = first; m <= last; ++m, c += slope) {
        const float lo = c - h, hi = c + h;
        const int k0 = std::max(0, int(std::floor(lo)));
        const int k1 = std::min(minorSize - 1, int(std::floor(hi)));
        quint32* px = bits + m * stepMajor + k0 * stepMinor;
        for (int k = k0; k <= k1; ++k, px += stepMinor) {
            const float cover = std::min(hi, float(k + 1)) - std::max(lo, float(k));
            // out = colour · α·cover + out · (1 − α·cover), premultiplied, in 1/256 steps,
            // red and blue in one multiply, alpha and green in another.
            const quint32 t = quint32(cover * alpha + 0.5f);
            if (t == 0)
                continue;
            const quint32 keep = 256 - t, d = *px;
            const quint32 outRB = ((rb * t + (d & 0x00ff00ffu) * keep) >> 8) & 0x00ff00ffu;
            const quint32 outAG = (ag * t + ((d >> 8) & 0x00ff00ffu) * keep) & 0xff00ff00u;
            *px = outRB | outAG;
        }
    }
}

void EdgeRaster::end(QPainter& p) const
{
    p.drawImage(origin_, layer_);
}

}  // namespace bp
