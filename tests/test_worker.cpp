// The training worker on its own thread: snapshots arrive with rising epochs, pause holds,
// reset brings back the seeded weights, and destroying the owner joins the thread at once.
#include "builtindata.h"
#include "network.h"
#include "projectfile.h"
#include "trainingthread.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

bp::Project xorProject(int epochs)
{
    bp::Project p = bp::ProjectFile::fromJson(*bp::presetText(QStringLiteral("xor")), "xor");
    p.training.epochs = epochs;
    return p;
}

int lastEpoch(const QSignalSpy& spy)
{
    return spy.isEmpty() ? -1 : spy.last().at(0).value<Snapshot>().report.epoch;
}

}  // namespace

class TestWorker : public QObject {
    Q_OBJECT
private slots:
    void snapshotsShowRisingEpochs()
    {
        TrainingThread host;
        QSignalSpy snaps(host.worker(), &TrainingWorker::snapshot);
        QSignalSpy loaded(host.worker(), &TrainingWorker::loaded);
        const bp::Project p = xorProject(1000000);
        host.invoke([w = host.worker(), p] { w->load(p); });
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(loaded.first().at(0).toInt(), 2);  // inputs
        QCOMPARE(loaded.first().at(1).toInt(), 1);  // outputs
        host.invoke([w = host.worker()] { w->train(); });
        QTRY_VERIFY_WITH_TIMEOUT(snaps.count() >= 6, 5000);
        int previous = -1;
        for (const QList<QVariant>& args : snaps) {
            const int epoch = args.at(0).value<Snapshot>().report.epoch;
            QVERIFY2(epoch >= previous, "epochs never go back while training");
            previous = epoch;
        }
        QVERIFY(previous > 10);
        // XOR has two features: every snapshot carries a decision map.
        QCOMPARE(snaps.last().at(0).value<Snapshot>().grid.resolution, 64);
        host.pause();
    }

    void pauseHoldsTheEpoch()
    {
        TrainingThread host;
        QSignalSpy snaps(host.worker(), &TrainingWorker::snapshot);
        QSignalSpy states(host.worker(), &TrainingWorker::stateChanged);
        const bp::Project p = xorProject(100000000);
        host.invoke([w = host.worker(), p] { w->load(p); w->train(); });
        QTRY_VERIFY_WITH_TIMEOUT(lastEpoch(snaps) > 100, 5000);
        host.pause();
        QTRY_VERIFY(!states.isEmpty() && states.last().at(0).value<TrainingWorker::State>()
                                             == TrainingWorker::State::Paused);
        // The state change comes just before pause()'s final snapshot; a later queued call
        // answers only once pause() has finished, so its answer means the final snapshot is in.
        QSignalSpy ready(host.worker(), &TrainingWorker::projectReady);
        host.invoke([w = host.worker()] { w->requestProject(); });
        QTRY_COMPARE(ready.count(), 1);
        const int paused = lastEpoch(snaps);
        // The paused snapshot is final: the project shows the same epoch count, and it holds.
        QCOMPARE(int(ready.first().at(0).value<bp::Project>().history.size()), paused);
        QTest::qWait(200);
        QCOMPARE(lastEpoch(snaps), paused);
    }

    void resetRestoresSeededWeights()
    {
        TrainingThread host;
        QSignalSpy snaps(host.worker(), &TrainingWorker::snapshot);
        bp::Project p = xorProject(300);
        host.invoke([w = host.worker(), p] { w->load(p); w->train(); });
        QTRY_VERIFY_WITH_TIMEOUT(snaps.count() > 0 && snaps.last().at(0).value<Snapshot>().finished, 10000);
        const Snapshot trained = snaps.last().at(0).value<Snapshot>();
        QCOMPARE(trained.report.epoch, 300);

        bp::Network fresh(p.network);  // xor: 2 → 4 → 1, widths already match the data
        fresh.initialise(p.training.seed);
        QVERIFY(trained.report.layers[0].W != fresh.layers[0].W);

        host.invoke([w = host.worker()] { w->reset(); });
        QTRY_VERIFY(snaps.last().at(0).value<Snapshot>().report.epoch == 0);
        const Snapshot reset = snaps.last().at(0).value<Snapshot>();
        QCOMPARE(reset.report.layers.size(), fresh.layers.size());
        for (std::size_t i = 0; i < fresh.layers.size(); ++i) {
            QVERIFY(reset.report.layers[i].W == fresh.layers[i].W);
            QVERIFY(reset.report.layers[i].b == fresh.layers[i].b);
        }
    }

    void speedBelongsToTheCurrentRun()
    {
        TrainingThread host;
        QSignalSpy snaps(host.worker(), &TrainingWorker::snapshot);
        const bp::Project p = xorProject(100000000);
        host.invoke([w = host.worker(), p] { w->load(p); w->train(); });
        QTRY_VERIFY_WITH_TIMEOUT(snaps.count() > 0 && snaps.last().at(0).value<Snapshot>().epochsPerSecond > 0, 5000);
        host.pause();
        // Loading again starts a new run: its first snapshot has measured nothing yet.
        host.invoke([w = host.worker(), p] { w->load(p); });
        QTRY_VERIFY(snaps.last().at(0).value<Snapshot>().report.epoch == 0);
        QCOMPARE(snaps.last().at(0).value<Snapshot>().epochsPerSecond, 0.0);
        host.invoke([w = host.worker()] { w->train(); });
        QTRY_VERIFY_WITH_TIMEOUT(snaps.last().at(0).value<Snapshot>().epochsPerSecond > 0, 5000);
        host.pause();
        host.invoke([w = host.worker()] { w->reset(); });
        QTRY_VERIFY(snaps.last().at(0).value<Snapshot>().report.epoch == 0);
        QCOMPARE(snaps.last().at(0).value<Snapshot>().epochsPerSecond, 0.0);
    }

    void irisMapsThePetalPairAndThePickedOne()
    {
        TrainingThread host;
        QSignalSpy snaps(host.worker(), &TrainingWorker::snapshot);
        const bp::Project p = bp::ProjectFile::fromJson(*bp::presetText(QStringLiteral("iris")), "iris");
        host.invoke([w = host.worker(), p] { w->load(p); });
        QTRY_COMPARE(snaps.count(), 1);
        const Snapshot first = snaps.last().at(0).value<Snapshot>();
        QCOMPARE(first.grid.resolution, 64);
        QCOMPARE(first.grid.pair, (bp::FeaturePair{2, 3}));  // petal length and width separate best
        QCOMPARE(first.predicted.size(), std::size_t(150));
        QVERIFY(first.curve.empty());
        host.invoke([w = host.worker()] { w->setViewPair(1, 0); });
        QTRY_COMPARE(snaps.count(), 2);
        QCOMPARE(snaps.last().at(0).value<Snapshot>().grid.pair, (bp::FeaturePair{1, 0}));
    }

    void sineSnapshotsCarryThePredictionCurve()
    {
        TrainingThread host;
        QSignalSpy snaps(host.worker(), &TrainingWorker::snapshot);
        bp::Project p = xorProject(50);
        p.data.name = "sine";
        p.data.samples = 100;
        host.invoke([w = host.worker(), p] { w->load(p); w->train(); });
        QTRY_VERIFY_WITH_TIMEOUT(snaps.count() > 0 && snaps.last().at(0).value<Snapshot>().finished, 10000);
        const Snapshot last = snaps.last().at(0).value<Snapshot>();
        QCOMPARE(last.curve.count(), bp::Index(200));
        QVERIFY(last.grid.empty());
        QVERIFY(last.predicted.empty());  // regression: no classes to get wrong
        QVERIFY(last.curve.xMin < -1 && last.curve.xMax > 1);
    }

    void destroyingTheOwnerJoinsQuickly()
    {
        auto host = std::make_unique<TrainingThread>();
        QSignalSpy snaps(host->worker(), &TrainingWorker::snapshot);
        const bp::Project p = xorProject(100000000);
        host->invoke([w = host->worker(), p] { w->load(p); w->train(); });
        QTRY_VERIFY_WITH_TIMEOUT(lastEpoch(snaps) > 50, 5000);
        QElapsedTimer clock;
        clock.start();
        host.reset();
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QStringLiteral("joined in %1 ms").arg(clock.elapsed())));
    }

    void badDataFailsWithTheMessage()
    {
        TrainingThread host;
        QSignalSpy failed(host.worker(), &TrainingWorker::failed);
        bp::Project p = xorProject(10);
        p.data.kind = bp::DataSource::Kind::Csv;
        p.data.path = "/nonexistent/data.csv";
        host.invoke([w = host.worker(), p] { w->load(p); });
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("/nonexistent/data.csv")));
    }
};

QTEST_MAIN(TestWorker)
#include "test_worker.moc"
