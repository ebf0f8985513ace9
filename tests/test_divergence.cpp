// A learning rate far too high stops training with a diagnosis and weights that still train.
#include "coretestdata.h"
#include "trainer.h"

#include <QTest>

#include <cmath>

using namespace bp;
using namespace coretest;

namespace {

const Dataset noValidation;

// A linear regression target y = 3x1 − 2x2 + 1 over 40 samples: with linear layers nothing
// saturates, so a huge step overshoots by a growing factor every batch until floats overflow.
Dataset line()
{
    Random r(4);
    Dataset d;
    d.X.resize(2, 40);
    d.Y.resize(1, 40);
    for (Index j = 0; j < 40; ++j) {
        d.X(0, j) = r.uniform(-2.0f, 2.0f);
        d.X(1, j) = r.uniform(-2.0f, 2.0f);
        d.Y(0, j) = 3.0f * d.X(0, j) - 2.0f * d.X(1, j) + 1.0f;
    }
    d.featureNames = {"x1", "x2"};
    d.targetNames = {"y"};
    return d;
}

}  // namespace

class TestDivergence : public QObject {
    Q_OBJECT
private slots:
    void hugeLearningRateDiverges_data()
    {
        QTest::addColumn<int>("batch");
        QTest::newRow("full batch") << 0;
        QTest::newRow("batches of 8") << 8;
    }

    void hugeLearningRateDiverges()
    {
        QFETCH(int, batch);
        const Dataset data = line();
        Network net(NetworkSpec{2, {{4, Activation::Linear}, {1, Activation::Linear}}});
        net.initialise(1);
        TrainConfig c;
        c.loss = Loss::MSE;
        c.optimizer.learningRate = 1e6f;
        c.epochs = 1000;
        c.batchSize = batch;
        Trainer trainer(net, data, noValidation, c);

        std::vector<EpochReport> reports;
        std::vector<std::vector<Matrix>> weightsAtReport{weightsOf(net)};
        trainer.setObserver([&](const EpochReport& r) {
            reports.push_back(r);
            weightsAtReport.push_back(weightsOf(net));
        });
        QCOMPARE(trainer.run(), Trainer::Outcome::Diverged);

        QVERIFY(trainer.diverged());
        QVERIFY(trainer.epoch() < 20);  // it stopped at once, not after the configured 1000 epochs
        QVERIFY(trainer.diagnosis());
        const DivergenceEvidence& e = trainer.diagnosis()->evidence();
        const QString message = QString::fromStdString(trainer.message());
        QVERIFY2(message.startsWith(QString("training diverged at epoch %1:").arg(e.epoch)), qPrintable(message));
        QVERIFY2(message.contains("learning rate 1e+06"), qPrintable(message));
        QVERIFY(net.allFinite());

        // The last report is the divergence one, and nothing came after it.
        QVERIFY(!reports.empty());
        const EpochReport& last = reports.back();
        QVERIFY(last.diverged);
        QCOMPARE(QString::fromStdString(last.message), message);
        for (std::size_t i = 0; i + 1 < reports.size(); ++i)
            QVERIFY(!reports[i].diverged);
        // The epoch finished last before the blow-up is dropped: its end weights are where it began.
        const int finished = int(reports.size()) - 1;
        QCOMPARE(e.epoch, finished + 1);
        QCOMPARE(trainer.epoch(), std::max(0, finished - 1));
        QCOMPARE(e.rolledBackTo, trainer.epoch());
        QCOMPARE(int(trainer.history().size()), trainer.epoch());
        for (const HistoryEntry& h : trainer.history())
            QVERIFY(std::isfinite(h.trainLoss));
        // The weights are those the last kept epoch ended with.
        QVERIFY(identical(weightsOf(net), weightsAtReport[std::size_t(trainer.epoch())]));
        for (const LayerChange& layer : last.layers)
            QVERIFY(layer.W.allFinite() && layer.b.allFinite() && layer.dW.allFinite() && layer.db.allFinite());
        QVERIFY(identical(weightsOf(net), weightsAtReport.back()));  // the report showed the rolled-back weights
        QCOMPARE(last.epoch, trainer.epoch());
    }

    void smallerRateResumesAfterDivergence()
    {
        // After divergence the trainer is usable: no stale optimizer state, the flag and message clear.
        const Dataset data = line();
        Network net(NetworkSpec{2, {{4, Activation::Linear}, {1, Activation::Linear}}});
        net.initialise(1);
        TrainConfig c;
        c.loss = Loss::MSE;
        c.optimizer.kind = OptimizerKind::Momentum;
        c.optimizer.learningRate = 1e6f;
        c.epochs = 300;
        Trainer trainer(net, data, noValidation, c);
        QCOMPARE(trainer.run(), Trainer::Outcome::Diverged);
        // The rolled-back weights are those of an epoch that trained with a finite loss, not the
        // huge ones the blow-up began from: training goes on from them at a sane rate.
        QVERIFY(net.allFinite());
        QVERIFY(meanSquaredError(net, data) < 1e3);
        trainer.setLearningRate(0.01f);
        QCOMPARE(trainer.run(), Trainer::Outcome::Finished);
        QVERIFY(!trainer.diverged());
        QVERIFY(trainer.message().empty());
        QVERIFY(meanSquaredError(net, data) < 1e-3);
    }
};

QTEST_APPLESS_MAIN(TestDivergence)
#include "test_divergence.moc"
