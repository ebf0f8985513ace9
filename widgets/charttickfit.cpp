#include "charttickfit.h"

#include <qcustomplot.h>

#include <algorithm>

namespace bp {

namespace {
constexpr int pixelsPerXLabel = 90;   // "100000" and the gap to its neighbour
constexpr int pixelsPerYLabel = 34;   // a text line and as much again between labels
constexpr int tallPercentAxis = 5 * pixelsPerYLabel;  // five percent labels fit
}  // namespace

void fitTickCounts(QCustomPlot* plot, QSize axisRect)
{
    plot->xAxis->ticker()->setTickCount(std::clamp(axisRect.width() / pixelsPerXLabel, 1, 6));
    plot->yAxis->ticker()->setTickCount(std::clamp(axisRect.height() / pixelsPerYLabel, 1, 6));
    auto percent = qSharedPointerDynamicCast<QCPAxisTickerText>(plot->yAxis2->ticker());
    const int step = axisRect.height() >= tallPercentAxis ? 25 : 50;
    if (!percent || percent->ticks().size() == 100 / step + 1)
        return;  // not a percent axis, or already right
    percent->clear();
    for (int p = 0; p <= 100; p += step)
        percent->addTick(p, QStringLiteral("%1 %").arg(p));
}

}  // namespace bp
