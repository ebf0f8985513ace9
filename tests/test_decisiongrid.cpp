// The decision grid: its bounds, the order of its cells, and the values a hand-set network gives.
#include "dataset.h"
#include "decisiongrid.h"
#include "network.h"

#include <QtTest>

#include <cmath>

using namespace bp;

namespace {

/// Three points spanning x ∈ [0, 10], y ∈ [0, 20].
Dataset cornerData()
{
    Dataset d;
    d.X.resize(2, 3);
    d.X << 0, 10, 0,
           0, 0, 20;
    d.Y = Matrix::Zero(1, 3);
    return d;
}

/// A network of one layer with `outputs` neurons of activation f on two inputs, weights W (outputs × 2).
Network handNetwork(Activation f, const Matrix& W)
{
    NetworkSpec spec;
    spec.inputs = 2;
    spec.layers = {LayerSpec{int(W.rows()), f}};
    Network net(spec);
    net.layers[0].W = W;
    net.layers[0].b = Vector::Zero(W.rows());
    return net;
}

}  // namespace

class TestDecisionGrid : public QObject {
    Q_OBJECT
private slots:
    void boundsArePaddedByTenPercent()
    {
        const Network net = handNetwork(Activation::Linear, Matrix::Identity(2, 2));
        const DecisionGrid g = makeDecisionGrid(net, cornerData(), 8);
        QCOMPARE(g.resolution, 8);
        QCOMPARE(g.xMin, -1.0f);
        QCOMPARE(g.xMax, 11.0f);
        QCOMPARE(g.yMin, -2.0f);
        QCOMPARE(g.yMax, 22.0f);
        QCOMPARE(g.values.rows(), Index(2));
        QCOMPARE(g.values.cols(), Index(64));
    }

    void cellsAreRowMajorOverYThenX()
    {
        // The identity network echoes each cell centre, so values show the order directly.
        const Network net = handNetwork(Activation::Linear, Matrix::Identity(2, 2));
        const DecisionGrid g = makeDecisionGrid(net, cornerData(), 4);
        // Cell width (11 − (−1))/4 = 3, height (22 − (−2))/4 = 6: centres x = 0.5, 3.5, 6.5, 9.5; y = 1, 7, 13, 19.
        QCOMPARE(g.values(0, 0), 0.5f);
        QCOMPARE(g.values(1, 0), 1.0f);
        QCOMPARE(g.values(0, 1), 3.5f);  // x runs fastest
        QCOMPARE(g.values(1, 1), 1.0f);
        QCOMPARE(g.values(0, 4), 0.5f);  // the next row up
        QCOMPARE(g.values(1, 4), 7.0f);
        QCOMPARE(g.values(0, 15), 9.5f);  // top right
        QCOMPARE(g.values(1, 15), 19.0f);
        QCOMPARE(g.at(2, 3, 0), 6.5f);
        QCOMPARE(g.at(2, 3, 1), 19.0f);
        QCOMPARE(g.x(1), 3.5f);
        QCOMPARE(g.y(2), 13.0f);
    }

    void sigmoidNetworkGivesExpectedValues()
    {
        // Output = σ(0.5·x₁): below ½ left of x = 0, above it to the right.
        Matrix W(1, 2);
        W << 0.5f, 0.0f;
        const Network net = handNetwork(Activation::Sigmoid, W);
        const DecisionGrid g = makeDecisionGrid(net, cornerData(), 4);
        QCOMPARE(g.values.rows(), Index(1));
        for (int iy = 0; iy < 4; ++iy) {
            for (int ix = 0; ix < 4; ++ix) {
                const float expected = 1.0f / (1.0f + std::exp(-0.5f * g.x(ix)));
                QVERIFY(std::abs(g.at(ix, iy) - expected) < 1e-6f);
            }
        }
        QVERIFY(std::abs(g.at(0, 0) - 0.5621765f) < 1e-6f);  // σ(0.25)
        QVERIFY(std::abs(g.at(3, 2) - 0.9914225f) < 1e-6f);  // σ(4.75)
    }

    void otherShapesGiveNoGrid()
    {
        const Network net = handNetwork(Activation::Linear, Matrix::Identity(2, 2));
        Dataset three = cornerData();
        three.X.conservativeResize(3, Eigen::NoChange);
        three.X.row(2).setZero();
        QCOMPARE(makeDecisionGrid(net, three, 8).resolution, 0);
        QCOMPARE(makeDecisionGrid(net, cornerData(), 1).resolution, 0);
        QVERIFY(makeDecisionGrid(net, Dataset{}, 8).empty());
    }

    void degenerateRangeStillCoversThePoint()
    {
        const Network net = handNetwork(Activation::Linear, Matrix::Identity(2, 2));
        Dataset one;
        one.X = Matrix::Constant(2, 1, 3.0f);
        one.Y = Matrix::Zero(1, 1);
        const DecisionGrid g = makeDecisionGrid(net, one, 2);
        QCOMPARE(g.xMin, 2.0f);
        QCOMPARE(g.xMax, 4.0f);
        QVERIFY(std::isfinite(g.values.sum()));
    }
};

QTEST_APPLESS_MAIN(TestDecisionGrid)
#include "test_decisiongrid.moc"
