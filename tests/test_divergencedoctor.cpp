// The divergence doctor on a real run: a learning rate too high for the sine stops training within
// a few epochs, rolls the weights back to an epoch that still trained with a finite loss, and names
// the learning rate with the loss's growth; the clipping it suggests makes the same setting train
// (the lesson "learning-rate-too-high"). Clipping scales the step exactly.
#include "coretestdata.h"
#include "generators.h"
#include "loss.h"
#include "trainer.h"

#include <QTest>

#include <cmath>

using namespace bp;
using namespace coretest;

namespace {

const Dataset noValidation;

// The command line's `--dataset sine`: 200 noisy points of a sine, two tanh layers of 4, a linear output.
Dataset sine() { return generate("sine", 200, 0.05, 3, 1); }

Network sineNetwork()
{
    Network net(NetworkSpec{1, {{4, Activation::Tanh}, {4, Activation::Tanh}, {1, Activation::Linear}}});
    net.initialise(1);
    return net;
}

// Plain full-batch gradient descent at η 5: each step overshoots further.
TrainConfig tooHigh()
{
    TrainConfig c;
    c.loss = Loss::MSE;
    c.optimizer.kind = OptimizerKind::SGD;
    c.optimizer.learningRate = 5;
    c.epochs = 300;
    c.batchSize = 0;
    return c;
}

// The loss of net's weights over the whole of data.
Scalar lossOf(const Network& net, const Dataset& data) { return lossValue(Loss::MSE, net.predict(data.X), data.Y); }

}  // namespace

class TestDivergenceDoctor : public QObject {
    Q_OBJECT
private slots:
    void learningRateTooHighIsCaughtAndNamed()
    {
        const Dataset data = sine();
        Network net = sineNetwork();
        Trainer trainer(net, data, noValidation, tooHigh());
        QCOMPARE(trainer.run(), Trainer::Outcome::Diverged);
        QVERIFY(trainer.diagnosis());
        const DivergenceDiagnosis& d = *trainer.diagnosis();
        const DivergenceEvidence& e = d.evidence();
        QVERIFY2(e.epoch <= 5, qPrintable(QString::number(e.epoch)));  // within the first epochs
        QCOMPARE(d.cause(), DivergenceCause::LearningRate);
        QVERIFY(d.growth() > DivergenceDiagnosis::growthLimit);
        QCOMPARE(d.growth(), double(e.loss) / double(e.bestLoss));

        // The sentence names the learning rate and shows the growth with its figures.
        const QString text = QString::fromStdString(trainer.message());
        QCOMPARE(text.toStdString(), d.sentence());
        QVERIFY2(text.contains("The learning rate 5 (sgd) is likely too high"), qPrintable(text));
        const auto figure = [](double x) { return QString::asprintf("%.3g", x); };
        QVERIFY2(text.contains(figure(e.bestLoss) + " → " + figure(e.loss)) || text.contains(" → " + figure(e.loss)),
                 qPrintable(text));
        QVERIFY2(text.contains(figure(d.growth()) + "× its best (" + figure(e.bestLoss) + " at epoch "
                               + QString::number(e.bestEpoch) + ")"),
                 qPrintable(text));
        QCOMPARE(d.remedies().front().kind, RemedyKind::LowerLearningRate);
        QCOMPARE(d.remedies().front().value, 0.5);

        // The weights are those of a run stopped at the epoch rolled back to, bit for bit…
        QCOMPARE(trainer.epoch(), e.rolledBackTo);
        Network stopped = sineNetwork();
        Trainer reference(stopped, data, noValidation, tooHigh());
        QVERIFY(trainer.epoch() == 0 || reference.run(trainer.epoch()) == Trainer::Outcome::Stopped);
        QVERIFY(identical(weightsOf(net), weightsOf(stopped)));
        QVERIFY(trainer.history() == reference.history());
        // …and, unlike the ones the diverging epoch began from, they still have a sane loss.
        const Scalar loss = lossOf(net, data);
        QVERIFY2(std::isfinite(loss) && loss <= DivergenceDiagnosis::growthLimit * e.bestLoss, qPrintable(QString::number(loss)));
    }

    void theSuggestedClippingTrains()
    {
        // The lesson: the same setting with the clipping the doctor suggests trains to the end.
        const Dataset data = sine();
        Network net = sineNetwork();
        Trainer diverging(net, data, noValidation, tooHigh());
        QCOMPARE(diverging.run(), Trainer::Outcome::Diverged);
        double clip = 0;
        for (const Remedy& r : diverging.diagnosis()->remedies())
            clip = r.kind == RemedyKind::ClipGradientNorm ? r.value : clip;
        QVERIFY(clip > 0);

        TrainConfig clipped = tooHigh();
        clipped.clipNorm = Scalar(clip);
        Network fresh = sineNetwork();
        Trainer trainer(fresh, data, noValidation, clipped);
        QCOMPARE(trainer.run(), Trainer::Outcome::Finished);
        QVERIFY(!trainer.diagnosis());
        const Scalar first = trainer.history().front().trainLoss, end = trainer.history().back().trainLoss;
        QVERIFY2(end < first / 10, qPrintable(QString("%1 → %2").arg(first).arg(end)));
    }

    void clippingScalesTheStepExactly()
    {
        // One full-batch SGD step with clipping moves θ by −η·(c/‖g‖)·g, g the unclipped gradient.
        const Dataset data = sine();
        Network probe = sineNetwork();
        probe.forward(data.X);
        probe.backward(data.X, data.Y, Loss::MSE);
        const Vector g = probe.gradient();
        const double norm = std::sqrt(g.cast<double>().squaredNorm());
        QCOMPARE(probe.gradientNorm(), norm);
        const Scalar eta = 0.5f, c = Scalar(norm / 4);

        TrainConfig config = tooHigh();
        config.optimizer.learningRate = eta;
        config.clipNorm = c;
        config.epochs = 1;
        Network net = sineNetwork();
        const Vector before = net.parameters();
        Trainer trainer(net, data, noValidation, config);
        QCOMPARE(trainer.run(), Trainer::Outcome::Finished);
        const Vector step = net.parameters() - before;
        const Eigen::VectorXd expected = -double(eta) * (double(c) / norm) * g.cast<double>();
        for (Index i = 0; i < step.size(); ++i)
            QVERIFY2(std::abs(double(step(i)) - expected(i)) <= 1e-6 * (1 + std::abs(double(before(i)))),
                     qPrintable(QString("θ%1: %2 against %3").arg(i).arg(step(i)).arg(expected(i))));
        QVERIFY(std::abs(step.cast<double>().norm() - double(eta) * double(c)) < 1e-5 * double(eta * c) + 1e-6);
        QVERIFY(std::abs(net.gradientNorm() - double(c)) < 1e-5 * double(c));  // the gradient kept is the clipped one

        // A limit above the gradient's norm changes nothing: the same bits as no clipping.
        config.clipNorm = Scalar(norm * 2);
        Network loose = sineNetwork();
        Trainer looseTrainer(loose, data, noValidation, config);
        looseTrainer.run();
        config.clipNorm = 0;
        Network plain = sineNetwork();
        Trainer plainTrainer(plain, data, noValidation, config);
        plainTrainer.run();
        QVERIFY(identical(weightsOf(loose), weightsOf(plain)));
        QVERIFY(!identical(weightsOf(loose), weightsOf(net)));
    }

    void aRestoredRunRollsBackNoFurtherThanItsStart()
    {
        // A trainer given a history (a loaded project) keeps it: a blow-up in its first epoch goes
        // back to the weights it was given, not before them.
        const Dataset data = sine();
        Network net = sineNetwork();
        TrainConfig sane = tooHigh();
        sane.optimizer.learningRate = 0.05f;
        Trainer warmUp(net, data, noValidation, sane);
        QCOMPARE(warmUp.run(3), Trainer::Outcome::Stopped);
        const std::vector<Matrix> given = weightsOf(net);
        TrainConfig wild = tooHigh();
        wild.optimizer.learningRate = 1000;
        Trainer trainer(net, data, noValidation, wild);
        trainer.restoreHistory(warmUp.history());
        QCOMPARE(trainer.run(), Trainer::Outcome::Diverged);
        QCOMPARE(trainer.epoch(), 3);
        QVERIFY(trainer.history() == warmUp.history());
        QVERIFY(identical(weightsOf(net), given));
    }
};

QTEST_APPLESS_MAIN(TestDivergenceDoctor)
#include "test_divergencedoctor.moc"
