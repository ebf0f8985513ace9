// One loss history per run: the worker names every run in its snapshots (a load and a reset start
// one, training on continues it), and the chart and the exports show exactly the history of the
// run named last, seen as new by its id, never guessed from its epochs.
#include "studiofixture.h"
#include "historycsv.h"
#include "losschartwidget.h"

#include <QFile>
#include <QTemporaryDir>
#include <qcustomplot.h>

#include <set>

using namespace bp;
using namespace studiotest;

namespace {

using Epochs = std::vector<std::pair<double, double>>;

/// Epochs first..last of a loss that starts at start and falls.
std::vector<HistoryEntry> entries(int first, int last, double start)
{
    std::vector<HistoryEntry> h;
    for (int e = first; e <= last; ++e)
        h.push_back({e, Scalar(start / e), {}, {}, {}});
    return h;
}

/// The training loss as history holds it, (epoch, loss) per entry.
Epochs lossOf(const std::vector<HistoryEntry>& history)
{
    Epochs points;
    for (const HistoryEntry& e : history)
        points.emplace_back(e.epoch, e.trainLoss);
    return points;
}

/// The training loss curve as the chart draws it.
Epochs drawn(const LossChartWidget* chart)
{
    Epochs points;
    const QCPGraphDataContainer& data = *chart->plot()->graph(0)->data();
    for (auto it = data.constBegin(); it != data.constEnd(); ++it)
        points.emplace_back(it->key, it->value);
    return points;
}

/// The history the loss CSV export writes.
std::vector<HistoryEntry> exportedCsv(ExportController* exports)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("loss.csv"));
    QString error;
    if (!exports->exportLossTo(path, &error))
        qWarning("%s", qPrintable(error));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return bp::historyFromCsv(file.readAll().toStdString(), "loss.csv");
}

Snapshot snapshotOf(const QList<QVariant>& args) { return args.at(0).value<Snapshot>(); }

}  // namespace

class TestRunHistory : public QObject {
    Q_OBJECT
private slots:
    void theWorkerNamesEveryRun();
    void aNewRunIsSeenByItsIdNotByItsEpochs();
    void trainResetTrainShowsOnlyTheCurrentRun();
    void aLoadedTrainedProjectShowsItsHistoryAndTrainsOn();
};

void TestRunHistory::theWorkerNamesEveryRun()
{
    Studio s;
    ThreadSpy snaps(s.host.worker(), &TrainingWorker::snapshot);
    s.loadXor(3);
    s.trainToEnd(3);
    const std::uint64_t first = snapshotOf(snaps.first()).report.run;
    QVERIFY(first != 0);
    std::vector<HistoryEntry> sent;  // the entries of all snapshots, in order
    for (const QList<QVariant>& args : snaps) {
        const Snapshot snapshot = snapshotOf(args);
        QCOMPARE(snapshot.report.run, first);
        sent.insert(sent.end(), snapshot.newHistory.begin(), snapshot.newHistory.end());
    }
    QCOMPARE(int(sent.size()), 3);  // each entry sent once
    QVERIFY(sent == s.workerProject().history);

    // Training on past the end continues the run: the chart goes on from epoch 3.
    s.trainToEnd(6);
    QCOMPARE(snapshotOf(snaps.last()).report.run, first);
    QCOMPARE(s.views->history().run(), first);

    // A reset starts a new run, with nothing to show yet; so does a load, even of the same project.
    const int before = int(snaps.size());
    s.host.invoke([w = s.host.worker()] { w->reset(); });
    QTRY_VERIFY(snaps.size() > before);
    const Snapshot reset = snapshotOf(snaps.last());
    QCOMPARE(reset.report.epoch, 0);
    QVERIFY(reset.newHistory.empty());
    const bp::Project project = s.workerProject();
    s.loadXor(3);
    const std::set<std::uint64_t> runs{first, reset.report.run, snapshotOf(snaps.last()).report.run};
    QCOMPARE(int(runs.size()), 3);
    QVERIFY(project.history.empty());
}

void TestRunHistory::aNewRunIsSeenByItsIdNotByItsEpochs()
{
    QMainWindow window;
    auto* views = new StudioViews(&window);
    // Shows a snapshot of run at epoch that sends newHistory.
    auto show = [views](std::uint64_t run, int epoch, std::vector<HistoryEntry> newHistory) {
        Snapshot s;
        s.report.run = run;
        s.report.epoch = epoch;
        s.newHistory = std::move(newHistory);
        views->showSnapshot(s);
    };
    // Whether the views' history and the chart both hold exactly the loss of history.
    auto shows = [views](const std::vector<HistoryEntry>& history) {
        return lossOf(views->history().entries()) == lossOf(history) && drawn(views->chart) == lossOf(history);
    };
    show(7, 3, entries(1, 3, 0.9));
    show(7, 5, entries(4, 5, 0.9));  // the same run goes on
    QVERIFY(shows(entries(1, 5, 0.9)));

    // Another run whose epochs start again at 1, with no snapshot of epoch 0 between: the epochs
    // never went back below the last shown, yet only the new run's history is shown.
    show(8, 6, entries(1, 6, 0.4));
    QCOMPARE(views->history().run(), std::uint64_t(8));
    QVERIFY(shows(entries(1, 6, 0.4)));

    // A run that restarts at epoch 1 and shows epoch 1 again is new by its id too.
    show(9, 1, entries(1, 1, 0.2));
    QVERIFY(shows(entries(1, 1, 0.2)));

    // The same run again with nothing new (as after a change of the data view's pair) takes nothing away.
    show(9, 1, {});
    QVERIFY(shows(entries(1, 1, 0.2)));

    // A divergence rolls the run back: its snapshot's epoch drops the later entries from the chart,
    // and training on from there appends the epochs anew.
    show(10, 5, entries(1, 5, 0.9));
    show(10, 3, {});
    QVERIFY(shows(entries(1, 3, 0.9)));
    std::vector<HistoryEntry> retrained = entries(1, 3, 0.9), again = entries(4, 4, 0.1);
    retrained.insert(retrained.end(), again.begin(), again.end());
    show(10, 4, again);
    QVERIFY(shows(retrained));
}

void TestRunHistory::trainResetTrainShowsOnlyTheCurrentRun()
{
    Studio s;
    s.loadXor();
    s.trainToEnd();
    const std::uint64_t first = s.views->history().run();
    QVERIFY(s.views->history().entries() == s.workerProject().history);
    QCOMPARE(drawn(s.views->chart), lossOf(s.exports->history()));
    QVERIFY(exportedCsv(s.exports) == s.exports->history());

    s.host.invoke([w = s.host.worker()] { w->reset(); });
    QTRY_VERIFY(s.views->history().run() != first);
    QVERIFY(s.exports->history().empty());
    QVERIFY(drawn(s.views->chart).empty());

    // A shorter second run, stepped: the chart and the exports hold its five epochs only.
    s.host.invoke([w = s.host.worker()] {
        for (int i = 0; i < 5; ++i)
            w->step();
    });
    QTRY_COMPARE(int(s.exports->history().size()), 5);
    const bp::Project project = s.workerProject();
    QCOMPARE(int(project.history.size()), 5);
    QVERIFY(s.exports->history() == project.history);
    QCOMPARE(drawn(s.views->chart), lossOf(project.history));
    QVERIFY(exportedCsv(s.exports) == project.history);
}

void TestRunHistory::aLoadedTrainedProjectShowsItsHistoryAndTrainsOn()
{
    Studio s;
    s.loadXor();
    s.trainToEnd();
    const bp::Project trained = s.workerProject();
    QCOMPARE(int(trained.history.size()), runEpochs);
    s.loadXor(10);  // something else first, so the load must replace what is shown
    QVERIFY(s.exports->history().empty());

    s.host.invoke([w = s.host.worker(), trained] { w->load(trained); });
    QTRY_COMPARE(int(s.exports->history().size()), runEpochs);
    QVERIFY(s.exports->history() == trained.history);
    QCOMPARE(drawn(s.views->chart), lossOf(trained.history));
    QVERIFY(exportedCsv(s.exports) == trained.history);

    // Training on continues the loaded run: its saved epochs stay, the new ones follow.
    const std::uint64_t run = s.views->history().run();
    s.trainToEnd(2 * runEpochs);
    QCOMPARE(s.views->history().run(), run);
    const bp::Project after = s.workerProject();
    QVERIFY(s.exports->history() == after.history);
    QVERIFY(std::equal(trained.history.begin(), trained.history.end(), after.history.begin()));
    QCOMPARE(drawn(s.views->chart), lossOf(after.history));
}

QTEST_MAIN(TestRunHistory)
#include "test_runhistory.moc"
