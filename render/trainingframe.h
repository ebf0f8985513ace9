#pragma once
// One frame of a training animation: a caption, the network graph flashing the epoch's ΔW and,
// optionally, the loss chart so far with a marker at the epoch and the data view of the epoch's
// network. Needs a QApplication (chart and data view are widgets, kept offscreen and never
// shown), so it renders on the GUI thread.
#include "epochreport.h"
#include "graphmode.h"
#include "networkpainter.h"
#include "networkspec.h"

#include <QImage>
#include <QSize>

#include <memory>
#include <vector>

namespace bp {

class DataViewFrame;
class LossChartWidget;
struct Dataset;

class TrainingFrame {
public:
    struct Options {
        QSize size{960, 540};             // pixels of every frame
        bool chart = false;               // the loss chart beside the graph
        bool data = false;                // the data view beside the graph (needs setData)
        GraphMode mode = GraphMode::Delta;
    };

    /// Prepares frames of spec's graph; classifier adds accuracy to the chart and the caption.
    TrainingFrame(const NetworkSpec& spec, bool classifier, const Options& options);
    ~TrainingFrame();
    TrainingFrame(const TrainingFrame&) = delete;
    TrainingFrame& operator=(const TrainingFrame&) = delete;

    /// Fixes the chart's axes to the whole run (epochs 1..last, losses 0..largest), so they
    /// stay still while the curves grow; without it the chart rescales every frame.
    void setRun(const std::vector<HistoryEntry>& fullHistory);

    /// Gives the data the run trained on, for the data view (Options::data); without it the
    /// frame has no data view.
    void setData(std::shared_ptr<const Dataset> data);

    /// Draws the frame of report: the graph at full flash, the chart of the entries of history
    /// up to report.epoch and the caption. Frames render fastest in increasing epoch order.
    QImage render(const EpochReport& report, const std::vector<HistoryEntry>& history);

    /// Returns the caption of a report, e.g. "epoch 120 · loss 0.0312 · accuracy 97.5 %".
    static QString caption(const EpochReport& report);

private:
    void updateChart(int epoch, const std::vector<HistoryEntry>& history);

    Options options_;
    bool classifier_;
    NetworkPainter painter_;
    std::unique_ptr<LossChartWidget> chart_;
    std::unique_ptr<DataViewFrame> data_;  // when Options::data and setData gave data
    NetworkSpec spec_;
    int chartEpoch_ = 0;          // last epoch the chart holds
    int runEpochs_ = 0;           // from setRun: the x axis's end; 0 = follow the data
    double runLossMax_ = 0;       // from setRun: the loss axis's top
};

}  // namespace bp
