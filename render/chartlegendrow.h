#pragma once
// The static loss chart's legend: a centred row (or rows) of curve samples and names above the
// chart, laid out as the on-screen chart's legend (ChartLegend) lays out its entries.
#include "charttheme.h"

#include <QRectF>

#include <span>

class QPainter;

namespace bp {

class ChartLegendRow {
public:
    /// Paints an entry for each of curves at the top of rect, in order: all in one row if they
    /// fit its width, else two to a row, else one; returns the height the rows take.
    static qreal paint(QPainter& p, const QRectF& rect, std::span<const charttheme::Curve> curves);
};

}  // namespace bp
