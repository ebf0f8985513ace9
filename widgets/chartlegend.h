#pragma once
// The loss chart's legend: its own compact row above the chart, listing only what is drawn.
#include <span>
#include <utility>

class QCustomPlot;
class QCPGraph;

namespace bp {

class ChartLegend {
public:
    /// Moves plot's legend into a new row above the axis rect, centred and as narrow as its
    /// entries, in the studio's ink without border or fill, and shows it.
    explicit ChartLegend(QCustomPlot* plot);

    /// Lists exactly the graphs paired with true, in the given order, and refits the rows to the
    /// plot's width; does nothing when the flags are the same as last time.
    void show(std::span<const std::pair<QCPGraph*, bool>> graphs);

    /// Puts as many entries in a row as fit width pixels: all four, else two, else one.
    void fit(int width);

private:
    QCustomPlot* plot_;
    int mask_ = -1;  // bit i set when graph i of the last show() has an entry
};

}  // namespace bp
