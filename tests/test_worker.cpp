// The training worker on its own thread: snapshots arrive with rising epochs, pause holds,
// reset brings back the seeded weights, the speed caps the pace, a finished run trains on, and
// destroying the owner joins the thread at once.
#include "builtindata.h"
#include "network.h"
#include "projectfile.h"
#include "session.h"
#include "trainingthread.h"
#include "studiosettings.h"

#include <QElapsedTimer>
#include "threadspy.h"

#include <QTest>

#include <memory>

using namespace bp;

namespace {

bp::Project xorProject(int epochs)
{
    bp::Project p = bp::ProjectFile::fromJson(*bp::presetText(QStringLiteral("xor")), "xor");
    p.training.epochs = epochs;
    return p;
}

int lastEpoch(const QList<QList<QVariant>>& spy)
{
    return spy.isEmpty() ? -1 : spy.last().at(0).value<Snapshot>().report.epoch;
}

bool lastStateIs(const QList<QList<QVariant>>& states, TrainingWorker::State state)
{
    return !states.isEmpty() && states.last().at(0).value<TrainingWorker::State>() == state;
}

// The project the worker holds now: asked for after whatever was invoked before.
bp::Project currentProject(TrainingThread& host)
{
    ThreadSpy ready(host.worker(), &TrainingWorker::projectReady);
    host.invoke([w = host.worker()] { w->requestProject(); });
    // Not ready.wait(): the answer may come from the worker's thread before it starts waiting.
    QElapsedTimer clock;
    clock.start();
    while (ready.isEmpty() && clock.elapsed() < 5000)
        QTest::qWait(5);
    return ready.isEmpty() ? bp::Project{} : ready.first().at(0).value<bp::Project>();
}

// XOR trained for 3 epochs by host's worker, as a saved project holds it.
bp::Project currentTrainedXor(TrainingThread& host)
{
    const bp::Project p = xorProject(3);
    host.invoke([w = host.worker(), p] { w->load(p); w->step(); w->step(); w->step(); });
    return currentProject(host);
}

}  // namespace

class TestWorker : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { studiotest::useTestSettings(); }

    void snapshotsShowRisingEpochs()
    {
        TrainingThread host;
        ThreadSpy snaps(host.worker(), &TrainingWorker::snapshot);
        ThreadSpy loaded(host.worker(), &TrainingWorker::loaded);
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
        ThreadSpy snaps(host.worker(), &TrainingWorker::snapshot);
        ThreadSpy states(host.worker(), &TrainingWorker::stateChanged);
        const bp::Project p = xorProject(100000000);
        host.invoke([w = host.worker(), p] { w->load(p); w->train(); });
        QTRY_VERIFY_WITH_TIMEOUT(lastEpoch(snaps) > 100, 5000);
        host.pause();
        QTRY_VERIFY(!states.isEmpty() && states.last().at(0).value<TrainingWorker::State>()
                                             == TrainingWorker::State::Paused);
        // The state change comes just before pause()'s final snapshot; a later queued call
        // answers only once pause() has finished, so its answer means the final snapshot is in.
        ThreadSpy ready(host.worker(), &TrainingWorker::projectReady);
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
        ThreadSpy snaps(host.worker(), &TrainingWorker::snapshot);
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
        ThreadSpy snaps(host.worker(), &TrainingWorker::snapshot);
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
        ThreadSpy snaps(host.worker(), &TrainingWorker::snapshot);
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
        ThreadSpy snaps(host.worker(), &TrainingWorker::snapshot);
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
        ThreadSpy snaps(host->worker(), &TrainingWorker::snapshot);
        const bp::Project p = xorProject(100000000);
        host->invoke([w = host->worker(), p] { w->load(p); w->train(); });
        QTRY_VERIFY_WITH_TIMEOUT(lastEpoch(snaps) > 50, 5000);
        QElapsedTimer clock;
        clock.start();
        host.reset();
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QStringLiteral("joined in %1 ms").arg(clock.elapsed())));
    }

    void speedCapsThePace_data()
    {
        QTest::addColumn<int>("speed");
        QTest::addColumn<int>("epochs");
        QTest::addColumn<int>("cap");  // epochs per second
        QTest::newRow("30 epochs/s") << 30 << 100000000 << 30;
        QTest::newRow("watchable, 540 epochs: 30/s, 18 s") << int(TrainingPace::watchable) << 540 << 30;
        QTest::newRow("watchable, 90 epochs: the floor") << int(TrainingPace::watchable) << 90 << 20;
        QTest::newRow("watchable, 10^8 epochs: the ceiling") << int(TrainingPace::watchable) << 100000000 << 60;
    }

    void speedCapsThePace()
    {
        QFETCH(int, speed);
        QFETCH(int, epochs);
        QFETCH(int, cap);
        QCOMPARE(TrainingPace::cap(speed, epochs), cap);
        TrainingThread host;
        ThreadSpy states(host.worker(), &TrainingWorker::stateChanged);
        const bp::Project p = xorProject(epochs);
        QElapsedTimer clock;
        clock.start();  // before the worker's pace clock starts, so the bound below is generous
        host.invoke([w = host.worker(), p, speed] { w->load(p); w->setSpeed(speed); w->train(); });
        QTest::qWait(1000);
        host.pause();
        QTRY_VERIFY(lastStateIs(states, TrainingWorker::State::Paused));
        const double seconds = double(clock.elapsed()) / 1000.0;
        const int trained = int(currentProject(host).history.size());
        // XOR unpaced trains thousands of epochs a second; paced, about cap of them.
        QVERIFY2(trained <= cap * seconds + 1 && trained >= cap / 2,
                 qPrintable(QStringLiteral("%1 epochs in %2 s at a cap of %3/s").arg(trained).arg(seconds).arg(cap)));
    }

    void finishedRunTrainsOnKeepingItsWeights()
    {
        TrainingThread host;
        ThreadSpy snaps(host.worker(), &TrainingWorker::snapshot);
        ThreadSpy states(host.worker(), &TrainingWorker::stateChanged);
        const bp::Project p = xorProject(200);
        host.invoke([w = host.worker(), p] { w->load(p); w->train(); });
        QTRY_VERIFY_WITH_TIMEOUT(lastStateIs(states, TrainingWorker::State::Finished), 10000);
        QTRY_COMPARE(lastEpoch(snaps), 200);

        // Train after the end: another run's length, from the weights it ended with.
        states.clear();
        host.invoke([w = host.worker()] { w->train(); });
        QTRY_VERIFY_WITH_TIMEOUT(lastStateIs(states, TrainingWorker::State::Finished), 10000);
        QTRY_COMPARE(lastEpoch(snaps), 400);
        bp::Project twice = currentProject(host);
        QCOMPARE(int(twice.history.size()), 400);
        QCOMPARE(twice.training.epochs, 200);  // still a run's length: Train goes on by as much

        // Exactly what one uninterrupted run of 400 epochs ends with.
        bp::Session straight(xorProject(400), bp::builtinReader());
        QCOMPARE(straight.trainer().run(), bp::Trainer::Outcome::Finished);
        const bp::Project once = straight.project();
        QVERIFY(twice.weights == once.weights);
        QVERIFY(twice.biases == once.biases);

        // A raised epoch count trains on to it, without a new network.
        states.clear();
        host.invoke([w = host.worker()] { w->setEpochs(500); });
        QTRY_VERIFY(lastStateIs(states, TrainingWorker::State::Paused));
        QTRY_VERIFY(!snaps.last().at(0).value<Snapshot>().finished);
        host.invoke([w = host.worker()] { w->train(); });
        QTRY_VERIFY_WITH_TIMEOUT(lastStateIs(states, TrainingWorker::State::Finished), 10000);
        QTRY_COMPARE(lastEpoch(snaps), 500);

        // Lowered below the epochs trained: the run counts as finished and nothing is discarded.
        const bp::Project at500 = currentProject(host);
        states.clear();
        host.invoke([w = host.worker()] { w->setEpochs(300); });
        const bp::Project after = currentProject(host);
        QVERIFY(states.isEmpty());  // it was finished and stays so
        QCOMPARE(int(after.history.size()), 500);
        QVERIFY(after.weights == at500.weights);
        QCOMPARE(after.training.epochs, 300);
        QCOMPARE(lastEpoch(snaps), 500);
    }

    void loweringBelowTheEpochsTrainedFinishesTheRun()
    {
        TrainingThread host;
        ThreadSpy snaps(host.worker(), &TrainingWorker::snapshot);
        ThreadSpy states(host.worker(), &TrainingWorker::stateChanged);
        const bp::Project p = xorProject(100);
        host.invoke([w = host.worker(), p] { w->load(p); w->step(); w->step(); w->step(); });
        QTRY_COMPARE(lastEpoch(snaps), 3);
        QVERIFY(lastStateIs(states, TrainingWorker::State::Paused));
        host.invoke([w = host.worker()] { w->setEpochs(2); });
        QTRY_VERIFY(lastStateIs(states, TrainingWorker::State::Finished));
        QTRY_VERIFY(snaps.last().at(0).value<Snapshot>().finished);
        QCOMPARE(lastEpoch(snaps), 3);
        // Train then goes on by a run of the new length.
        host.invoke([w = host.worker()] { w->train(); });
        QTRY_COMPARE(lastEpoch(snaps), 5);
        QTRY_VERIFY(lastStateIs(states, TrainingWorker::State::Finished));
    }

    void stepAfterTheEndTrainsOneMoreEpoch()
    {
        TrainingThread host;
        ThreadSpy snaps(host.worker(), &TrainingWorker::snapshot);
        ThreadSpy states(host.worker(), &TrainingWorker::stateChanged);
        const bp::Project p = xorProject(2);
        host.invoke([w = host.worker(), p] { w->load(p); w->step(); w->step(); });
        QTRY_VERIFY(lastStateIs(states, TrainingWorker::State::Finished));
        QCOMPARE(lastEpoch(snaps), 2);
        // Step, like Train, goes on from the end: one epoch into the next run's stretch.
        host.invoke([w = host.worker()] { w->step(); });
        QTRY_COMPARE(lastEpoch(snaps), 3);
        QTRY_VERIFY(lastStateIs(states, TrainingWorker::State::Paused));
    }

    void badDataFailsWithTheErrorAndTheMessage()
    {
        TrainingThread host;
        ThreadSpy failed(host.worker(), &TrainingWorker::failed);
        bp::Project p = xorProject(10);
        p.data.kind = bp::DataSource::Kind::Csv;
        p.data.path = "/nonexistent/data.csv";
        host.invoke([w = host.worker(), p] { w->load(p); });
        QTRY_COMPARE(failed.count(), 1);
        const auto error = failed.first().at(0).value<bp::InputError>();
        QCOMPARE(error.file, p.data.path);  // the fields themselves, not only their text
        QVERIFY(error.field.empty());
        QVERIFY(bp::Session::dataAtFault(error));
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("/nonexistent/data.csv")));
    }

    void aTrainedNetworkThatMisfitsItsDataBlamesTheNetwork()
    {
        TrainingThread host;
        ThreadSpy failed(host.worker(), &TrainingWorker::failed);
        bp::Project p = currentTrainedXor(host);
        p.data.kind = bp::DataSource::Kind::Builtin;
        p.data.name = "iris";  // 4 features and 3 classes, where the weights take 2 inputs to 1 output
        host.invoke([w = host.worker(), p] { w->load(p); });
        QTRY_COMPARE(failed.count(), 1);
        const auto error = failed.first().at(0).value<bp::InputError>();
        QCOMPARE(error.field, std::string("network"));
        QVERIFY(!bp::Session::dataAtFault(error));
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("4 features")));
    }
};

QTEST_MAIN(TestWorker)
#include "test_worker.moc"
