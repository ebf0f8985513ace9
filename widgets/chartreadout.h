#pragma once
// The loss chart's hover readout: a ring on the training curve and a card with the epoch's numbers.
#include "epochreport.h"

class QCustomPlot;
class QCPGraph;
class QCPItemText;
class QCPItemTracer;

namespace bp {

class ChartReadout {
public:
    /// Adds the (hidden) ring and card to plot; the ring will sit on graph's curve.
    ChartReadout(QCustomPlot* plot, QCPGraph* graph);

    /// Shows entry's epoch, losses and (for classifiers) accuracies beside the ring at its epoch.
    void show(const HistoryEntry& entry, bool classifier);

    /// Hides the ring and the card.
    void hide();

    /// True while the readout is shown.
    bool visible() const;

private:
    QCustomPlot* plot_;
    QCPGraph* graph_;
    QCPItemTracer* tracer_;  // the ring on the curve
    QCPItemText* card_;      // the numbers
};

}  // namespace bp
