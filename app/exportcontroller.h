#pragma once
// The studio's exports: the architecture as PNG or SVG, the loss chart as PNG or CSV, the
// confusion matrix as PNG, and an
// animated GIF of the training run. It writes the loss history the views keep (StudioViews::history),
// and records every run for the GIF: every Nth epoch's report, at most GifRecorder::Options::maxFrames
// of them (longer runs are thinned, see GifRecorder), and the newest epoch; a new run (by its id)
// starts a new recording. The *To methods write without asking, and startGifSave starts a GIF that
// is saved beside the event loop (GifSaveJob), for tests and scripts; the actions ask for options
// and a file first and show any error in a message box.
#include "gifrecorder.h"
#include "networkpainter.h"
#include "trainingworker.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QMainWindow;
class QProgressDialog;

namespace bp {

class StudioActions;
class StudioViews;
class TrainingThread;

class ExportController : public QObject {
    Q_OBJECT
public:
    static constexpr int gifWidth = 800, gifHeight = 450;    // GIF frames, pixels

    /// Listens to host's worker and gives the export actions of actions their behaviour; message
    /// boxes and progress dialogs are parented to window, which also shows status messages.
    ExportController(QMainWindow* window, StudioViews* views, StudioActions* actions, TrainingThread* host);
    ~ExportController() override;

    /// Call just before training starts or resumes, with the run's configured epoch count: asks
    /// the worker for every Nth report (N = every, or max(1, epochs / 200) when every is 0; a run
    /// already recorded keeps its spacing).
    void beforeTrain(int epochs, int every = 0);

    /// Writes the graph as on screen to path (.svg: SVG of bp::architectureExportSize, 1280 × 720,
    /// as the CLI writes it; .png: that size × scale); false with *error saying why.
    bool exportArchitectureTo(const QString& path, qreal scale, bp::NetworkPainter::Background background,
                              QString* error = nullptr);

    /// Writes the loss chart to path (.csv: the full history as CSV, otherwise a PNG of
    /// charttheme::exportSize, as the CLI writes it); false with *error saying why.
    bool exportLossTo(const QString& path, QString* error = nullptr);

    /// Writes the confusion matrix shown (training or validation) to path as a PNG of
    /// ConfusionMatrixPainter::exportSize; false with *error saying why.
    bool exportConfusionTo(const QString& path, QString* error = nullptr);

    /// Returns the GIF options the save dialog starts from: 800 × 450, 15 frames/s, every recorded
    /// frame, with the loss chart and the data view.
    bp::GifRecorder::Options gifOptions() const;

    /// Starts saving the run's GIF to path with options (size, fps, spacing, chart, data view), the
    /// newest epoch last, showing progress in dialog when given (its Cancel stops and leaves no
    /// file); returns at once, and gifSaved tells the outcome. False with *error when it cannot
    /// start (nothing trained yet, a save under way).
    bool startGifSave(const QString& path, const bp::GifRecorder::Options& options, QString* error = nullptr,
                      QProgressDialog* dialog = nullptr);

    /// As above with gifOptions().
    bool startGifSave(const QString& path, QString* error = nullptr, QProgressDialog* dialog = nullptr);

    /// Returns the full loss history of the run shown, one entry per epoch: the views' history.
    const std::vector<bp::HistoryEntry>& history() const;

    /// Returns the number of frames recorded so far (without the held copies of the last one).
    int recordedFrames() const { return recorder_ ? recorder_->frameCount() : 0; }

    /// Returns the epochs between recorded frames: the worker's spacing, doubled by thinning.
    int recordedEvery() const { return recorder_ ? recorder_->every() : every_; }

signals:
    /// A file was written by an export.
    void exported(const QString& path);

    /// A GIF save from startGifSave ended: ok, or error naming the file and the cause (or "cancelled").
    void gifSaved(const QString& path, bool ok, const QString& error);

private:
    void onLoaded(bool classification, const bp::NetworkSpec& fitted);
    void onSnapshot(const Snapshot& s);
    void onState(TrainingWorker::State state);
    void onRecorded(const bp::EpochReport& report);
    std::shared_ptr<bp::GifRecorder> recording(const bp::GifRecorder::Options& options) const;
    void chooseArchitecture();
    void chooseLoss();
    void chooseConfusion();
    void chooseGif();
    void askAndWrite(const QString& title, const QString& name, const QStringList& filters,
                     const std::function<bool(const QString&, QString*)>& write);
    QString askPath(const QString& title, const QString& name, const QStringList& filters, QString* chosen);
    void warn(const QString& title, const QString& message);

    QMainWindow* window_;
    StudioViews* views_;
    StudioActions* actions_;
    TrainingThread* host_;
    bp::NetworkSpec spec_;      // the network loaded, widths fitted to the data
    bool classifier_ = false;
    int epochs_ = 0;            // the run's configured epoch count, from beforeTrain
    int every_ = 0;             // epochs between recorded reports; 0 = not recording
    std::uint64_t run_ = 0;     // the run of the newest snapshot, which the recording belongs to
    int lastEpoch_ = 0;         // epoch of the newest snapshot
    TrainingWorker::State state_ = TrainingWorker::State::Idle;
    bp::EpochReport lastReport_;  // the newest snapshot's report: a GIF's last frame
    std::shared_ptr<const bp::Dataset> data_;  // the data loaded, for the GIF's data view
    bool saving_ = false;       // a GIF is being written: reports wait for the next run, a second save is refused
    std::shared_ptr<bp::GifRecorder> recorder_;  // the run's recording; a save gets a resampled copy
};

} // namespace bp
