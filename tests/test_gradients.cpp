// Backpropagation against central differences, for every activation × loss pair checkSpec allows.
// The tolerances and why they can fail are explained in gradientcheck.h.
#include "gradientcheck.h"
#include "networkspec.h"
#include "random.h"

#include <QTest>

using namespace bp;
using namespace gradcheck;

namespace {

// Targets that suit the loss: one-hot or soft distributions for cce, values in [0, 1] for bce.
Matrix targets(Loss loss, Index K, Index B, Random& r)
{
    Matrix Y(K, B);
    for (Index j = 0; j < B; ++j) {
        if (loss == Loss::CategoricalCrossEntropy) {
            Y.col(j).setZero();
            if (j % 2 == 0) {
                Y(Index(r.below(std::uint64_t(K))), j) = 1.0f;
            } else {  // a soft label that still sums to 1
                for (Index i = 0; i < K; ++i)
                    Y(i, j) = r.uniform(0.1f, 1.0f);
                Y.col(j) /= Y.col(j).sum();
            }
        } else {
            for (Index i = 0; i < K; ++i)
                Y(i, j) = loss == Loss::BinaryCrossEntropy ? (j % 2 ? r.uniform() : Scalar(r.below(2)))
                                                           : r.uniform(-1.0f, 1.0f);
        }
    }
    return Y;
}

// A 3-W-4-K network (two hidden layers, so layer 0's gradient travels the ∂L/∂X path twice)
// with random weights and biases, and a batch of 6 samples that keeps clear of ReLU kinks.
// W = 4 keeps every layer within the fixed-size kernels (isSmallLayer); W = 10 sends the first
// two layers through Eigen's products instead, so both ways of multiplying are checked. The wide
// network gets 4 samples, so that a batch clear of every kink is still found in a few thousand tries.
struct Problem {
    Network net;
    Matrix X, Y;
};

Problem makeProblem(Activation hidden, Activation output, Loss loss, int width = 4)
{
    NetworkSpec spec;
    spec.inputs = 3;
    spec.layers = {{width, hidden}, {4, hidden}, {3, output}};
    spec.leakySlope = 0.1f;
    if (auto problem = checkSpec(spec, loss))
        qFatal("spec rejected: %s", problem->message.c_str());
    for (std::uint64_t seed = 1; seed < 100000; ++seed) {
        Problem p{Network(spec), Matrix(), Matrix()};
        p.net.initialise(seed);
        Random r(seed + 7777);
        for (DenseLayer& l : p.net.layers)
            for (Index i = 0; i < l.b.size(); ++i)
                l.b(i) = r.uniform(-0.5f, 0.5f);
        const Index B = width > 4 ? 4 : 6;
        p.X = Matrix(3, B);
        for (Index k = 0; k < p.X.size(); ++k)
            p.X(k) = r.uniform(-1.5f, 1.5f);
        p.Y = targets(loss, 3, B, r);
        const Matrix& P = p.net.forward(p.X);
        // A ReLU output layer that is mostly off passes almost no gradient down to layer 0.
        const bool outputAlive = !hasKink(output) || (P.array() > 0.0f).count() * 2 >= P.size();
        if (outputAlive && smallestKinkDistance(p.net, p.X) >= kinkMargin)
            return p;
    }
    qFatal("no batch clear of ReLU kinks");
}

}  // namespace

class TestGradients : public QObject {
    Q_OBJECT
private slots:
    void matchesCentralDifferences_data()
    {
        QTest::addColumn<int>("hidden");
        QTest::addColumn<int>("output");
        QTest::addColumn<int>("loss");
        QTest::addColumn<int>("width");
        const Activation hiddens[] = {Activation::Linear, Activation::Sigmoid, Activation::Tanh,
                                      Activation::ReLU, Activation::LeakyReLU};
        const Activation outputs[] = {Activation::Linear, Activation::Sigmoid, Activation::Tanh,
                                      Activation::ReLU, Activation::LeakyReLU, Activation::Softmax};
        const Loss losses[] = {Loss::SumSquares, Loss::MSE, Loss::RMSE, Loss::BinaryCrossEntropy,
                               Loss::CategoricalCrossEntropy};
        int rows = 0;
        for (Activation hf : hiddens)
            for (Activation of : outputs)
                for (Loss loss : losses) {
                    NetworkSpec spec{3, {{4, hf}, {4, hf}, {3, of}}};
                    if (checkSpec(spec, loss))
                        continue;  // a pair the application refuses to train
                    const std::string name = std::string(activationName(hf)) + "/" +
                                             std::string(activationName(of)) + "/" + std::string(lossName(loss));
                    for (int width : {4, 10}) {
                        QTest::newRow((name + "/" + std::to_string(width)).c_str())
                            << int(hf) << int(of) << int(loss) << width;
                        ++rows;
                    }
                }
        // 5 hidden × (6 outputs × {sse, mse, rmse} + sigmoid/bce + softmax/cce) = 100 pairs, at 2 widths.
        QCOMPARE(rows, 200);
    }

    void matchesCentralDifferences()
    {
        QFETCH(int, hidden);
        QFETCH(int, output);
        QFETCH(int, loss);
        QFETCH(int, width);
        Problem p = makeProblem(Activation(hidden), Activation(output), Loss(loss), width);
        bool kinkCrossed = false;
        const auto num = numericGradients(p.net, p.X, p.Y, Loss(loss), kinkCrossed);
        QVERIFY2(!kinkCrossed, "a nudge crossed a ReLU kink: the numeric gradient is meaningless");
        const auto ana = backpropGradients(p.net, p.X, p.Y, Loss(loss));
        const Check c = compare(ana, num);
        QVERIFY2(c.worstExcess <= 0, qPrintable(c.worst));
        QVERIFY2(c.normError < relTol, qPrintable(QString("relative norm error %1").arg(c.normError)));
        // The layer-0 gradient must be non-trivial, or the ∂L/∂X path through both hidden layers went untested.
        QVERIFY(num[0].norm() > 1e-3);
    }

    void descentStepIsTheGradientStep_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("output");
        QTest::addColumn<int>("loss");
        for (int width : {4, 10}) {
            const std::string kernels = width == 4 ? "fixed-size kernels" : "Eigen products";
            QTest::newRow((kernels + ", sigmoid/mse").c_str()) << width << int(Activation::Sigmoid) << int(Loss::MSE);
            QTest::newRow((kernels + ", softmax/cce").c_str())
                << width << int(Activation::Softmax) << int(Loss::CategoricalCrossEntropy);
        }
    }

    void descentStepIsTheGradientStep()
    {
        // backwardDescend folds θ ← θ − η·∂L/∂θ into backpropagation; it must land where
        // backward followed by that step lands, and leave gradient() alone.
        QFETCH(int, width);
        QFETCH(int, output);
        QFETCH(int, loss);
        const Loss L = Loss(loss);
        Problem p = makeProblem(Activation::Tanh, Activation(output), L, width);
        const Scalar eta = 0.7f;
        Network stepped = p.net;
        stepped.forward(p.X);
        stepped.backward(p.X, p.Y, L);
        stepped.parameters() -= eta * stepped.gradient();
        Network folded = p.net;
        const Matrix other = p.X.reverse();  // leaves a gradient of another batch behind
        folded.forward(other);
        folded.backward(other, p.Y, L);
        const Vector gradBefore = folded.gradient();
        QVERIFY(gradBefore.norm() > 1e-3f);
        folded.forward(p.X);
        folded.backwardDescend(p.X, p.Y, L, eta);
        const Vector moved = stepped.parameters() - p.net.parameters();
        QVERIFY(moved.norm() > 1e-3f);  // the step is large enough to tell apart
        QVERIFY((folded.parameters() - stepped.parameters()).cwiseAbs().maxCoeff() <= 1e-6f);
        QVERIFY(folded.gradient() == gradBefore);
    }

    void inputGradientThroughHiddenLayers_data()
    {
        QTest::addColumn<int>("hidden");
        QTest::newRow("sigmoid") << int(Activation::Sigmoid);
        QTest::newRow("tanh") << int(Activation::Tanh);
        QTest::newRow("leaky_relu") << int(Activation::LeakyReLU);
    }

    void inputGradientThroughHiddenLayers()
    {
        // Chains DenseLayer::backward by hand down to ∂L/∂X of the input and compares it with
        // central differences in X: checks dX = Wᵀ·∂L/∂Z through two hidden layers and a softmax.
        QFETCH(int, hidden);
        const Loss loss = Loss::CategoricalCrossEntropy;
        Problem p = makeProblem(Activation(hidden), Activation::Softmax, loss);
        Network& net = p.net;
        net.forward(p.X);
        Matrix G, dX;
        fusedOutputGradient(loss, Activation::Softmax, net.layers.back().A, p.Y, G);
        for (std::size_t i = net.layers.size(); i-- > 0;) {
            const Matrix& in = i == 0 ? p.X : net.layers[i - 1].A;
            net.layers[i].backward(in, G, &dX, i + 1 == net.layers.size());
            std::swap(G, dX);
        }
        const Matrix ana = G;  // 3 × 6, ∂L/∂X
        Matrix num(ana.rows(), ana.cols());
        for (Index k = 0; k < p.X.size(); ++k) {
            const Scalar x = p.X(k);
            const Scalar up = Scalar(x + h), down = Scalar(x - h);
            p.X(k) = up;
            const double Lup = lossValue(loss, net.forward(p.X), p.Y);
            p.X(k) = down;
            const double Ldown = lossValue(loss, net.forward(p.X), p.Y);
            p.X(k) = x;
            num(k) = Scalar((Lup - Ldown) / (double(up) - double(down)));
        }
        const Check c = compare({ana}, {num});
        QVERIFY2(c.worstExcess <= 0, qPrintable(c.worst));
        QVERIFY(num.norm() > 1e-3);
    }

    void cceWithTargetsNotSummingToOne()
    {
        // The fused softmax + cce gradient must be the general (p·Σy − y)/B, not the one-hot
        // shortcut (p − y)/B: nothing stops a CSV with several non-one-hot targets being trained
        // with softmax + cce.
        Problem p = makeProblem(Activation::Tanh, Activation::Softmax, Loss::CategoricalCrossEntropy);
        p.Y.col(1) *= 2.0f;
        p.Y.col(2).setZero();
        bool kinkCrossed = false;
        const auto num = numericGradients(p.net, p.X, p.Y, Loss::CategoricalCrossEntropy, kinkCrossed);
        const auto ana = backpropGradients(p.net, p.X, p.Y, Loss::CategoricalCrossEntropy);
        QVERIFY(compare(ana, num).worstExcess <= 0);
    }

    void badGradientsAreCaught()
    {
        // The comparison must be able to fail: a 3% error in one entry, or a sign flip, is rejected.
        Problem p = makeProblem(Activation::Tanh, Activation::Sigmoid, Loss::MSE);
        bool kinkCrossed = false;
        const auto num = numericGradients(p.net, p.X, p.Y, Loss::MSE, kinkCrossed);
        auto ana = backpropGradients(p.net, p.X, p.Y, Loss::MSE);
        QVERIFY(compare(ana, num).worstExcess <= 0);
        Index row = 0, col = 0;
        ana[0].cwiseAbs().maxCoeff(&row, &col);
        auto scaled = ana;
        scaled[0](row, col) *= 1.03f;
        QVERIFY(compare(scaled, num).worstExcess > 0);
        auto flipped = ana;
        flipped[5] = -flipped[5];  // the output layer's biases
        QVERIFY(compare(flipped, num).worstExcess > 0);
    }
};

QTEST_APPLESS_MAIN(TestGradients)
#include "test_gradients.moc"
