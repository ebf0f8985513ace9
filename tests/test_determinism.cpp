// Seeds fix everything: initial weights, shuffling, trained weights; reports tell the truth about ΔW.
#include "coretestdata.h"
#include "trainer.h"

#include <QTest>

using namespace bp;
using namespace coretest;

namespace {

const Dataset noValidation;
const NetworkSpec spec{2, {{6, Activation::Tanh}, {5, Activation::ReLU}, {3, Activation::Softmax}}, Init::He};

// Trains a fresh network (weights from initSeed) on blobs with Adam, shuffled batches of 10.
std::vector<Matrix> trained(std::uint64_t initSeed, std::uint64_t shuffleSeed, bool shuffle = true)
{
    static const Dataset data = blobs(40, 21);
    Network net(spec);
    net.initialise(initSeed);
    TrainConfig c;
    c.loss = Loss::CategoricalCrossEntropy;
    c.optimizer.kind = OptimizerKind::Adam;
    c.optimizer.learningRate = 0.01f;
    c.epochs = 15;
    c.batchSize = 10;
    c.shuffle = shuffle;
    c.seed = shuffleSeed;
    Trainer trainer(net, data, noValidation, c);
    if (trainer.run() != Trainer::Outcome::Finished)
        qFatal("training did not finish");
    return weightsOf(net);
}

}  // namespace

class TestDeterminism : public QObject {
    Q_OBJECT
private slots:
    void initialWeightsFollowTheSeed()
    {
        Network a(spec), b(spec), c(spec);
        a.initialise(42);
        b.initialise(42);
        c.initialise(43);
        QVERIFY(identical(weightsOf(a), weightsOf(b)));
        for (std::size_t i = 0; i < a.layers.size(); ++i) {
            QVERIFY(a.layers[i].W != c.layers[i].W);  // every layer differs, not just the first
            QVERIFY(a.layers[i].W.cwiseAbs().minCoeff() > 0.0f);
            QVERIFY(a.layers[i].b.isZero(0.0f));
            // He uniform: |w| < √(6/in), and the draws spread over most of that range.
            const Scalar limit = std::sqrt(6.0f / Scalar(a.layers[i].inputs()));
            QVERIFY(a.layers[i].W.cwiseAbs().maxCoeff() < limit);
            QVERIFY(a.layers[i].W.cwiseAbs().maxCoeff() > 0.3f * limit);
        }
        a.initialise(42);  // re-initialising draws the same weights again
        QVERIFY(identical(weightsOf(a), weightsOf(b)));
    }

    void trainedWeightsFollowTheSeed()
    {
        const auto first = trained(7, 1);
        QVERIFY(identical(first, trained(7, 1)));
        QVERIFY(!identical(first, trained(8, 1)));  // other initial weights
        QVERIFY(!identical(first, trained(7, 2)));  // other batch order
        QVERIFY(!identical(first, trained(7, 1, false)));  // shuffling really reorders
        QVERIFY(identical(trained(7, 1, false), trained(7, 2, false)));  // without it the seed is unused
    }

    void reportedDeltaIsTheEpochsChange()
    {
        // Full-batch SGD takes one step an epoch, so ΔW = −η·∂L/∂W at the epoch's starting weights,
        // which a copy of the network computes here independently of the trainer.
        const Dataset data = blobs(30, 22);
        Network net(spec);
        net.initialise(5);
        TrainConfig c;
        c.loss = Loss::CategoricalCrossEntropy;
        c.optimizer.kind = OptimizerKind::SGD;
        c.optimizer.learningRate = 0.2f;
        c.epochs = 6;
        Trainer trainer(net, data, noValidation, c);
        Network before = net;
        int reports = 0;
        trainer.setObserver([&](const EpochReport& r) {
            ++reports;
            before.forward(data.X);
            before.backward(data.X, data.Y, c.loss);
            QCOMPARE(int(r.layers.size()), 3);
            for (std::size_t i = 0; i < r.layers.size(); ++i) {
                const LayerChange& ch = r.layers[i];
                const DenseLayer& now = net.layers[i];
                const DenseLayer& was = before.layers[i];
                QCOMPARE(ch.W, now.W);
                QCOMPARE(ch.b, now.b);
                const Matrix dW = now.W - was.W;
                const Vector db = now.b - was.b;
                QCOMPARE(ch.dW, dW);  // bit for bit
                QCOMPARE(ch.db, db);
                // Rounding: W and W − η·g are floats near 1, so ΔW carries ~1e-7 absolute error.
                const Matrix wantW = -c.optimizer.learningRate * was.dW;
                const Vector wantB = -c.optimizer.learningRate * was.db;
                QVERIFY((ch.dW - wantW).cwiseAbs().maxCoeff() <= 1e-6f + 1e-4f * wantW.cwiseAbs().maxCoeff());
                QVERIFY((ch.db - wantB).cwiseAbs().maxCoeff() <= 1e-6f + 1e-4f * wantB.cwiseAbs().maxCoeff());
                QVERIFY(wantW.cwiseAbs().maxCoeff() > 1e-4f);  // the epoch did move this layer
                QVERIFY(std::abs(ch.gradNorm - was.dW.norm()) <= 1e-5f * was.dW.norm());
            }
            before = net;
        });
        QCOMPARE(trainer.run(), Trainer::Outcome::Finished);
        QCOMPARE(reports, 6);
    }

    void miniBatchDeltaIsTheEpochsChange()
    {
        // With several batches an epoch, ΔW is still the whole epoch's change, not the last batch's.
        const Dataset data = blobs(30, 23);
        Network net(spec);
        net.initialise(6);
        TrainConfig c;
        c.loss = Loss::CategoricalCrossEntropy;
        c.optimizer.kind = OptimizerKind::Momentum;
        c.optimizer.learningRate = 0.05f;
        c.epochs = 4;
        c.batchSize = 7;
        Trainer trainer(net, data, noValidation, c);
        std::vector<Matrix> was = weightsOf(net);
        trainer.setObserver([&](const EpochReport& r) {
            const auto now = weightsOf(net);
            for (std::size_t i = 0; i < r.layers.size(); ++i) {
                QCOMPARE(r.layers[i].dW, Matrix(now[2 * i] - was[2 * i]));
                QCOMPARE(r.layers[i].db, Vector(now[2 * i + 1] - was[2 * i + 1]));
            }
            was = now;
        });
        QCOMPARE(trainer.run(), Trainer::Outcome::Finished);
    }

    void miniBatchSgdIsBackwardThenStep_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("fixed-size kernels") << 6;
        QTest::newRow("Eigen products") << 12;
    }

    void miniBatchSgdIsBackwardThenStep()
    {
        // The trainer folds plain SGD into backpropagation on every batch but an epoch's last.
        // It must train as backward followed by θ ← θ − η·∂L/∂θ does, batch by batch, and report
        // the gradient norm of each epoch's last batch.
        QFETCH(int, width);
        const NetworkSpec wide{2, {{width, Activation::Tanh}, {5, Activation::ReLU}, {3, Activation::Softmax}}, Init::He};
        const Dataset data = blobs(30, 24);
        Network net(wide);
        net.initialise(9);
        Network manual = net;
        TrainConfig c;
        c.loss = Loss::CategoricalCrossEntropy;
        c.optimizer.learningRate = 0.1f;
        c.epochs = 3;
        c.batchSize = 7;  // batches of 7, 7, 7, 7 and 2
        c.shuffle = false;
        Trainer trainer(net, data, noValidation, c);
        int reports = 0;
        trainer.setObserver([&](const EpochReport& r) {
            ++reports;
            for (Index start = 0; start < data.samples(); start += c.batchSize) {
                const Index n = std::min<Index>(c.batchSize, data.samples() - start);
                manual.forward(data.X.middleCols(start, n));
                manual.backward(data.X.middleCols(start, n), data.Y.middleCols(start, n), c.loss);
                manual.parameters() -= c.optimizer.learningRate * manual.gradient();
            }
            QVERIFY((net.parameters() - manual.parameters()).cwiseAbs().maxCoeff() <= 1e-5f);
            for (std::size_t i = 0; i < r.layers.size(); ++i) {
                const Scalar want = manual.layers[i].dW.norm();  // the last batch's
                QVERIFY(want > 1e-4f);
                QVERIFY(std::abs(r.layers[i].gradNorm - want) <= 1e-4f * want);
            }
        });
        QCOMPARE(trainer.run(), Trainer::Outcome::Finished);
        QCOMPARE(reports, 3);
        QVERIFY((net.parameters() - Network(wide).parameters()).norm() > 0.1f);  // it did train
    }

    void observerEveryN_data()
    {
        QTest::addColumn<int>("every");
        QTest::addColumn<QList<int>>("chunks");  // maxEpochs of successive run calls; 0 = to the end
        QTest::addColumn<QList<int>>("want");
        QTest::newRow("every 5, one run") << 5 << QList<int>{0} << QList<int>{5, 10, 15, 20, 23};
        QTest::newRow("every 5, runs of 7, 9, rest") << 5 << QList<int>{7, 9, 0} << QList<int>{5, 10, 15, 20, 23};
        QTest::newRow("every 1") << 1 << QList<int>{0} << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
                                                                   13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23};
        QTest::newRow("every 23") << 23 << QList<int>{0} << QList<int>{23};
        QTest::newRow("every 30") << 30 << QList<int>{0} << QList<int>{23};
    }

    void observerEveryN()
    {
        QFETCH(int, every);
        QFETCH(QList<int>, chunks);
        QFETCH(QList<int>, want);
        const Dataset data = blobs(10, 24);
        Network net(spec);
        net.initialise(9);
        TrainConfig c;
        c.loss = Loss::CategoricalCrossEntropy;
        c.epochs = 23;
        c.batchSize = 8;
        Trainer trainer(net, data, noValidation, c);
        QList<int> seen;
        trainer.setObserver([&](const EpochReport& r) {
            seen.append(r.epoch);
            QCOMPARE(trainer.epoch(), r.epoch);
            QCOMPARE(trainer.history().back().trainLoss, r.trainLoss);
        }, every);
        for (int chunk : chunks)
            trainer.run(chunk > 0 ? chunk : INT_MAX);
        QCOMPARE(trainer.run(), Trainer::Outcome::Finished);  // nothing left: no further report
        QCOMPARE(seen, want);
        QCOMPARE(int(trainer.history().size()), 23);
    }

    void raisedEpochCountTrainsOnAsOneLongerRun()
    {
        // 12 epochs, finished, then raised to 20 and trained in two calls: the weights and the
        // history must be exactly those of one uninterrupted 20-epoch run.
        const Dataset data = blobs(20, 25);
        TrainConfig c;
        c.loss = Loss::CategoricalCrossEntropy;
        c.optimizer.kind = OptimizerKind::Adam;
        c.optimizer.learningRate = 0.01f;
        c.batchSize = 9;  // shuffled batches of 9, 9, 9, 9, 9, 9 and 6
        c.epochs = 20;
        Network straight(spec);
        straight.initialise(3);
        Trainer once(straight, data, noValidation, c);
        QCOMPARE(once.run(), Trainer::Outcome::Finished);

        c.epochs = 12;
        Network resumed(spec);
        resumed.initialise(3);
        Trainer trainer(resumed, data, noValidation, c);
        QCOMPARE(trainer.run(), Trainer::Outcome::Finished);
        QVERIFY(trainer.finished());
        QCOMPARE(trainer.run(), Trainer::Outcome::Finished);  // nothing more to do at 12
        QCOMPARE(trainer.epoch(), 12);
        QVERIFY(!identical(weightsOf(resumed), weightsOf(straight)));

        trainer.setEpochs(20);
        QVERIFY(!trainer.finished());
        QCOMPARE(trainer.run(1), Trainer::Outcome::Stopped);  // epoch 13
        QCOMPARE(trainer.run(), Trainer::Outcome::Finished);
        QCOMPARE(trainer.epoch(), 20);
        QVERIFY(identical(weightsOf(resumed), weightsOf(straight)));  // bit for bit
        QCOMPARE(trainer.history().size(), once.history().size());
        for (std::size_t e = 0; e < once.history().size(); ++e)
            QCOMPARE(trainer.history()[e].trainLoss, once.history()[e].trainLoss);
        QCOMPARE(trainer.report().layers[0].dW, once.report().layers[0].dW);

        // Lowered below the epochs trained, the run counts as finished and keeps every weight.
        trainer.setEpochs(15);
        QVERIFY(trainer.finished());
        QCOMPARE(trainer.run(), Trainer::Outcome::Finished);
        QCOMPARE(trainer.epoch(), 20);
        QVERIFY(identical(weightsOf(resumed), weightsOf(straight)));
    }
};

QTEST_APPLESS_MAIN(TestDeterminism)
#include "test_determinism.moc"
