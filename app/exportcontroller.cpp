#include "exportcontroller.h"

#include "architectureexport.h"
#include "confusionmatrixwidget.h"
#include "dataviewframe.h"
#include "exportoptionsdialog.h"
#include "gifoptionsdialog.h"
#include "gifsavejob.h"
#include "historycsv.h"
#include "inputerror.h"
#include "losschartwidget.h"
#include "networkgraphwidget.h"
#include "outofmemory.h"
#include "studioactions.h"
#include "studioviews.h"
#include "trainingthread.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>

namespace bp {

using State = TrainingWorker::State;

namespace {
bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

QString suffixOf(const QString& path) { return QFileInfo(path).suffix().toLower(); }

// Returns what exportTo returns, or false with a message naming path when memory runs out on the way.
template <typename Export>
bool ranInMemory(Export&& exportTo, const QString& path, QString* error)
{
    try {
        return exportTo();
    } catch (const std::exception& e) {
        if (!isOutOfMemory(e))
            throw;
        return fail(error, QObject::tr("%1: there is not enough memory to export this").arg(path));
    }
}
}  // namespace

ExportController::ExportController(QMainWindow* window, StudioViews* views, StudioActions* actions,
                                   TrainingThread* host)
    : QObject(window), window_(window), views_(views), actions_(actions), host_(host)
{
    TrainingWorker* w = host->worker();
    connect(w, &TrainingWorker::loaded, this,
            [this](int, int, bool classification, const bp::NetworkSpec& fitted, const bp::Dataset& data) {
                data_ = std::make_shared<const bp::Dataset>(data);
                onLoaded(classification, fitted);
            });
    connect(w, &TrainingWorker::snapshot, this, &ExportController::onSnapshot);
    connect(w, &TrainingWorker::stateChanged, this, &ExportController::onState);
    connect(w, &TrainingWorker::recorded, this, &ExportController::onRecorded);
    connect(actions->exportArchitecture, &QAction::triggered, this, &ExportController::chooseArchitecture);
    connect(actions->exportLoss, &QAction::triggered, this, &ExportController::chooseLoss);
    connect(actions->exportConfusion, &QAction::triggered, this, &ExportController::chooseConfusion);
    connect(actions->saveGif, &QAction::triggered, this, &ExportController::chooseGif);
    actions->saveGif->setEnabled(false);
}

ExportController::~ExportController() = default;

void ExportController::beforeTrain(int epochs, int every)
{
    epochs_ = epochs;
    every_ = recorder_ ? recorder_->every() : every > 0 ? every : bp::GifRecorder::automaticEvery(epochs);
    host_->invoke([w = host_->worker(), n = every_] { w->setRecordEvery(n); });
}

const std::vector<bp::HistoryEntry>& ExportController::history() const { return views_->history().entries(); }

bool ExportController::exportArchitectureTo(const QString& path, qreal scale,
                                            bp::NetworkPainter::Background background, QString* error)
{
    const QString suffix = suffixOf(path);
    const bp::NetworkPainter& painter = views_->graph->painter();
    if (suffix == QLatin1String("svg"))
        return bp::exportArchitectureSvg(painter, path, bp::architectureExportSize, background, error);
    if (suffix == QLatin1String("png"))
        return bp::exportArchitecturePng(painter, path, bp::architectureExportSize, scale, background, error);
    return fail(error, tr("%1: the architecture can be exported as .png or .svg only").arg(path));
}

bool ExportController::exportLossTo(const QString& path, QString* error)
{
    const QString suffix = suffixOf(path);
    if (suffix == QLatin1String("csv")) {
        try {
            bp::saveHistoryCsv(history(), path.toStdString());
        } catch (const bp::InputError& e) {
            return fail(error, QString::fromStdString(e.what()));
        }
        return true;
    }
    if (suffix != QLatin1String("png"))
        return fail(error, tr("%1: the loss chart can be exported as .png or .csv only").arg(path));
    return views_->chart->savePng(path, history(), error);
}

bool ExportController::exportConfusionTo(const QString& path, QString* error)
{
    if (suffixOf(path) != QLatin1String("png"))
        return fail(error, tr("%1: the confusion matrix can be exported as .png only").arg(path));
    if (!classifier_)
        return fail(error, tr("%1: the confusion matrix is for classifiers; this network predicts values").arg(path));
    return views_->confusion->savePng(path, error);
}

bp::GifRecorder::Options ExportController::gifOptions() const
{
    bp::GifRecorder::Options o;
    o.every = recordedEvery();
    o.frame.size = QSize(gifWidth, gifHeight);
    o.frame.chart = true;
    o.frame.data = true;
    o.frame.mode = views_->graph->painter().mode();
    return o;
}

std::shared_ptr<bp::GifRecorder> ExportController::recording(const bp::GifRecorder::Options& options) const
{
    auto gif = std::make_shared<bp::GifRecorder>(
        recorder_ ? recorder_->resampled(options) : bp::GifRecorder(spec_, classifier_, epochs_, options));
    if (data_)
        gif->setPanel([spec = spec_, data = data_] { return std::make_unique<bp::DataViewFrame>(spec, data); });
    if (!lastReport_.layers.empty())
        gif->recordFinal(lastReport_);  // the newest epoch, where a pause fell between recorded ones
    return gif;
}

bool ExportController::startGifSave(const QString& path, const bp::GifRecorder::Options& options, QString* error,
                                    QProgressDialog* dialog)
{
    if (lastEpoch_ <= 0)
        return fail(error, tr("%1: there is no training to show yet; train the network first").arg(path));
    if (saving_)
        return fail(error, tr("%1: another GIF is being saved; wait for it to finish").arg(path));
    saving_ = true;  // reports arriving meanwhile are not recorded
    auto* job = new GifSaveJob(recording(options), history(), path, this);
    connect(job, &GifSaveJob::finished, this, [this, job](bool ok, const QString& message) {
        saving_ = false;
        job->deleteLater();
        emit gifSaved(job->path(), ok, message);
    });
    job->start(dialog);
    return true;
}

bool ExportController::startGifSave(const QString& path, QString* error, QProgressDialog* dialog)
{
    return startGifSave(path, gifOptions(), error, dialog);
}

void ExportController::onLoaded(bool classification, const bp::NetworkSpec& fitted)
{
    spec_ = fitted;
    classifier_ = classification;
    recorder_.reset();
    run_ = 0;
    lastEpoch_ = 0;
    lastReport_ = {};
    actions_->saveGif->setEnabled(false);
    actions_->exportConfusion->setEnabled(classification);
}

void ExportController::onSnapshot(const Snapshot& s)
{
    if (s.report.run != run_) {  // a new run (a reset): its GIF starts over
        run_ = s.report.run;
        recorder_.reset();
    }
    lastEpoch_ = s.report.epoch;
    lastReport_ = s.report;
    actions_->saveGif->setEnabled(state_ != State::Training && lastEpoch_ > 0);
}

void ExportController::onState(TrainingWorker::State state)
{
    state_ = state;
    actions_->saveGif->setEnabled(state != State::Training && lastEpoch_ > 0);
}

void ExportController::onRecorded(const bp::EpochReport& report)
{
    if (saving_ || every_ <= 0 || report.run != run_)  // a report of a run left behind is not recorded
        return;
    if (!recorder_)
        recorder_ = std::make_shared<bp::GifRecorder>(spec_, classifier_, epochs_, gifOptions());
    recorder_->record(report);
    if (recorder_->every() != every_) {  // thinned: the worker need only send the new spacing
        every_ = recorder_->every();
        host_->invoke([w = host_->worker(), n = every_] { w->setRecordEvery(n); });
    }
}

QString ExportController::askPath(const QString& title, const QString& name, const QStringList& filters,
                                  QString* chosen)
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("exportFolder"), QDir::homePath()).toString();
    QString path = QFileDialog::getSaveFileName(window_, title, QDir(folder).filePath(name), filters.join(QStringLiteral(";;")), chosen);
    if (path.isEmpty())
        return {};
    // A name typed without a suffix gets the one of the chosen filter, e.g. "(*.svg)".
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("\\*\\.(\\w+)")).match(*chosen);
    if (QFileInfo(path).suffix().isEmpty() && m.hasMatch())
        path += QLatin1Char('.') + m.captured(1);
    settings.setValue(QStringLiteral("exportFolder"), QFileInfo(path).absolutePath());
    return path;
}

void ExportController::warn(const QString& title, const QString& message)
{
    QMessageBox::warning(window_, title, message);
}

void ExportController::chooseArchitecture()
{
    const QString title = tr("Export Architecture");
    QString filter;
    const QString path = askPath(title, QStringLiteral("network.png"),
                                 {tr("PNG image (*.png)"), tr("SVG drawing (*.svg)")}, &filter);
    if (path.isEmpty())
        return;
    ExportOptionsDialog options(suffixOf(path) != QLatin1String("svg"), window_);
    if (options.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!ranInMemory([&] { return exportArchitectureTo(path, options.scale(), options.background(), &error); }, path, &error))
        return warn(title, error);
    window_->statusBar()->showMessage(tr("Exported %1").arg(path), 4000);
    emit exported(path);
}

void ExportController::chooseLoss()
{
    askAndWrite(tr("Export Loss Chart"), QStringLiteral("loss.png"), {tr("PNG image (*.png)"), tr("CSV table (*.csv)")},
                [this](const QString& path, QString* error) { return exportLossTo(path, error); });
}

void ExportController::chooseConfusion()
{
    askAndWrite(tr("Export Confusion Matrix"), QStringLiteral("confusion.png"), {tr("PNG image (*.png)")},
                [this](const QString& path, QString* error) { return exportConfusionTo(path, error); });
}

void ExportController::askAndWrite(const QString& title, const QString& name, const QStringList& filters,
                                   const std::function<bool(const QString&, QString*)>& write)
{
    QString filter;
    const QString path = askPath(title, name, filters, &filter);
    QString error;
    if (path.isEmpty())
        return;
    if (!ranInMemory([&] { return write(path, &error); }, path, &error))
        return warn(title, error);
    window_->statusBar()->showMessage(tr("Exported %1").arg(path), 4000);
    emit exported(path);
}

void ExportController::chooseGif()
{
    const QString title = tr("Save Training GIF");
    std::vector<int> epochs = recorder_ ? recorder_->frameEpochs() : std::vector<int>{};
    if (epochs.empty() || epochs.back() < lastEpoch_)
        epochs.push_back(lastEpoch_);  // the newest epoch ends every GIF
    GifOptionsDialog options(gifOptions(), epochs, recordedEvery(), window_);
    if (options.exec() != QDialog::Accepted)
        return;
    QString filter;
    const QString path = askPath(title, QStringLiteral("training.gif"), {tr("GIF animation (*.gif)")}, &filter);
    if (path.isEmpty())
        return;
    // The dialog lives until the save reports; the window keeps painting meanwhile.
    auto* progress = new QProgressDialog(tr("Drawing frames…"), tr("Cancel"), 0, options.frameCount(), window_);
    progress->setWindowTitle(title);
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(0);
    const QMetaObject::Connection reported = connect(this, &ExportController::gifSaved, progress, [this, progress, title](const QString& saved, bool ok,
                                                                                 const QString& error) {
        const bool cancelled = progress->wasCanceled();
        progress->hide();
        progress->deleteLater();
        if (!ok && !cancelled)
            return warn(title, error);
        window_->statusBar()->showMessage(ok ? tr("Saved %1").arg(saved) : tr("GIF export cancelled"), 4000);
        if (ok)
            emit exported(saved);
    }, Qt::SingleShotConnection);
    QString error;
    if (!ranInMemory([&] { return startGifSave(path, options.options(), &error, progress); }, path, &error)) {
        disconnect(reported);  // a save already under way reports to its own dialog, not this one
        progress->deleteLater();
        warn(title, error);
    }
}

} // namespace bp
