// Choosing the two features a wide dataset's view shows, the decision map over them with the
// rest held at their means, the regression curve, and each sample's predicted class.
#include "csvreader.h"
#include "csvtesttext.h"
#include "dataset.h"
#include "decisiongrid.h"
#include "featurepair.h"
#include "generators.h"
#include "metrics.h"
#include "network.h"
#include "predictioncurve.h"

#include <QtTest>

#include <cmath>

using namespace bp;

namespace {

/// A network of one linear layer on `inputs` inputs with weights W (outputs × inputs), bias 0.
Network linearNetwork(const Matrix& W)
{
    NetworkSpec spec;
    spec.inputs = int(W.cols());
    spec.layers = {LayerSpec{int(W.rows()), Activation::Linear}};
    Network net(spec);
    net.layers[0].W = W;
    net.layers[0].b = Vector::Zero(W.rows());
    return net;
}

/// Four samples, two classes; feature 0 is noise, 1 separates the classes a little, 2 perfectly.
Dataset threeFeatures()
{
    Dataset d;
    d.X.resize(3, 4);
    d.X << 5, 1, 5, 1,
           0, 1, 1, 2,
           0, 0, 10, 10;
    d.Y.resize(1, 4);
    d.Y << 0, 0, 1, 1;
    d.classNames = {"no", "yes"};
    return d;
}

}  // namespace

class TestFeaturePair : public QObject {
    Q_OBJECT
private slots:
    void fisherScoresRankSeparation()
    {
        const std::vector<double> s = featureScores(threeFeatures());
        QCOMPARE(s.size(), std::size_t(3));
        QCOMPARE(s[0], 0.0);  // equal class means: nothing between the classes
        // Feature 1: class means 0.5 and 1.5 around 1 → between 4·0.25 = 1, within 4·0.25 = 1.
        QCOMPARE(s[1], 1.0);
        QVERIFY(std::isinf(s[2]));  // no spread inside a class at all
        QCOMPARE(mostInformativePair(threeFeatures()), (FeaturePair{2, 1}));
    }

    void irisPicksThePetalFeatures()
    {
        const Dataset iris = readCsvFile(csvtest::datasets + "iris.csv", {});
        QCOMPARE(iris.features(), Index(4));
        const FeaturePair pair = mostInformativePair(iris);
        QCOMPARE(iris.featureNames[std::size_t(pair.x)].substr(0, 5), std::string("petal"));
        QCOMPARE(iris.featureNames[std::size_t(pair.y)].substr(0, 5), std::string("petal"));
        QVERIFY(pair.x != pair.y);
    }

    void regressionScoresAreSquaredCorrelations()
    {
        Dataset d;
        d.X.resize(3, 4);
        d.X << 1, 2, 3, 4,   // r = 1
               4, 3, 2, 1,   // r = −1
               1, 2, 2, 1;   // r = 0
        d.Y.resize(1, 4);
        d.Y << 2, 4, 6, 8;
        const std::vector<double> s = featureScores(d);
        QVERIFY(std::abs(s[0] - 1.0) < 1e-9);
        QVERIFY(std::abs(s[1] - 1.0) < 1e-9);
        QVERIFY(std::abs(s[2]) < 1e-9);
        QCOMPARE(mostInformativePair(d), (FeaturePair{0, 1}));
    }

    void twoFeaturesNeedNoChoice() { QCOMPARE(mostInformativePair(generate("xor", 40, 0.1, 2, 1)), (FeaturePair{0, 1})); }

    void gridOverAPairHoldsTheRestAtTheirMean()
    {
        // Output = x₀ + 10·x₁ + 100·x₂: with x₀ and x₁ plotted, x₂ sits at its mean 5.
        Matrix W(1, 3);
        W << 1, 10, 100;
        const Dataset d = threeFeatures();
        const DecisionGrid g = makeDecisionGrid(linearNetwork(W), d, 4, FeaturePair{0, 1});
        QCOMPARE(g.resolution, 4);
        QCOMPARE(g.pair, (FeaturePair{0, 1}));
        for (int iy = 0; iy < 4; ++iy)
            for (int ix = 0; ix < 4; ++ix)
                QVERIFY(std::abs(g.at(ix, iy) - (g.x(ix) + 10 * g.y(iy) + 500)) < 1e-3f);
        // Swapped and skipping a feature: x is feature 2, y feature 0, feature 1 at its mean 1.
        const DecisionGrid h = makeDecisionGrid(linearNetwork(W), d, 4, FeaturePair{2, 0});
        QCOMPARE(h.xMin, -1.0f);  // feature 2 spans [0, 10], padded by 1
        QCOMPARE(h.yMin, 0.6f);   // feature 0 spans [1, 5], padded by 0.4
        QVERIFY(std::abs(h.at(3, 1) - (100 * h.x(3) + 10 + h.y(1))) < 1e-3f);
        QVERIFY(makeDecisionGrid(linearNetwork(W), d, 4, FeaturePair{1, 1}).empty());
        QVERIFY(makeDecisionGrid(linearNetwork(W), d, 4, FeaturePair{0, 3}).empty());
        QVERIFY(makeDecisionGrid(linearNetwork(W), d, 4).empty());  // the 2-D form needs two features
    }

    void curveValuesArePredictionsAtItsInputs()
    {
        const Dataset sine = generate("sine", 50, 0.0, 2, 3);
        QCOMPARE(sine.features(), Index(1));
        NetworkSpec spec;
        spec.inputs = 1;
        spec.layers = {LayerSpec{6, Activation::Tanh}, LayerSpec{1, Activation::Linear}};
        Network net(spec);
        net.initialise(7);
        const PredictionCurve c = makePredictionCurve(net, sine, 9);
        QCOMPARE(c.count(), Index(9));
        const Scalar lo = sine.X.minCoeff(), hi = sine.X.maxCoeff();
        QVERIFY(std::abs(c.xMin - (lo - Scalar(0.1) * (hi - lo))) < 1e-5f);
        QVERIFY(std::abs(c.x(8) - (hi + Scalar(0.1) * (hi - lo))) < 1e-5f);
        for (Index i = 0; i < c.count(); ++i) {
            Matrix x(1, 1);
            x(0, 0) = c.x(i);
            QCOMPARE(c.values(0, i), net.predict(x)(0, 0));
        }
        QVERIFY(makePredictionCurve(net, sine, 1).empty());
        QVERIFY(makePredictionCurve(net, threeFeatures(), 9).empty());
    }

    void predictedClassesFollowArgmaxOrHalf()
    {
        Matrix P(3, 2);
        P << 0.1f, 0.5f,
             0.7f, 0.2f,
             0.2f, 0.3f;
        QCOMPARE(predictedClasses(P), (std::vector<int>{1, 0}));
        Matrix one(1, 3);
        one << 0.2f, 0.5f, 0.9f;
        QCOMPARE(predictedClasses(one), (std::vector<int>{0, 1, 1}));
    }
};

QTEST_APPLESS_MAIN(TestFeaturePair)
#include "test_featurepair.moc"
