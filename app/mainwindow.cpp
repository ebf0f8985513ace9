#include "mainwindow.h"

#include "dataview.h"
#include "defaultproject.h"
#include "designerwidget.h"
#include "exportcontroller.h"
#include "losschartwidget.h"
#include "networkgraphwidget.h"
#include "projectcontroller.h"
#include "statuspanel.h"
#include "studioactions.h"
#include "studioviews.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDoubleSpinBox>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>

namespace bp {

using State = TrainingWorker::State;

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), views_(new StudioViews(this)), designer_(views_->designer),
      actions_(new StudioActions(this)), files_(new ProjectController(this, host_.worker())),
      status_(new StatusPanel(this, views_->banner)), exports_(new ExportController(this, views_, actions_, &host_))
{
    wireActions();
    wireWorker();
    wireDesigner();
    actions_->setRecentFiles(files_->recentFiles());

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1440, 900);
    restoreState(settings.value(QStringLiteral("windowState")).toByteArray());

    bp::Project first;
    first.data = designer_->dataSource();
    first.network = designer_->networkSpec();
    first.training = designer_->trainConfig();
    load(first);
}

MainWindow::~MainWindow() { disconnect(designer_, nullptr, this, nullptr); }  // a field left on the way out changes nothing

void MainWindow::wireActions()
{
    // A value typed into a spin box but not yet committed (Return, Tab) counts for these commands.
    for (QAction* command : {actions_->trainPause, actions_->step, actions_->save, actions_->saveAs})
        connect(command, &QAction::triggered, this, [] {
            if (auto* box = qobject_cast<QAbstractSpinBox*>(QApplication::focusWidget()))
                box->interpretText();
        });
    connect(actions_->trainPause, &QAction::triggered, this,
            [this] { state_ == State::Training ? pause() : train(); });
    connect(actions_->step, &QAction::triggered, this, [this] {
        if (!designer_->isValid())
            return;
        if (state_ == State::Training)
            pause();
        host_.invoke([w = host_.worker()] { w->step(); });
    });
    connect(actions_->reset, &QAction::triggered, this, [this] {
        if (weightsUnsaved() && !confirmDiscard(tr("Reset draws new weights.")))
            return;
        host_.pause();
        host_.invoke([w = host_.worker()] { w->reset(); });
    });
    connect(actions_->logScale, &QAction::toggled, views_->chart, &bp::LossChartWidget::setLogScale);
    connect(actions_, &StudioActions::speedChosen, this,
            [this](int speed) { host_.invoke([w = host_.worker(), speed] { w->setSpeed(speed); }); });
    host_.invoke([w = host_.worker(), speed = actions_->speed()] { w->setSpeed(speed); });
    connect(actions_, &StudioActions::modeChosen, views_->graph, &bp::NetworkGraphWidget::setMode);
    connect(views_->dataView, &bp::DataView::pairChosen, this,
            [this](int x, int y) { host_.invoke([w = host_.worker(), x, y] { w->setViewPair(x, y); }); });
    connect(actions_->newProject, &QAction::triggered, this, &MainWindow::newProject);
    connect(actions_->open, &QAction::triggered, this, &MainWindow::chooseAndOpen);
    connect(actions_, &StudioActions::recentChosen, this, &MainWindow::openFile);
    connect(actions_, &StudioActions::exampleChosen, this, &MainWindow::openExample);
    connect(actions_->save, &QAction::triggered, this, [this] { requestSave(files_->path(), false); });
    connect(actions_->saveAs, &QAction::triggered, this, [this] { requestSave({}, false); });
    connect(actions_->quit, &QAction::triggered, this, &QWidget::close);
    connect(files_, &ProjectController::recentFilesChanged, actions_, &StudioActions::setRecentFiles);
}

void MainWindow::wireWorker()
{
    TrainingWorker* w = host_.worker();
    connect(w, &TrainingWorker::loaded, this, &MainWindow::onLoaded);
    connect(w, &TrainingWorker::snapshot, this, &MainWindow::onSnapshot);
    connect(w, &TrainingWorker::stateChanged, this, &MainWindow::onState);
    connect(w, &TrainingWorker::failed, this, &MainWindow::onFailed);
    connect(w, &TrainingWorker::outputFitted, this, [this](bp::Activation f, bp::Loss loss) {
        // Only the newest design's fit: an older one would undo an edit made since (the worker
        // answers loads in order, and a fit comes just before its load's answer).
        if (loadsInFlight_ == 1)
            designer_->showOutput(f, loss);
    });
    connect(w, &TrainingWorker::projectReady, this, &MainWindow::onProjectReady);
}

void MainWindow::wireDesigner()
{
    connect(designer_, &DesignerWidget::dataSourceChanged, this, [this] {
        // A reason the data could not be read holds until other data is chosen (choosing the
        // same again sends the worker nothing, so no new verdict would come).
        if (!(designer_->dataSource() == loaded_.data))
            designer_->setDatasetError({});
        designChanged();
    });
    connect(designer_, &DesignerWidget::architectureChanged, this, &MainWindow::designChanged);
    connect(designer_, &DesignerWidget::trainingChanged, this, &MainWindow::designChanged);
    connect(designer_, &DesignerWidget::learningRateChanged, this, [this](double eta) {
        loaded_.training.optimizer.learningRate = bp::Scalar(eta);
        host_.invoke([w = host_.worker(), eta] { w->setLearningRate(eta); });
        modified_ = true;
        refreshTitle();
    });
    connect(designer_, &DesignerWidget::validityChanged, this, &MainWindow::enableCommands);
}

bool MainWindow::openFile(const QString& path)
{
    if (weightsUnsaved() && !confirmDiscard(tr("Opening a project replaces the network.")))
        return false;
    std::optional<bp::Project> project = files_->open(path);
    if (project)
        load(std::move(*project));
    return project.has_value();
}

bool MainWindow::openExample(const QString& name)
{
    if (weightsUnsaved() && !confirmDiscard(tr("Opening an example replaces the network.")))
        return false;
    std::optional<bp::Project> project = files_->openExample(name);
    if (project)
        load(std::move(*project));
    return project.has_value();
}

void MainWindow::train()
{
    if (!designer_->isValid())
        return;
    exports_->beforeTrain(loaded_.training.epochs);
    host_.invoke([w = host_.worker()] { w->train(); });
}

void MainWindow::pause() { host_.pause(); }

void MainWindow::saveTo(const QString& path) { requestSave(path, false); }

void MainWindow::load(bp::Project project)
{
    settingUp_ = true;
    designer_->setState(project.data, project.network, project.training);
    designer_->setDatasetError({});
    settingUp_ = false;
    savedEpoch_ = int(project.history.size());
    savedRun_ = 0;  // the loaded network's run is named by its first snapshot
    epoch_ = savedEpoch_;
    status_->setBanner({});
    loaded_ = project;
    modified_ = false;
    loadFailed_ = false;
    host_.pause();
    ++loadsInFlight_;
    host_.invoke([w = host_.worker(), project = std::move(project)] { w->load(project); });
    enableCommands();
    refreshTitle();
    views_->graph->setFocus();  // Space trains at once: no field of the designer holds the keys
}

void MainWindow::designChanged()
{
    if (settingUp_)
        return;
    bp::Project next = loaded_;
    next.data = designer_->dataSource();
    next.network = designer_->networkSpec();
    next.training = designer_->trainConfig();
    next.weights.clear();
    next.biases.clear();
    next.history.clear();
    bp::Project before = loaded_;
    before.weights.clear();
    before.biases.clear();
    before.history.clear();
    bp::Project sameEpochs = next;
    sameEpochs.training.epochs = before.training.epochs;
    if (next != before && sameEpochs == before && !loadFailed_) {
        // Only the epoch count: the run trains on to it, or ends below it; the weights stay.
        loaded_.training.epochs = next.training.epochs;
        host_.invoke([w = host_.worker(), epochs = next.training.epochs] { w->setEpochs(epochs); });
        modified_ = true;
        refreshTitle();
        return;
    }
    if ((next == before && !loadFailed_) || !designer_->isValid())
        return;  // nothing the worker needs to rebuild (a failed build is tried again), or nothing it could
    if (!confirmDiscard(tr("This change needs a new network."))) {
        settingUp_ = true;
        designer_->setState(loaded_.data, loaded_.network, loaded_.training);
        settingUp_ = false;
        return;
    }
    // New data may ask another kind of question: the worker then picks the output and loss for it.
    const bool dataChanged = !(next.data == loaded_.data);
    loaded_ = next;
    epoch_ = savedEpoch_ = 0;
    savedRun_ = 0;
    modified_ = true;
    loadFailed_ = false;
    host_.pause();
    ++loadsInFlight_;
    host_.invoke([w = host_.worker(), next, dataChanged] { w->load(next, dataChanged); });
    refreshTitle();
}

bool MainWindow::confirmDiscard(const QString& why)
{
    if (epoch_ == 0)
        return true;
    return QMessageBox::question(this, tr("Discard trained weights?"),
                                 tr("%1 Discard the weights trained for %2 epochs?").arg(why).arg(epoch_),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
           == QMessageBox::Discard;
}

void MainWindow::newProject()
{
    if (weightsUnsaved() && !confirmDiscard(tr("A new design replaces the network.")))
        return;
    files_->clearPath();
    load(bp::defaultProject());
}

void MainWindow::chooseAndOpen()
{
    const QString path = files_->askOpenPath();
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::requestSave(const QString& path, bool thenClose)
{
    const QString target = path.isEmpty() ? files_->askSavePath() : path;
    if (target.isEmpty())
        return;
    pendingSave_ = target;
    closeAfterSave_ = thenClose;
    host_.invoke([w = host_.worker()] { w->requestProject(); });
}

void MainWindow::onProjectReady(const bp::Project& project)
{
    const QString path = std::exchange(pendingSave_, {});
    if (path.isEmpty() || !files_->save(project, path))
        return;
    savedEpoch_ = int(project.history.size());
    savedRun_ = run_;
    modified_ = false;
    refreshTitle();
    statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
    emit saved(path);
    if (std::exchange(closeAfterSave_, false))
        close();
}

void MainWindow::onLoaded(int inputs, int outputs, bool classification, const bp::NetworkSpec& fitted,
                          const bp::Dataset& data)
{
    loadsInFlight_ = std::max(0, loadsInFlight_ - 1);
    designer_->setBuildError({});  // a failure of an earlier design, answered late, no longer applies
    loadFailed_ = false;
    designer_->setDatasetShape(inputs, outputs, classification);
    // What the form shows from now on, with the widths the data decided, is what a change is compared to.
    loaded_.data = designer_->dataSource();
    loaded_.network = designer_->networkSpec();
    loaded_.training = designer_->trainConfig();
    views_->showLoaded(classification, fitted, data);
    // The view starts on the data's best pair; a pair picked while this load was on its way was
    // applied after it by the worker, so the view's choice is sent again to keep the two agreed.
    const bp::FeaturePair pair = views_->dataView->pair();
    host_.invoke([w = host_.worker(), pair] { w->setViewPair(pair.x, pair.y); });
    status_->setBanner({});  // what it said was about the design before
    enableCommands();
}

void MainWindow::onSnapshot(const Snapshot& s)
{
    views_->showSnapshot(s);
    epoch_ = s.report.epoch;
    run_ = s.report.run;
    if (savedRun_ == 0)
        savedRun_ = run_;
    status_->show(s);
    refreshTitle();
    emit snapshotShown(s.report.epoch, s.finished || s.diverged);
}

void MainWindow::onState(TrainingWorker::State state)
{
    state_ = state;
    actions_->setTraining(state == State::Training);
    enableCommands();
    views_->graph->setTraining(state == State::Training);
    if (state == State::Training)
        status_->setBanner({});
    if (state == State::Finished)  // the worker sent the finished epoch's snapshot before this
        statusBar()->showMessage(tr("Training finished after %1 epochs").arg(epoch_), 5000);
    emit stateShown(state);
}

void MainWindow::onFailed(const bp::InputError& error, const QString& message)
{
    loadsInFlight_ = std::max(0, loadsInFlight_ - 1);
    // The session could not be built: data problems belong under the Data section of the form.
    if (bp::Session::dataAtFault(error))
        designer_->setDatasetError(message);
    else
        designer_->setBuildError(message, error.field.starts_with("training"));  // invalid while it cannot be built
    status_->setBanner(message);
    views_->graph->setNetwork(designer_->networkSpec());
    loadFailed_ = true;
    enableCommands();
    epoch_ = savedEpoch_ = 0;  // the worker holds no network now
    savedRun_ = 0;
}

void MainWindow::enableCommands()
{
    // Step follows Train's rules: neither trains a design the form shows as invalid, nor a network
    // the worker could not build; a running training may always be paused.
    const bool ready = !loadFailed_ && designer_->isValid();
    actions_->trainPause->setEnabled(ready || state_ == State::Training);
    actions_->step->setEnabled(ready);
}

bool MainWindow::weightsUnsaved() const
{
    // A reset and a new run to the same epoch as the saved one are still new weights.
    return epoch_ != savedEpoch_ || (savedRun_ != 0 && run_ != savedRun_);
}

void MainWindow::refreshTitle()
{
    const QString name = files_->path().isEmpty() ? QString::fromStdString(loaded_.name) : files_->path();
    const bool changed = weightsUnsaved() || modified_;
    setWindowTitle(tr("%1%2 — Backprop Studio").arg(name, changed ? QStringLiteral(" *") : QString()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // A value still being typed into a spin box is dropped, not acted on when a question takes the focus.
    if (auto* box = qobject_cast<QSpinBox*>(QApplication::focusWidget()))
        box->setValue(box->value());
    else if (auto* box = qobject_cast<QDoubleSpinBox*>(QApplication::focusWidget()))
        box->setValue(box->value());
    if (epoch_ > 0 && weightsUnsaved()) {
        const auto answer = QMessageBox::question(
            this, tr("Save trained weights?"),
            tr("The network has trained for %1 epochs since it was last saved. Save it?").arg(epoch_),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
        if (answer == QMessageBox::Save) {
            event->ignore();
            requestSave(files_->path(), true);
            return;
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("windowState"), saveState());
    host_.pause();
    event->accept();
}

} // namespace bp
