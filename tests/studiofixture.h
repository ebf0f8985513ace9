#pragma once
// A studio without its main window, for the export tests: the views, the actions, a worker on its
// thread and the export controller, with the XOR preset loaded and trained to its end.
#include "threadspy.h"
#include "builtindata.h"
#include "exportcontroller.h"
#include "projectfile.h"
#include "studioactions.h"
#include "studioviews.h"
#include "trainingthread.h"

#include <QMainWindow>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace studiotest {

using namespace bp;

constexpr int runEpochs = 40;
constexpr int every = 4;
constexpr int holdFrames = 23;  // GifRecorder's defaults: round(1.5 s × 15 fps)

// A window with the studio's views and actions, a worker on its thread and the controller; the
// views are shown what the worker sends, as the main window shows them.
struct Studio {
    TrainingThread host;  // declared first: outlives the window and the controller
    QMainWindow window;
    StudioViews* views = new StudioViews(&window);
    StudioActions* actions = new StudioActions(&window);
    ExportController* exports = new ExportController(&window, views, actions, &host);
    bp::NetworkSpec spec;  // as loaded, widths fitted to the data
    bp::Dataset data;      // as loaded

    Studio()
    {
        QObject::connect(host.worker(), &TrainingWorker::loaded, views,
                         [this](int, int, bool classification, const bp::NetworkSpec& fitted, const bp::Dataset& d) {
                             views->showLoaded(classification, fitted, d);
                         });
        QObject::connect(host.worker(), &TrainingWorker::snapshot, views, &StudioViews::showSnapshot);
    }

    /// Loads the XOR preset for runEpochs epochs and waits for its first snapshot.
    void loadXor(int epochs = runEpochs)
    {
        bp::Project p = bp::ProjectFile::fromJson(*bp::presetText(QStringLiteral("xor")), "xor");
        p.training.epochs = epochs;
        ThreadSpy loaded(host.worker(), &TrainingWorker::loaded);
        ThreadSpy snaps(host.worker(), &TrainingWorker::snapshot);
        host.invoke([w = host.worker(), p] { w->load(p); });
        QTRY_VERIFY(!snaps.isEmpty());
        const QList<QVariant> args = loaded.first();
        spec = args.at(3).value<bp::NetworkSpec>();
        data = args.at(4).value<bp::Dataset>();
    }

    /// Returns the project the worker holds now, weights and history as trained so far.
    bp::Project workerProject()
    {
        ThreadSpy ready(host.worker(), &TrainingWorker::projectReady);
        host.invoke([w = host.worker()] { w->requestProject(); });
        if (!QTest::qWaitFor([&ready] { return !ready.isEmpty(); }, 5000))
            return {};  // the caller's comparison then fails
        return ready.first().at(0).value<bp::Project>();
    }

    /// Trains the loaded run of epochs epochs to its end, the worker reporting every nth epoch.
    void trainToEnd(int epochs = runEpochs, int n = every)
    {
        ThreadSpy states(host.worker(), &TrainingWorker::stateChanged);
        exports->beforeTrain(epochs, n);
        host.invoke([w = host.worker()] { w->train(); });
        QTRY_VERIFY_WITH_TIMEOUT(!states.isEmpty() && states.last().at(0).value<TrainingWorker::State>()
                                                          == TrainingWorker::State::Finished, 20000);
        QTRY_COMPARE(int(exports->history().size()), epochs);
    }

    /// Saves the run's GIF to path (with options, or the controller's) and waits for the outcome
    /// while the event loop runs; false with *error naming the file and the cause.
    bool saveGif(const QString& path, QString* error, QProgressDialog* dialog = nullptr,
                 const std::optional<GifRecorder::Options>& options = std::nullopt)
    {
        QSignalSpy saved(exports, &ExportController::gifSaved);
        if (!exports->startGifSave(path, options ? *options : exports->gifOptions(), error, dialog))
            return false;
        if (!saved.wait(60000))
            qFatal("the GIF save did not report");
        *error = saved.first().at(2).toString();
        return saved.first().at(1).toBool();
    }
};

}  // namespace studiotest
