// Optimizer steps against arithmetic written out by hand for a 1×2 parameter θ.
#include "adam.h"
#include "momentum.h"
#include "sgd.h"

#include <QTest>

#include <cmath>

using namespace bp;

namespace {

Matrix row(double a, double b)
{
    Matrix m(1, 2);
    m << Scalar(a), Scalar(b);
    return m;
}

// Float arithmetic rounds each operation at ~6e-8 relative; 1e-6 relative leaves room for that
// and still fails on any wrong formula (the smallest wrong-term effects below are ~1e-3).
bool near(Scalar got, double want)
{
    return std::abs(double(got) - want) <= 1e-6 * std::max(1.0, std::abs(want));
}

#define CHECK_ROW(theta, a, b)                                                                    \
    QVERIFY2(near((theta)(0, 0), (a)) && near((theta)(0, 1), (b)),                                \
             qPrintable(QString("θ = [%1, %2], want [%3, %4]")                                    \
                            .arg(double((theta)(0, 0)), 0, 'g', 10).arg(double((theta)(0, 1)), 0, 'g', 10) \
                            .arg(double(a), 0, 'g', 10).arg(double(b), 0, 'g', 10)))

OptimizerConfig config(OptimizerKind kind, double eta)
{
    OptimizerConfig c;
    c.kind = kind;
    c.learningRate = Scalar(eta);
    c.momentum = 0.9f;
    c.beta1 = 0.9f;
    c.beta2 = 0.999f;
    c.epsilon = 1e-8f;
    return c;
}

const Matrix g1 = row(0.5, -1.0);
const Matrix g2 = row(0.2, 0.4);

}  // namespace

class TestOptimizers : public QObject {
    Q_OBJECT
private slots:
    void sgdSteps()
    {
        auto opt = makeOptimizer(config(OptimizerKind::SGD, 0.1));
        QVERIFY(dynamic_cast<Sgd*>(opt.get()));
        Matrix theta = row(1.0, -2.0);
        opt->step(theta, g1);  // θ = [1 − 0.1·0.5, −2 + 0.1·1] = [0.95, −1.9]
        CHECK_ROW(theta, 0.95, -1.9);
        opt->step(theta, g2);  // θ = [0.95 − 0.02, −1.9 − 0.04] = [0.93, −1.94]
        CHECK_ROW(theta, 0.93, -1.94);
    }

    void momentumSteps()
    {
        auto opt = makeOptimizer(config(OptimizerKind::Momentum, 0.1));
        QVERIFY(dynamic_cast<Momentum*>(opt.get()));
        Matrix theta = row(1.0, -2.0);
        // v1 = 0.9·0 − 0.1·[0.5, −1] = [−0.05, 0.1];  θ1 = [0.95, −1.9]
        opt->step(theta, g1);
        CHECK_ROW(theta, 0.95, -1.9);
        // v2 = 0.9·[−0.05, 0.1] − 0.1·[0.2, 0.4] = [−0.065, 0.05];  θ2 = [0.885, −1.85]
        opt->step(theta, g2);
        CHECK_ROW(theta, 0.885, -1.85);
    }

    void adamSteps()
    {
        auto opt = makeOptimizer(config(OptimizerKind::Adam, 0.01));
        QVERIFY(dynamic_cast<Adam*>(opt.get()));
        Matrix theta = row(1.0, -2.0);
        // t = 1: m = 0.1·g1 = [0.05, −0.1];  v = 0.001·g1² = [0.00025, 0.001]
        //        m̂ = m/0.1 = [0.5, −1];  v̂ = v/0.001 = [0.25, 1];  √v̂ = [0.5, 1]
        //        θ1 = θ0 − 0.01·m̂/(√v̂ + 1e-8) = [1 − 0.01·(0.5/0.50000001), −2 + 0.01·(1/1.00000001)]
        opt->step(theta, g1);
        const double t1a = 1.0 - 0.01 * 0.5 / (0.5 + 1e-8), t1b = -2.0 + 0.01 * 1.0 / (1.0 + 1e-8);
        CHECK_ROW(theta, t1a, t1b);
        // t = 2: m = 0.9·[0.05, −0.1] + 0.1·[0.2, 0.4] = [0.065, −0.05]
        //        v = 0.999·[0.00025, 0.001] + 0.001·[0.04, 0.16] = [0.00028975, 0.001159]
        //        m̂ = m/(1 − 0.9²) = m/0.19;  v̂ = v/(1 − 0.999²) = v/0.001999
        //        θ2 = θ1 − 0.01·m̂/(√v̂ + 1e-8) ≈ [0.9810142, −1.9865439]
        opt->step(theta, g2);
        const double mA = 0.065 / 0.19, mB = -0.05 / 0.19;
        const double vA = 0.00028975 / 0.001999, vB = 0.001159 / 0.001999;
        const double t2a = t1a - 0.01 * mA / (std::sqrt(vA) + 1e-8);
        const double t2b = t1b - 0.01 * mB / (std::sqrt(vB) + 1e-8);
        QVERIFY(std::abs(t2a - 0.9810142484) < 1e-9 && std::abs(t2b + 1.9865439417) < 1e-9);
        CHECK_ROW(theta, t2a, t2b);
    }

    void stateStartsAgainForANewSize()
    {
        // The state is θ's as a whole: a θ of another size (a rebuilt network) must take a first
        // step, t = 1 and m = v = 0, even after the old θ has taken two.
        auto opt = makeOptimizer(config(OptimizerKind::Adam, 0.01));
        Matrix a = row(1.0, -2.0);
        opt->step(a, g1);
        opt->step(a, g2);
        Matrix b(1, 3), g(1, 3);
        b << 1.0f, -2.0f, 3.0f;
        g << 0.5f, -1.0f, 0.5f;
        opt->step(b, g);
        const double up = 0.01 * 0.5 / (0.5 + 1e-8), down = 0.01 / (1.0 + 1e-8);
        QVERIFY(near(b(0, 0), 1.0 - up) && near(b(0, 1), -2.0 + down) && near(b(0, 2), 3.0 - up));
    }

    void resetForgetsState_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("momentum") << int(OptimizerKind::Momentum);
        QTest::newRow("adam") << int(OptimizerKind::Adam);
    }

    void resetForgetsState()
    {
        // After reset, a step from θ must move exactly as a fresh optimizer's first step does.
        QFETCH(int, kind);
        const double eta = kind == int(OptimizerKind::Adam) ? 0.01 : 0.1;
        auto used = makeOptimizer(config(OptimizerKind(kind), eta));
        auto fresh = makeOptimizer(config(OptimizerKind(kind), eta));
        Matrix theta = row(1.0, -2.0);
        used->step(theta, g1);
        used->step(theta, g2);
        used->reset();
        Matrix a = theta, b = theta;
        used->step(a, g2);
        fresh->step(b, g2);
        QCOMPARE(a, b);
        // Without the reset the same step would land elsewhere (the state is not trivial).
        auto kept = makeOptimizer(config(OptimizerKind(kind), eta));
        Matrix c = row(1.0, -2.0);
        kept->step(c, g1);
        kept->step(c, g2);
        Matrix d = c;
        kept->step(d, g2);
        fresh->reset();
        Matrix e = c;
        fresh->step(e, g2);
        QVERIFY(d != e);
    }

    void learningRateAppliesOnNextStep()
    {
        // Momentum keeps v: v1 = [−0.05, 0.1]; then η = 0.5: v2 = 0.9·v1 − 0.5·[0.2, 0.4] = [−0.145, −0.11]
        auto opt = makeOptimizer(config(OptimizerKind::Momentum, 0.1));
        Matrix theta = row(1.0, -2.0);
        opt->step(theta, g1);
        opt->setLearningRate(0.5f);
        QCOMPARE(opt->config().learningRate, 0.5f);
        CHECK_ROW(theta, 0.95, -1.9);  // the step already taken is untouched
        opt->step(theta, g2);
        CHECK_ROW(theta, 0.95 - 0.145, -1.9 - 0.11);

        // Adam keeps its moments and t: the second step is the hand value above, scaled by 0.05/0.01.
        auto adam = makeOptimizer(config(OptimizerKind::Adam, 0.01));
        Matrix phi = row(1.0, -2.0);
        adam->step(phi, g1);
        const Matrix phi1 = phi;
        adam->setLearningRate(0.05f);
        adam->step(phi, g2);
        const double stepA = 0.05 * (0.065 / 0.19) / (std::sqrt(0.00028975 / 0.001999) + 1e-8);
        const double stepB = 0.05 * (-0.05 / 0.19) / (std::sqrt(0.001159 / 0.001999) + 1e-8);
        CHECK_ROW(phi, double(phi1(0, 0)) - stepA, double(phi1(0, 1)) - stepB);

        // SGD: the new η is used on the very next step.
        auto sgd = makeOptimizer(config(OptimizerKind::SGD, 0.1));
        Matrix psi = row(1.0, -2.0);
        sgd->setLearningRate(0.2f);
        sgd->step(psi, g1);
        CHECK_ROW(psi, 0.9, -1.8);
    }
};

QTEST_APPLESS_MAIN(TestOptimizers)
#include "test_optimizers.moc"
