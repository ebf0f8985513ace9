// The gradient meter's numbers: each layer's ‖∂L/∂W‖ and ‖ΔW‖/‖W‖ against a direct computation,
// the meter's bounded history and its fresh start on a new run, and the vanishing gradient a deep
// sigmoid network shows on the spiral (the lesson the meter is for).
#include "coretestdata.h"
#include "generators.h"
#include "gradientmeter.h"
#include "trainer.h"

#include <QTest>

#include <cmath>

using namespace bp;
using namespace coretest;

namespace {

const Dataset noValidation;

// A network of `hidden` layers of 8 with activation f and a sigmoid output, trained on the
// spiral with the given optimizer, and the newest report after `epochs` epochs.
EpochReport deepRun(Activation f, int hidden, int epochs, OptimizerKind kind, Scalar eta)
{
    static const Dataset spiral = generate("spiral", 400, 0.05, 2, 7);
    NetworkSpec spec{2, {}, f == Activation::ReLU ? Init::He : Init::Glorot};
    for (int i = 0; i < hidden; ++i)
        spec.layers.push_back({8, f});
    spec.layers.push_back({1, Activation::Sigmoid});
    Network net(spec);
    net.initialise(1);
    TrainConfig c;
    c.loss = Loss::BinaryCrossEntropy;
    c.optimizer.kind = kind;
    c.optimizer.learningRate = eta;
    c.epochs = epochs;
    c.batchSize = 32;
    c.shuffle = true;  // the studio's way; an unshuffled spiral's last batch holds one class only
    Trainer trainer(net, spiral, noValidation, c);
    trainer.run();
    return trainer.report();
}

EpochReport epochReport(std::uint64_t run, int epoch, std::vector<Scalar> norms)
{
    EpochReport r;
    r.run = run;
    r.epoch = epoch;
    for (Scalar g : norms) {
        LayerChange c;
        c.W = Matrix::Constant(2, 2, 0.5f);  // ‖W‖ = 1
        c.dW = Matrix::Constant(2, 2, 0.005f);
        c.gradNorm = g;
        r.layers.push_back(c);
    }
    return r;
}

}  // namespace

class TestGradientMeter : public QObject {
    Q_OBJECT
private slots:
    void readingsMatchADirectComputation()
    {
        // One full-batch SGD epoch on XOR: the gradient is the batch's, ΔW = −η·∂L/∂W.
        const Dataset data = xorData();
        Network net(NetworkSpec{2, {{3, Activation::Tanh}, {1, Activation::Sigmoid}}, Init::Glorot});
        net.initialise(4);
        Network manual = net;
        TrainConfig c;
        c.loss = Loss::BinaryCrossEntropy;
        c.optimizer.learningRate = 0.5f;
        c.epochs = 1;
        c.batchSize = 0;
        c.shuffle = false;
        Trainer trainer(net, data, noValidation, c);
        QCOMPARE(trainer.run(), Trainer::Outcome::Finished);
        const std::vector<LayerGradient> got = layerGradients(trainer.report());
        manual.forward(data.X);
        manual.backward(data.X, data.Y, c.loss);
        QCOMPARE(got.size(), std::size_t(2));
        for (std::size_t i = 0; i < got.size(); ++i) {
            const Matrix& g = manual.layers[i].dW;
            const Matrix after = manual.layers[i].W - c.optimizer.learningRate * g;
            const double gradNorm = std::sqrt(g.cast<double>().array().square().sum());
            const double weightNorm = std::sqrt(after.cast<double>().array().square().sum());
            const double updateNorm = c.optimizer.learningRate * gradNorm;
            QVERIFY(gradNorm > 1e-3);
            QVERIFY2(std::abs(got[i].gradNorm - gradNorm) <= 1e-5 * gradNorm, qPrintable(QString::number(got[i].gradNorm)));
            QVERIFY(std::abs(got[i].weightNorm - weightNorm) <= 1e-5 * weightNorm);
            QVERIFY(std::abs(got[i].updateNorm - updateNorm) <= 1e-4 * updateNorm);
            QVERIFY(got[i].updateRatio);
            QVERIFY(std::abs(*got[i].updateRatio - updateNorm / weightNorm) <= 1e-4 * updateNorm / weightNorm);
        }
    }

    void zeroWeightsHaveNoRatio()
    {
        EpochReport r = epochReport(1, 1, {0.3f});
        r.layers[0].W.setZero();
        const std::vector<LayerGradient> got = layerGradients(r);
        QCOMPARE(got[0].weightNorm, 0.0f);
        QVERIFY(!got[0].updateRatio);  // not NaN, not Inf: nothing to compare with
        QCOMPARE(layerGradients(epochReport(1, 1, {0.3f}))[0].updateRatio.value_or(0), 0.01f);
    }

    void historyGrowsPerEpochAndStartsAfreshOnANewRun()
    {
        GradientMeter meter;
        meter.add(epochReport(7, 0, {0, 0}));  // loaded, not trained: rows but no history
        QCOMPARE(meter.layers(), std::size_t(2));
        QVERIFY(meter.history(0).empty());
        QVERIFY(!meter.normRange());
        meter.add(epochReport(7, 1, {0.1f, 2}));
        meter.add(epochReport(7, 1, {0.1f, 2}));  // the same epoch again (a pause): no new point
        meter.add(epochReport(7, 3, {0.01f, 4}));
        QCOMPARE(meter.history(0), (std::deque<Scalar>{0.1f, 0.01f}));
        QCOMPARE(meter.history(1), (std::deque<Scalar>{2, 4}));
        QCOMPARE(meter.epoch(), 3);
        QCOMPARE(meter.normRange()->first, 0.01f);
        QCOMPARE(meter.normRange()->second, 4.0f);

        meter.add(epochReport(8, 1, {0.5f, 0.5f, 0.5f}));  // a new run
        QCOMPARE(meter.run(), std::uint64_t(8));
        QCOMPARE(meter.layers(), std::size_t(3));
        QCOMPARE(meter.history(1), (std::deque<Scalar>{0.5f}));

        for (int e = 2; e < 2 + int(GradientMeter::historyLength) + 10; ++e)
            meter.add(epochReport(8, e, {Scalar(e), 1, 1}));
        QCOMPARE(meter.history(0).size(), GradientMeter::historyLength);
        QCOMPARE(meter.history(0).back(), Scalar(GradientMeter::historyLength + 11));
        meter.clear();
        QCOMPARE(meter.layers(), std::size_t(0));
    }

    void notFiniteNormsStayOutOfTheRange()
    {
        GradientMeter meter;
        meter.add(epochReport(1, 1, {NAN, INFINITY, 0, 0.2f}));
        QCOMPARE(meter.normRange()->first, 0.2f);
        QCOMPARE(meter.normRange()->second, 0.2f);
    }

    void deepSigmoidGradientsVanish_data()
    {
        QTest::addColumn<int>("optimizer");
        QTest::addColumn<float>("eta");
        QTest::newRow("SGD") << int(OptimizerKind::SGD) << 0.1f;
        QTest::newRow("Adam") << int(OptimizerKind::Adam) << 0.01f;
    }

    void deepSigmoidGradientsVanish()
    {
        // Seven layers on the spiral, batches of 32: after 10 epochs each sigmoid layer's gradient
        // is smaller than the next one's, the first ≥ 100× smaller than the last (about 5·10⁴× here);
        // with ReLU the first and the last stay within 10× of each other.
        QFETCH(int, optimizer);
        QFETCH(float, eta);
        const auto kind = OptimizerKind(optimizer);
        const std::vector<LayerGradient> sigmoid = layerGradients(deepRun(Activation::Sigmoid, 6, 10, kind, eta));
        const std::vector<LayerGradient> relu = layerGradients(deepRun(Activation::ReLU, 6, 10, kind, eta));
        QCOMPARE(sigmoid.size(), std::size_t(7));
        const double sigmoidFall = sigmoid.back().gradNorm / sigmoid.front().gradNorm;
        const double reluFall = relu.back().gradNorm / relu.front().gradNorm;
        qInfo("last / first layer's gradient norm after 10 epochs: sigmoid %.3g, ReLU %.3g", sigmoidFall, reluFall);
        for (std::size_t i = 0; i + 1 < sigmoid.size(); ++i)
            QVERIFY2(sigmoid[i].gradNorm < sigmoid[i + 1].gradNorm, qPrintable(QString::number(i + 1)));
        QVERIFY(sigmoidFall >= 100);
        QVERIFY(reluFall >= 0.1 && reluFall <= 10);
    }
};

QTEST_APPLESS_MAIN(TestGradientMeter)
#include "test_gradientmeter.moc"
