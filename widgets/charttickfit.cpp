#include "charttickfit.h"

#include "axisticks.h"
#include "charttheme.h"

#include <qcustomplot.h>

namespace bp {

void fitTickCounts(QCustomPlot* plot, QSize axisRect)
{
    plot->xAxis->ticker()->setTickCount(charttheme::xTickCount(axisRect.width()));
    plot->yAxis->ticker()->setTickCount(charttheme::yTickCount(axisRect.height()));
    auto percent = qSharedPointerDynamicCast<QCPAxisTickerText>(plot->yAxis2->ticker());
    const int step = charttheme::percentStep(axisRect.height());
    if (!percent || percent->ticks().size() == 100 / step + 1)
        return;  // not a percent axis, or already right
    percent->clear();
    for (const AxisTick& t : AxisTicks::percent(step))
        percent->addTick(t.value, t.label);
}

}  // namespace bp
