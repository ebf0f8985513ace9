// The trainer really learns (XOR, gaussian blobs, mini-batches) and stops and resumes exactly.
#include "coretestdata.h"
#include "metrics.h"
#include "trainer.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace bp;
using namespace coretest;

namespace {

const Dataset noValidation;

// Trains a fresh 2-4-1 sigmoid net on XOR (sse, SGD η = 0.5, full batch) until its MSE is below
// 0.01 or 10000 epochs have passed; returns the epochs it took, or 0 if it never got there.
int xorEpochs(std::uint64_t seed)
{
    const Dataset xorSet = xorData();
    Network net(NetworkSpec{2, {{4, Activation::Sigmoid}, {1, Activation::Sigmoid}}});
    net.initialise(seed);
    TrainConfig config;
    config.loss = Loss::SumSquares;
    config.optimizer.kind = OptimizerKind::SGD;
    config.optimizer.learningRate = 0.5f;
    config.epochs = 10000;
    config.batchSize = 0;
    config.seed = seed;
    Trainer trainer(net, xorSet, noValidation, config);
    while (meanSquaredError(net, xorSet) >= 0.01) {
        if (trainer.run(50) == Trainer::Outcome::Finished)
            return meanSquaredError(net, xorSet) < 0.01 ? trainer.epoch() : 0;
    }
    return trainer.epoch();
}

Network blobNet(std::uint64_t seed)
{
    Network net(NetworkSpec{2, {{8, Activation::Tanh}, {3, Activation::Softmax}}});
    net.initialise(seed);
    return net;
}

TrainConfig blobConfig(OptimizerKind kind, Scalar eta, int epochs, int batch)
{
    TrainConfig c;
    c.loss = Loss::CategoricalCrossEntropy;
    c.optimizer.kind = kind;
    c.optimizer.learningRate = eta;
    c.epochs = epochs;
    c.batchSize = batch;
    c.shuffle = true;
    c.seed = 11;
    return c;
}

}  // namespace

class TestLearning : public QObject {
    Q_OBJECT
private slots:
    void xorLearns()
    {
        const int epochs = xorEpochs(3);
        qInfo("XOR seed 3: MSE < 0.01 after %d epochs", epochs);
        QVERIFY(epochs > 0 && epochs <= 10000);
        int successes = 0;
        QString log;
        for (std::uint64_t seed = 1; seed <= 5; ++seed) {
            const int e = xorEpochs(seed);
            successes += e > 0;
            log += QString(" %1:%2").arg(seed).arg(e);
        }
        qInfo("XOR epochs by seed (0 = not learned):%s", qPrintable(log));
        QVERIFY2(successes >= 4, qPrintable(QString("only %1 of seeds 1..5 learned XOR").arg(successes)));
    }

    void blobsClassified()
    {
        const Dataset data = blobs(60, 5);
        Network net = blobNet(2);
        QVERIFY(accuracy(net.predict(data.X), data.Y) < 0.9f);  // not solved before training
        Trainer trainer(net, data, noValidation, blobConfig(OptimizerKind::SGD, 0.5f, 300, 0));
        std::optional<Scalar> reported;
        trainer.setObserver([&](const EpochReport& r) { reported = r.accuracy; }, 300);
        QCOMPARE(trainer.run(), Trainer::Outcome::Finished);
        const Scalar acc = accuracy(net.predict(data.X), data.Y);
        QVERIFY2(acc >= 0.95f, qPrintable(QString("accuracy %1").arg(acc)));
        QVERIFY(reported.has_value());
        QCOMPARE(*reported, acc);
        // A held-out draw of the same blobs is classified as well.
        const Dataset fresh = blobs(60, 99);
        QVERIFY(accuracy(net.predict(fresh.X), fresh.Y) >= 0.95f);
    }

    void miniBatchesWithShufflingLearn()
    {
        const Dataset data = blobs(60, 6);
        Network net = blobNet(4);
        Trainer trainer(net, data, noValidation, blobConfig(OptimizerKind::Momentum, 0.05f, 40, 16));
        std::vector<Scalar> losses;
        trainer.setObserver([&](const EpochReport& r) { losses.push_back(r.trainLoss); });
        QCOMPARE(trainer.run(), Trainer::Outcome::Finished);
        QCOMPARE(int(losses.size()), 40);
        QVERIFY(losses.back() < 0.25f * losses.front());
        QVERIFY(accuracy(net.predict(data.X), data.Y) >= 0.95f);
    }

    void stopAndResumeAtEpochBoundaries()
    {
        // 150 samples in batches of 8: 19 batches an epoch, the last one short; Adam carries state.
        const Dataset data = blobs(50, 7);
        const TrainConfig config = blobConfig(OptimizerKind::Adam, 0.01f, 100, 8);
        Network ref = blobNet(3);
        std::vector<std::vector<Matrix>> atEpoch{weightsOf(ref)};  // atEpoch[e]: after e epochs
        Trainer refTrainer(ref, data, noValidation, config);
        refTrainer.setObserver([&](const EpochReport&) { atEpoch.push_back(weightsOf(ref)); });
        QCOMPARE(refTrainer.run(), Trainer::Outcome::Finished);
        QCOMPARE(int(atEpoch.size()), 101);

        // Split by maxEpochs.
        Network split = blobNet(3);
        Trainer splitTrainer(split, data, noValidation, config);
        QCOMPARE(splitTrainer.run(37), Trainer::Outcome::Stopped);
        QCOMPARE(splitTrainer.epoch(), 37);
        QVERIFY(identical(weightsOf(split), atEpoch[37]));
        QCOMPARE(splitTrainer.run(40), Trainer::Outcome::Stopped);
        QCOMPARE(splitTrainer.run(), Trainer::Outcome::Finished);
        QVERIFY(identical(weightsOf(split), atEpoch[100]));

        // A stop flag raised by the observer takes effect before the next batch.
        Network flagged = blobNet(3);
        Trainer flagTrainer(flagged, data, noValidation, config);
        std::atomic<bool> stop = false;
        flagTrainer.setObserver([&](const EpochReport& r) { stop = stop || r.epoch == 40; });
        QCOMPARE(flagTrainer.run(INT_MAX, &stop), Trainer::Outcome::Stopped);
        QCOMPARE(flagTrainer.epoch(), 40);
        QVERIFY(identical(weightsOf(flagged), atEpoch[40]));  // not one batch of epoch 41
        QCOMPARE(flagTrainer.run(INT_MAX, &stop), Trainer::Outcome::Stopped);  // still raised: no step
        QVERIFY(identical(weightsOf(flagged), atEpoch[40]));
        stop = false;
        flagTrainer.setObserver(nullptr);
        QCOMPARE(flagTrainer.run(INT_MAX, &stop), Trainer::Outcome::Finished);
        QVERIFY(identical(weightsOf(flagged), atEpoch[100]));
    }

    void stopAndResumeMidEpoch()
    {
        // 3000 samples in batches of 4 (750 batches an epoch): a flag raised from another thread
        // after a few milliseconds lands inside an epoch. Wherever it lands, resuming must give
        // the very weights of an uninterrupted run.
        const Dataset data = blobs(1000, 8);
        const TrainConfig config = blobConfig(OptimizerKind::Adam, 0.001f, 30, 4);
        Network ref = blobNet(5);
        std::vector<std::vector<Matrix>> atEpoch{weightsOf(ref)};
        Trainer refTrainer(ref, data, noValidation, config);
        refTrainer.setObserver([&](const EpochReport&) { atEpoch.push_back(weightsOf(ref)); });
        QCOMPARE(refTrainer.run(), Trainer::Outcome::Finished);

        Network net = blobNet(5);
        Trainer trainer(net, data, noValidation, config);
        std::atomic<bool> stop = false;
        int stops = 0, midEpochStops = 0;
        for (int delayMs = 3; !trainer.finished(); delayMs += 4) {
            std::thread raiser([&] {
                std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
                stop = true;
            });
            const Trainer::Outcome outcome = trainer.run(INT_MAX, &stop);
            raiser.join();
            stop = false;
            if (outcome != Trainer::Outcome::Stopped)
                continue;
            ++stops;
            // Mid-epoch, the weights match no epoch boundary of the reference run.
            const auto now = weightsOf(net);
            if (!identical(now, atEpoch[std::size_t(trainer.epoch())]) && !identical(now, atEpoch[0]))
                ++midEpochStops;
        }
        qInfo("%d stops, %d of them mid-epoch", stops, midEpochStops);
        QVERIFY(midEpochStops >= 1);
        QCOMPARE(trainer.epoch(), 30);
        QVERIFY(identical(weightsOf(net), atEpoch[30]));
    }
};

QTEST_APPLESS_MAIN(TestLearning)
#include "test_learning.moc"
