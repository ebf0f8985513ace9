#pragma once
// The studio's main window: it wires the designer, the graph, the chart and the data view to the
// training worker, and handles files. It computes nothing itself.
#include "project.h"
#include "snapshot.h"
#include "trainingthread.h"

#include <QMainWindow>

#include <cstdint>

namespace bp {

class DesignerWidget;
class ExportController;
class ProjectController;
class StatusPanel;
class StudioActions;
class StudioViews;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Builds the window and loads the designer's default design (XOR) into the worker.
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a project file; false when it cannot be read (after telling the user why) or the
    /// user keeps the weights trained since the last save.
    bool openFile(const QString& path);

    /// Opens a shipped example by name; false when there is none (after telling the user) or the
    /// user keeps the weights trained since the last save.
    bool openExample(const QString& name);

    /// Starts or resumes training if the design is valid.
    void train();

    /// Pauses training within one batch.
    void pause();

    /// Saves the project with its current weights to path; emits saved(path) once written.
    void saveTo(const QString& path);

    /// Returns the epoch of the newest snapshot shown.
    int epoch() const { return epoch_; }

    /// Returns the worker's state as last reported.
    TrainingWorker::State state() const { return state_; }

signals:
    /// A snapshot has been shown: its epoch, and whether training has ended (finished or diverged).
    void snapshotShown(int epoch, bool ended);
    /// The worker entered state; the snapshot it holds has been shown before.
    void stateShown(TrainingWorker::State state);
    /// The project was written to path.
    void saved(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void wireActions();
    void wireWorker();
    void wireDesigner();
    void load(bp::Project project);
    void designChanged();
    bool confirmDiscard(const QString& why);
    void enableCommands();
    void newProject();
    void chooseAndOpen();
    void requestSave(const QString& path, bool thenClose);
    void onLoaded(int inputs, int outputs, bool classification, const bp::NetworkSpec& fitted, const bp::Dataset& data);
    void onSnapshot(const Snapshot& s);
    void onState(TrainingWorker::State state);
    void onFailed(const bp::InputError& error, const QString& message);
    void onProjectReady(const bp::Project& project);
    bool weightsUnsaved() const;  // trained since the last save or open: another epoch or another run
    void refreshTitle();

    TrainingThread host_;
    StudioViews* views_;
    DesignerWidget* designer_;  // views_->designer
    StudioActions* actions_;
    ProjectController* files_;
    StatusPanel* status_;
    ExportController* exports_;

    bp::Project loaded_;     // the design last sent to the worker (name, description, settings)
    TrainingWorker::State state_ = TrainingWorker::State::Idle;
    int epoch_ = 0;          // epoch of the newest snapshot
    int savedEpoch_ = 0;     // epoch of the weights last saved or opened
    std::uint64_t run_ = 0;       // run of the newest snapshot (EpochReport::run)
    std::uint64_t savedRun_ = 0;  // run of the weights last saved or opened; 0 until a snapshot names it
    bool settingUp_ = false; // the designer is being filled in by the window, not the user
    bool modified_ = false;  // the design or the learning rate changed since the last save or open
    bool loadFailed_ = false;  // the worker could not build the design last sent
    int loadsInFlight_ = 0;    // designs sent to the worker and not yet answered (loaded or failed)
    QString pendingSave_;    // where the next projectReady goes
    bool closeAfterSave_ = false;
};

} // namespace bp
