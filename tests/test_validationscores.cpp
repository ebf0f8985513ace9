// The validation scores in each epoch's history entry: loss and accuracy of the held-out samples,
// checked against figures worked by hand, and scored with the weights the epoch ended with.
#include "coretestdata.h"
#include "trainer.h"

#include <QTest>

using namespace bp;

namespace {

// The hand-worked network and samples: validation accuracy 3 / 4 (see coretestdata.h).
using coretest::handNetwork;
Dataset handValidation() { return coretest::handPairs(); }

Dataset handTraining()
{
    Dataset d = handValidation();
    d.X.col(2) << 3, 0;  // (3, 1.5): class 0, as targeted, so training accuracy is 4 / 4
    return d;
}

TrainConfig config(Scalar eta)
{
    TrainConfig c;
    c.epochs = 1;
    c.shuffle = false;
    c.optimizer.learningRate = eta;
    return c;
}

}  // namespace

class TestValidationScores : public QObject {
    Q_OBJECT
private slots:
    void lossAndAccuracyMatchTheHandFigures()
    {
        Network net = handNetwork();
        const Dataset train = handTraining(), validation = handValidation();
        Trainer trainer(net, train, validation, config(0));  // η = 0: the weights stay as written
        trainer.run();
        QCOMPARE(trainer.history().size(), std::size_t(1));
        const HistoryEntry& e = trainer.history()[0];
        // MSE = Σ(p − y)² / (2 outputs · 4 samples) = (0.25 + 1.25 + 2.25 + 5) / 8.
        QVERIFY(e.validationLoss.has_value());
        QCOMPARE(*e.validationLoss, 1.09375f);
        QCOMPARE(e.validationAccuracy.value_or(-1), 0.75f);
        QCOMPARE(e.accuracy.value_or(-1), 1.0f);
        // Training: column 2 gives (3, 1.5) against (1, 0): 4 + 2.25, so (0.25 + 1.25 + 6.25 + 5) / 8.
        QCOMPARE(e.trainLoss, 1.59375f);
    }

    void scoresUseTheWeightsTheEpochEndedWith()
    {
        Network net = handNetwork();
        const Dataset train = handTraining(), validation = handValidation();
        Trainer trainer(net, train, validation, config(0.05f));
        trainer.run();
        const HistoryEntry& e = trainer.history()[0];
        const Matrix P = net.predict(validation.X);
        QCOMPARE(*e.validationLoss, lossValue(Loss::MSE, P, validation.Y));
        QVERIFY(*e.validationLoss < 1.09375f);  // one step of descent already helps
    }

    void noValidationSetNoScoresAndRegressionNoAccuracy()
    {
        Network net = handNetwork();
        const Dataset train = handTraining(), none;
        Trainer trainer(net, train, none, config(0));
        trainer.run();
        QVERIFY(!trainer.history()[0].validationLoss);
        QVERIFY(!trainer.history()[0].validationAccuracy);

        Dataset values = handValidation();
        values.classNames.clear();  // the same numbers as regression targets
        Network again = handNetwork();
        Trainer regression(again, train, values, config(0));
        regression.run();
        QCOMPARE(regression.history()[0].validationLoss.value_or(-1), 1.09375f);
        QVERIFY(!regression.history()[0].validationAccuracy);
    }
};

QTEST_APPLESS_MAIN(TestValidationScores)
#include "test_validationscores.moc"
