// The divergence doctor's verdict from evidence made by hand: each cause where its evidence says
// so, the remedies in the order that suits it, and a sentence with the numbers.
#include "divergencediagnosis.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace bp;

namespace {

// A three-layer SGD run at η 2 whose loss went 0.5 → 0.2 → 0.3 → 40 by epoch 4, its gradients
// growing alike in every layer, outputs unsaturated: a learning rate too high.
DivergenceEvidence evidence()
{
    DivergenceEvidence e;
    e.epoch = 4;
    e.rolledBackTo = 2;
    e.loss = 40;
    e.recentLosses = {0.5f, 0.2f, 0.3f};
    e.bestLoss = 0.2f;
    e.bestEpoch = 2;
    e.optimizer.kind = OptimizerKind::SGD;
    e.optimizer.learningRate = 2;
    e.gradientEpoch = 1;
    e.firstGradNorms = {1, 2, 4};
    e.lastGradNorms = {30, 40, 50};
    e.weightNorm = 5;
    e.output = Activation::Sigmoid;
    e.saturated = 0.1f;
    return e;
}

std::vector<RemedyKind> kinds(const DivergenceDiagnosis& d)
{
    std::vector<RemedyKind> k;
    for (const Remedy& r : d.remedies())
        k.push_back(r.kind);
    return k;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

class TestDivergenceDiagnosis : public QObject {
    Q_OBJECT
private slots:
    void learningRate()
    {
        const DivergenceDiagnosis d(evidence());
        QCOMPARE(d.cause(), DivergenceCause::LearningRate);
        QCOMPARE(d.growth(), 40.0 / double(0.2f));
        QCOMPARE(d.grownLayer(), 0);  // ×30, against ×20 and ×12.5
        QCOMPARE(d.layerGrowth(), 30.0);
        QCOMPARE(d.steepestLayer(), 1);
        QCOMPARE(d.steepness(), 0.8);
        using K = RemedyKind;
        QVERIFY(kinds(d) == std::vector<K>({K::LowerLearningRate, K::ClipGradientNorm, K::SwitchToAdam}));
        QCOMPARE(d.remedies()[0].value, 0.2);   // η ÷ 10
        QCOMPARE(d.remedies()[1].value, 0.25);  // a step η·c of a tenth of ‖θ‖: 0.1 · 5 / 2
        QCOMPARE(d.remedies()[2].value, 0.05);  // Adam at the studio's starting rate
        const std::string s = d.sentence();
        QVERIFY2(has(s, "training diverged at epoch 4: the loss went 0.5 → 0.2 → 0.3 → 40, 200× its best (0.2 at epoch 2)."), s.c_str());
        QVERIFY2(has(s, "The learning rate 2 (sgd) is likely too high"), s.c_str());
        QVERIFY2(has(s, "The gradient norm of hidden layer 1 grew 30× since epoch 1, the most of any layer."), s.c_str());
        QVERIFY2(has(s, "The weights are back at the end of epoch 2"), s.c_str());
        QCOMPARE(DivergenceDiagnosis::describe(d.remedies()[0]), std::string("lower the learning rate to 0.2 (η ÷ 10)"));
        QCOMPARE(DivergenceDiagnosis::describe(d.remedies()[1]), std::string("clip the gradient norm at 0.25"));
        QCOMPARE(DivergenceDiagnosis::describe(d.remedies()[2]), std::string("switch to Adam at learning rate 0.05"));
    }

    void explodingGradient()
    {
        DivergenceEvidence e = evidence();
        e.lastGradNorms = {5000, 40, 20};  // multiplied up on the way back: 250× the output layer's
        const DivergenceDiagnosis d(e);
        QCOMPARE(d.cause(), DivergenceCause::ExplodingGradient);
        QCOMPARE(d.steepestLayer(), 0);
        QCOMPARE(d.steepness(), 250.0);
        QCOMPARE(d.remedies().front().kind, RemedyKind::ClipGradientNorm);
        QVERIFY2(has(d.sentence(), "hidden layer 1's norm is 250× the output layer's"), d.sentence().c_str());
        e.lastGradNorms = {1900, 40, 20};  // 95×: not yet
        QCOMPARE(DivergenceDiagnosis(e).cause(), DivergenceCause::LearningRate);
    }

    void saturatedOutputs()
    {
        DivergenceEvidence e = evidence();
        e.saturated = 0.95f;
        const DivergenceDiagnosis d(e);
        QCOMPARE(d.cause(), DivergenceCause::SaturatedOutputs);
        using K = RemedyKind;
        QVERIFY(kinds(d) == std::vector<K>({K::LowerLearningRate, K::SwitchToAdam, K::ClipGradientNorm}));
        QVERIFY2(has(d.sentence(), "95% of the outputs sit at their sigmoid's bounds"), d.sentence().c_str());
    }

    void notFiniteAndAlreadyRemedied()
    {
        // A NaN loss before any epoch finished, with Adam and clipping already on.
        DivergenceEvidence e = evidence();
        e.epoch = 1;
        e.rolledBackTo = 0;
        e.loss = std::numeric_limits<Scalar>::quiet_NaN();
        e.recentLosses.clear();
        e.bestEpoch = 0;
        e.optimizer.kind = OptimizerKind::Adam;
        e.clipNorm = 1;
        e.firstGradNorms.clear();
        const DivergenceDiagnosis d(e);
        QVERIFY(std::isinf(d.growth()));
        QCOMPARE(d.grownLayer(), -1);
        using K = RemedyKind;
        QVERIFY(kinds(d) == std::vector<K>({K::LowerLearningRate, K::ClipGradientNorm}));  // Adam it was already
        QCOMPARE(d.remedies()[1].value, 0.1);  // a tenth of the limit in force, tighter than 0.25
        const std::string s = d.sentence();
        QVERIFY2(has(s, "training diverged at epoch 1: the loss became NaN. The learning rate 2 (adam)"), s.c_str());
        QVERIFY2(has(s, "The weights are back where training began."), s.c_str());
        QVERIFY2(!has(s, "its best") && !has(s, "grew"), s.c_str());
    }

    void namesAreUnique()
    {
        QCOMPARE(nameOf(divergenceCauses, DivergenceCause::ExplodingGradient), std::string_view("exploding_gradient"));
        QCOMPARE(labelOf(remedyNames, RemedyKind::LowerLearningRate), std::string_view("η ÷ 10"));
    }
};

QTEST_APPLESS_MAIN(TestDivergenceDiagnosis)
#include "test_divergencediagnosis.moc"
