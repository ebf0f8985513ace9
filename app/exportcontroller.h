#pragma once
// The studio's exports: the architecture as PNG or SVG, the loss chart as PNG or CSV, and an
// animated GIF of the training run. It keeps the run's full loss history and, while Record GIF
// is on, every Nth epoch's report. The *To methods write without asking, for tests and scripts;
// the actions ask for a file first and show any error in a message box.
#include "gifrecorder.h"
#include "networkpainter.h"
#include "trainingworker.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QMainWindow;
class QProgressDialog;
class StudioActions;
class StudioViews;
class TrainingThread;

class ExportController : public QObject {
    Q_OBJECT
public:
    static constexpr int gifWidth = 800, gifHeight = 450;    // GIF frames, pixels
    static constexpr int chartWidth = 1200, chartHeight = 700;  // loss chart PNG, pixels

    /// Listens to host's worker and gives the export actions of actions their behaviour; message
    /// boxes and progress dialogs are parented to window, which also shows status messages.
    ExportController(QMainWindow* window, StudioViews* views, StudioActions* actions, TrainingThread* host);
    ~ExportController() override;

    /// Call just before training starts or resumes, with the run's configured epoch count: when
    /// Record GIF is on, asks the worker for every Nth report (N = every, or max(1, epochs / 200)
    /// when every is 0), otherwise for none.
    void beforeTrain(int epochs, int every = 0);

    /// Returns the logical size architecture pictures get: the graph's size on screen.
    QSize architectureSize() const;

    /// Writes the graph as on screen to path (.svg: SVG, otherwise PNG of architectureSize() × scale);
    /// false with *error saying why.
    bool exportArchitectureTo(const QString& path, qreal scale, bp::NetworkPainter::Background background,
                              QString* error = nullptr);

    /// Writes the loss chart to path (.csv: the full history as CSV, otherwise a chartWidth ×
    /// chartHeight PNG); false with *error saying why.
    bool exportLossTo(const QString& path, QString* error = nullptr);

    /// Renders the recorded frames and encodes them to path, showing progress in dialog when given
    /// (its Cancel stops and leaves no file); false with *error saying why.
    bool saveGifTo(const QString& path, QString* error = nullptr, QProgressDialog* dialog = nullptr);

    /// Returns the full loss history of the run shown, one entry per epoch.
    const std::vector<bp::HistoryEntry>& history() const { return history_; }

    /// Returns the number of frames recorded so far (without the held copies of the last one).
    int recordedFrames() const { return recorder_ ? recorder_->frameCount() : 0; }

    /// Returns the number of frames a saved GIF holds now, the held copies of the last one included.
    int gifFrames() const { return recorder_ ? recorder_->gifFrameCount() : 0; }

signals:
    /// A file was written by an export.
    void exported(const QString& path);

private:
    void onLoaded(bool classification, const bp::NetworkSpec& fitted);
    void onSnapshot(const Snapshot& s);
    void onState(TrainingWorker::State state);
    void onRecorded(const bp::EpochReport& report);
    void chooseArchitecture();
    void chooseLoss();
    void chooseGif();
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
    int lastEpoch_ = 0;         // epoch of the newest snapshot
    bool saving_ = false;       // a GIF is being written: reports wait for the next run
    std::vector<bp::HistoryEntry> history_;
    std::shared_ptr<bp::GifRecorder> recorder_;  // shared with a GIF being encoded
};
