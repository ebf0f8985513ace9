#pragma once
// Central-difference checks of backpropagated gradients, shared by the gradient tests.
//
// Tolerances. The core computes in float (ε ≈ 6e-8), so the loss L ~ 0.1–2 carries a rounding
// error of at most ~1e-6·L after its short sums. The central difference (L(θ+h) − L(θ−h)) / 2h
// then has a rounding error ≲ 1e-6·L / 2h and a truncation error ≈ h²·|L'''| / 6. With h = 1e-2
// both are ≲ 5e-5, so an entry passes when |num − ana| ≤ 1e-2·max(|num|, |ana|) + 2e-4.
// Gradients here are 1e-3…1 in size, so a real bug (a lost factor 2, σ' missing, a wrong sign,
// a transposed index) misses by tens of percent and fails; badGradientsAreCaught shows a 3% error
// in one entry already fails. The whole gradient must also agree to 1e-2 in norm. Measured: all
// 100 pairs still pass with tolerances ten times tighter (1e-3, 2e-5), so there is a 10× margin.
#include "network.h"

#include <QString>

#include <cmath>
#include <vector>

namespace gradcheck {

using namespace bp;

inline constexpr double h = 1e-2;
inline constexpr double relTol = 1e-2, absTol = 2e-4;
inline constexpr Scalar kinkMargin = 0.1f;  // no ReLU pre-activation within this of 0: θ ± h never crosses it

inline bool hasKink(Activation f) { return f == Activation::ReLU || f == Activation::LeakyReLU; }

// Returns the sign pattern of every ReLU-family layer's Z (a > 0 exactly where z > 0) after the
// last forward pass, to see that a nudge crossed no kink.
inline std::vector<bool> kinkPattern(const Network& net)
{
    std::vector<bool> out;
    for (const DenseLayer& l : net.layers)
        if (hasKink(l.f))
            for (Index k = 0; k < l.A.size(); ++k)
                out.push_back(l.A(k) > 0.0f);
    return out;
}

// Returns how near any ReLU-family pre-activation Z = W·X + b comes to its kink at 0, for input X.
inline Scalar smallestKinkDistance(const Network& net, const Matrix& X)
{
    Scalar d = 1e9f;
    Matrix in = X;
    for (const DenseLayer& l : net.layers) {
        const Matrix Z = (l.W * in).colwise() + l.b;
        if (hasKink(l.f))
            d = std::min(d, Z.cwiseAbs().minCoeff());
        in = l.A;  // the layer's own output from the forward pass, as the next layer saw it
    }
    return d;
}

struct Check {
    double worstExcess = -1;  // max over entries of |num − ana| − tolerance; ≤ 0 passes
    QString worst;            // which entry that was
    double normError = 0;     // ‖num − ana‖ / ‖num‖
};

// Compares analytic gradients with numeric ones, entry by entry and in norm.
inline Check compare(const std::vector<Matrix>& ana, const std::vector<Matrix>& num)
{
    Check c;
    double diff2 = 0, num2 = 0;
    for (std::size_t p = 0; p < ana.size(); ++p)
        for (Index k = 0; k < ana[p].size(); ++k) {
            const double a = ana[p](k), n = num[p](k);
            const double excess = std::abs(a - n) - (relTol * std::max(std::abs(a), std::abs(n)) + absTol);
            diff2 += (a - n) * (a - n);
            num2 += n * n;
            if (excess > c.worstExcess) {
                c.worstExcess = excess;
                c.worst = QString("%1[%2]: backprop %3, numeric %4").arg(p % 2 ? "db" : "dW")
                              .arg(k).arg(a, 0, 'g', 6).arg(n, 0, 'g', 6) + QString(" (layer %1)").arg(p / 2);
            }
        }
    c.normError = std::sqrt(diff2 / std::max(num2, 1e-30));
    return c;
}

// Central difference of the network's own float loss for every weight and bias, in slot order
// (W0, b0, W1, b1, …). Sets kinkCrossed if any nudge flipped the sign of a ReLU pre-activation.
inline std::vector<Matrix> numericGradients(Network& net, const Matrix& X, const Matrix& Y, Loss loss, bool& kinkCrossed)
{
    net.forward(X);
    const auto pattern = kinkPattern(net);
    auto lossAt = [&](Scalar& theta, Scalar value) {
        theta = value;
        const Scalar L = lossValue(loss, net.forward(X), Y);
        kinkCrossed = kinkCrossed || kinkPattern(net) != pattern;
        return double(L);
    };
    std::vector<Matrix> out;
    for (DenseLayer& layer : net.layers) {
        for (int part = 0; part < 2; ++part) {
            Scalar* data = part == 0 ? layer.W.data() : layer.b.data();
            const Index n = part == 0 ? layer.W.size() : layer.b.size();
            Matrix g = part == 0 ? Matrix(layer.W.rows(), layer.W.cols()) : Matrix(layer.b.size(), 1);
            for (Index k = 0; k < n; ++k) {
                const Scalar theta = data[k];
                const Scalar up = Scalar(theta + h), down = Scalar(theta - h);  // the step float really takes
                const double Lup = lossAt(data[k], up), Ldown = lossAt(data[k], down);
                data[k] = theta;
                g(k) = Scalar((Lup - Ldown) / (double(up) - double(down)));
            }
            out.push_back(g);
        }
    }
    return out;
}

inline std::vector<Matrix> backpropGradients(Network& net, const Matrix& X, const Matrix& Y, Loss loss)
{
    net.forward(X);
    net.backward(X, Y, loss);
    std::vector<Matrix> out;
    for (const DenseLayer& l : net.layers) {
        out.push_back(l.dW);
        out.push_back(l.db);
    }
    return out;
}

}  // namespace gradcheck
