#pragma once
// The studio's views laid out in a main window: the network graph in the centre under a banner,
// the designer docked left, the loss chart above the data view docked right with the confusion
// matrix in a tab beside them, and the gradient meter docked below the graph.
#include "runhistory.h"
#include "snapshot.h"

#include <QObject>

class QLabel;
class QMainWindow;

namespace bp {

class DataView;
class ConfusionMatrixWidget;
class DesignerWidget;
class DockWidthKeeper;
class GradientMeterWidget;
class LossChartWidget;
class NetworkGraphWidget;
class RateLimiter;

class StudioViews : public QObject {
    Q_OBJECT
public:
    /// While training, the data view is redrawn at most once per this many milliseconds.
    static constexpr int dataViewMs = 80;
    /// The right-hand dock's width at start, and whenever the window has room for it again.
    static constexpr int rightDockWidth = 480;
    /// The gradient meter's dock height at start.
    static constexpr int meterDockHeight = 200;

    /// Creates the views and places them in window (central widget and two docks).
    explicit StudioViews(QMainWindow* window);

    /// Shows a freshly loaded network and its data, with an empty history and chart.
    void showLoaded(bool classification, const bp::NetworkSpec& fitted, const bp::Dataset& data);

    /// Shows a snapshot everywhere: its entries go into history(), and the chart shows that history
    /// (from its start when the snapshot's run is a new one), as the meter its gradients. The data view
    /// gets the newest decision map, curve, predictions or reconstructions within dataViewMs, the
    /// confusion matrix its matrices at the same rate.
    void showSnapshot(const Snapshot& s);

    /// Returns the loss history of the run shown, the one the chart draws and the exports write.
    const bp::RunHistory& history() const { return history_; }

    DesignerWidget* designer;
    bp::NetworkGraphWidget* graph;
    bp::LossChartWidget* chart;
    bp::DataView* dataView;
    bp::GradientMeterWidget* meter;  // docked below the graph
    bp::ConfusionMatrixWidget* confusion;  // tabbed with the loss chart and data view
    QLabel* banner;  // above the graph; says why training stopped
    DockWidthKeeper* rightWidth;  // gives the right-hand dock its width back when the window grows

private:
    void showData();

    bp::RunHistory history_;

    bp::DecisionGrid grid_;                    // the newest snapshot's, until the data view has it
    bp::PredictionCurve curve_;                // likewise
    std::vector<int> predicted_;               // likewise
    bp::Matrix samples_, reconstructions_;     // likewise
    bp::ConfusionMatrix trainingConfusion_, validationConfusion_;  // likewise, for the confusion matrix
    bp::RateLimiter* dataUpdates_;
};

} // namespace bp
