#pragma once
// Records a training run for an animated GIF: it keeps every Nth epoch's report while training
// runs, then renders the frames (TrainingFrame) and encodes them (GifEncoder). The same seed gives
// the same reports, so the same GIF, byte for byte.
//
// Memory is bounded: at most Options::maxFrames reports are kept (each holds W and ΔW, about
// 2 × 4 bytes per parameter, so 240 frames of the 321-parameter deep preset take about 0.6 MB and
// of a 20,000-parameter network about 40 MB). When a run needs more, every other frame is dropped
// and every() doubles, so a run of any length ends with between maxFrames / 2 and maxFrames frames
// spread evenly over it, plus its last epoch.
#include "epochreport.h"
#include "networkspec.h"
#include "trainingframe.h"

#include <memory>

#include <QImage>
#include <QList>
#include <QString>

#include <functional>
#include <vector>

namespace bp {

class GifRecorder {
public:
    /// Called with (done, total) after each frame; returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    struct Options {
        int every = 0;                 // epochs between frames; 0 = automatic (see automaticEvery)
        double fps = 15;               // frames per second when played
        double holdSeconds = 1.5;      // how long the last frame stays before the loop restarts
        int maxFrames = 240;           // reports kept at most; more thin the recording (see above)
        TrainingFrame::Options frame;  // size, chart, data panel, graph mode
    };

    /// Returns the automatic frame spacing for a run of the given length: max(1, epochs / 200),
    /// which gives one frame per epoch for runs under 400 epochs and 200 to 400 frames for longer
    /// ones, before Options::maxFrames thins them.
    static int automaticEvery(int epochs);

    /// Prepares to record a run of totalEpochs epochs of spec's network.
    GifRecorder(const NetworkSpec& spec, bool classifier, int totalEpochs, const Options& options);

    /// Returns the epochs between frames in effect (the automatic value resolved).
    int every() const { return every_; }

    /// Keeps report when its epoch is a multiple of every(), or it ends the run (the last epoch,
    /// divergence); returns true when kept. Reports must come in increasing epoch order. Keeping
    /// one more than Options::maxFrames drops every other frame and doubles every().
    bool record(const EpochReport& report);

    /// Keeps report as the last frame whatever its epoch, for a run that stopped early (the user
    /// interrupted it); returns false when a frame for that epoch or a later one is already kept.
    bool recordFinal(const EpochReport& report);

    /// Returns the number of frames recorded, without the held copies of the last one.
    int frameCount() const { return int(reports_.size()); }

    /// Returns the epochs of the recorded frames, in order.
    std::vector<int> frameEpochs() const;

    /// Returns the options in effect.
    const Options& options() const { return options_; }

    /// Returns a copy that draws with options (size, chart, data view, fps, hold) and keeps of
    /// these frames those at least options.every epochs apart, counted from the first, and the
    /// last; options.every below every() keeps them all.
    GifRecorder resampled(const Options& options) const;

    /// Returns the indices of epochs (increasing) a resampling keeps: the first, each next one at
    /// least every epochs after the last kept, and the last.
    static std::vector<std::size_t> spacedFrames(const std::vector<int>& epochs, int every);

    /// Gives the maker of the panel under the chart (the studio's data view), for frames with
    /// one (frame.data).
    void setPanel(FramePanel::Maker makePanel) { makePanel_ = std::move(makePanel); }

    /// Returns the number of frames the GIF will hold: the recorded ones plus the held copies.
    int gifFrameCount() const;

    /// Renders every GIF frame (on the thread the panel needs), with history the run's loss
    /// history; returns an empty list when progress cancels.
    QList<QImage> renderFrames(const std::vector<HistoryEntry>& history, const Progress& progress = {}) const;

    /// Renders and encodes frame by frame to path (memory for one frame at a time; on the
    /// thread the panel needs).
    /// Returns false with *error naming the path on failure or cancel, leaving no file.
    bool save(const QString& path, const std::vector<HistoryEntry>& history, const Progress& progress = {},
              QString* error = nullptr) const;

    /// Encodes rendered frames to path on any thread; false (and no file) on failure or cancel.
    bool encode(const QList<QImage>& frames, const QString& path, const Progress& progress = {},
                QString* error = nullptr) const;

private:
    int holdCount() const;
    void thin(bool keepNewest);

    NetworkSpec spec_;
    bool classifier_;
    int totalEpochs_;
    Options options_;
    int every_;
    std::vector<EpochReport> reports_;  // the frames' epochs, in order
    FramePanel::Maker makePanel_;  // for the panel (data view), when frames show it
};

}  // namespace bp
