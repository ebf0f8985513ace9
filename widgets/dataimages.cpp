#include "dataimages.h"

#include "theme.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace bp {

QColor mixColour(const QColor& a, const QColor& b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + t * (b.redF() - a.redF())),
                            float(a.greenF() + t * (b.greenF() - a.greenF())),
                            float(a.blueF() + t * (b.blueF() - a.blueF())));
}

QColor twoClassColour(double t)
{
    return mixColour(theme::classColour(0), theme::classColour(1), t);
}

QImage heatmapImage(const DecisionGrid& grid, Scalar lo, Scalar hi)
{
    const int n = grid.resolution;
    QImage image(n, n, QImage::Format_RGB32);
    if (n == 0)
        return image;
    const QColor canvas = theme::canvas();
    const Index K = grid.values.rows();
    const Scalar span = hi > lo ? hi - lo : Scalar(1);
    for (int iy = 0; iy < n; ++iy) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(n - 1 - iy));  // y grows upwards
        for (int ix = 0; ix < n; ++ix) {
            const Index c = Index(iy) * n + ix;
            QColor colour;
            if (K == 1) {
                // confidence = |2t − 1|: pale at the boundary t = ½, stronger away from it.
                const double t = std::clamp(double((grid.values(0, c) - lo) / span), 0.0, 1.0);
                colour = mixColour(canvas, twoClassColour(t), 0.2 + 0.4 * std::abs(2 * t - 1));
            } else {
                // Mix the class colours by probability, Σₖ pₖ·colourₖ, so borders blend smoothly;
                // confidence = (p_max − 1/K)/(1 − 1/K) sets the strength: 0 undecided, 1 certain.
                double rgb[3] = {0, 0, 0}, pSum = 0, pMax = 0;
                for (Index k = 0; k < K; ++k) {
                    const double pk = std::max(0.0, double(grid.values(k, c)));
                    const QColor ck = theme::classColour(int(k));
                    rgb[0] += pk * ck.redF(), rgb[1] += pk * ck.greenF(), rgb[2] += pk * ck.blueF();
                    pSum += pk;
                    pMax = std::max(pMax, pk);
                }
                pSum = pSum > 0 ? pSum : 1;
                const QColor mixed = QColor::fromRgbF(float(rgb[0] / pSum), float(rgb[1] / pSum), float(rgb[2] / pSum));
                const double chance = 1.0 / double(K);
                const double confidence = std::clamp((pMax / pSum - chance) / (1 - chance), 0.0, 1.0);
                colour = mixColour(canvas, mixed, 0.15 + 0.45 * confidence);
            }
            line[ix] = colour.rgb();
        }
    }
    return image;
}

QImage digitImage(const MatrixView& column, Scalar lo, Scalar hi)
{
    QImage image(8, 8, QImage::Format_RGB32);
    const QColor paper(Qt::white);
    const QColor ink = theme::ink();
    const Scalar span = hi > lo ? hi - lo : Scalar(1);
    for (int r = 0; r < 8; ++r)
        for (int c = 0; c < 8; ++c) {
            const Index i = Index(r) * 8 + c;
            const double t = i < column.rows() ? double((column(i, 0) - lo) / span) : 0.0;
            image.setPixel(c, r, mixColour(paper, ink, t).rgb());
        }
    return image;
}

void paintTileRows(QPainter& p, const QRectF& area, const std::vector<std::vector<QImage>>& rows,
                   const QStringList& labels)
{
    const int n = int(rows.size());
    const int k = rows.empty() ? 0 : int(rows.front().size());
    const qreal labelH = p.fontMetrics().height() + 2, gap = 6;
    if (k == 0)
        return;
    const qreal tile = std::floor(std::min((area.width() - (k - 1) * gap) / k,
                                           (area.height() - n * labelH - (n - 1) * 2 * gap) / n));
    if (tile < 2)
        return;
    const qreal blockW = k * tile + (k - 1) * gap, blockH = n * (labelH + tile) + (n - 1) * 2 * gap;
    const qreal left = std::round(area.center().x() - blockW / 2);
    qreal top = std::round(area.center().y() - blockH / 2);
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    p.setBrush(Qt::NoBrush);
    for (int r = 0; r < n; ++r) {
        p.setPen(theme::ink());
        p.drawText(QRectF(left, top, blockW, labelH), Qt::AlignLeft | Qt::AlignVCenter, labels.value(r));
        top += labelH;
        for (int j = 0; j < k && j < int(rows[std::size_t(r)].size()); ++j) {
            const QRectF cell(left + j * (tile + gap), top, tile, tile);
            p.drawImage(cell, rows[std::size_t(r)][std::size_t(j)]);
            p.setPen(QPen(theme::restingEdge(), 1));
            p.drawRect(cell.adjusted(-0.5, -0.5, 0.5, 0.5));
        }
        top += tile + 2 * gap;
    }
    p.restore();
}

}  // namespace bp
