#pragma once
// One frame of a training animation: a caption, the network graph flashing the epoch's ΔW and,
// optionally, the loss chart so far with a marker at the epoch and a panel (the studio's data view
// of the epoch's network). Drawn with QPainter alone: the thread that renders needs no widgets.
#include "epochreport.h"
#include "framepanel.h"
#include "graphmode.h"
#include "losschartpainter.h"
#include "networkpainter.h"
#include "networkspec.h"

#include <QImage>
#include <QSize>

#include <memory>
#include <vector>

namespace bp {

class TrainingFrame {
public:
    struct Options {
        QSize size{960, 540};             // pixels of every frame
        bool chart = false;               // the loss chart beside the graph
        bool data = false;                // the panel beside the graph (needs setPanel)
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

    /// Gives the panel drawn under the chart (Options::data: the data view); without it the
    /// frame has no panel.
    void setPanel(std::unique_ptr<FramePanel> panel);

    /// Draws the frame of report: the graph at full flash, the chart of the entries of history
    /// up to report.epoch and the caption.
    QImage render(const EpochReport& report, const std::vector<HistoryEntry>& history);

    /// Returns the caption of a report, e.g. "epoch 120 · loss 0.0312 · accuracy 97.5 %".
    static QString caption(const EpochReport& report);

private:
    Options options_;
    bool classifier_;
    NetworkPainter painter_;
    LossChartPainter chart_;
    std::unique_ptr<FramePanel> panel_;  // when Options::data and setPanel gave one
};

}  // namespace bp
