#pragma once
// How many tick labels a chart's axes can hold at its size without their labels running into
// one another.
#include <QSize>

class QCustomPlot;

namespace bp {

/// Sets the tick counts of plot's x, y and y2 axes for an axis rectangle of the given size:
/// about one label per 90 px across and per 34 px up (1 to 6 each), and a percent axis of
/// 0–100 % in steps of 25 where it is tall enough for five labels, else 0, 50, 100.
void fitTickCounts(QCustomPlot* plot, QSize axisRect);

}  // namespace bp
