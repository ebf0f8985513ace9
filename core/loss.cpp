#include "loss.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace bp {

namespace {
constexpr Scalar kEps = 1e-7f;  // keeps ln p and ln(1 − p) finite where a sigmoid rounds to 0 or 1
// Softmax outputs are exact down to about 1e-37 (e^(z − max) underflows only below that), so
// clamping there keeps ln p exact wherever it is finite: the value never turns Inf.
constexpr Scalar kTiny = 1e-37f;

// Other spellings the command line accepts; files are written with lossNames' names.
constexpr NamedValue<Loss> aliases[] = {
    {Loss::SumSquares, "sum_squares", {}}, {Loss::BinaryCrossEntropy, "binary_cross_entropy", {}},
    {Loss::CategoricalCrossEntropy, "cross_entropy", {}}, {Loss::CategoricalCrossEntropy, "categorical_cross_entropy", {}}};

Scalar batchSize(const MatrixView& P) { return Scalar(P.cols()); }

Scalar elementCount(const MatrixView& P) { return Scalar(P.size()); }
}  // namespace

std::optional<Loss> lossFromName(std::string_view name)
{
    if (const auto loss = valueOf(lossNames, name))
        return loss;
    return valueOf(aliases, name);
}

Scalar lossValue(Loss loss, const MatrixView& Pv, const MatrixView& Yv)
{
    const auto P = contiguous(Pv);
    const auto Y = contiguous(Yv);
    switch (loss) {
    case Loss::SumSquares:
        return (P - Y).squaredNorm() / (2.0f * batchSize(Pv));
    case Loss::MSE:
        return (P - Y).squaredNorm() / elementCount(Pv);
    case Loss::RMSE:
        return std::sqrt((P - Y).squaredNorm() / elementCount(Pv));
    case Loss::BinaryCrossEntropy: {
        const auto p = P.array().max(kEps).min(1.0f - kEps);
        return -(Y.array() * p.log() + (1.0f - Y.array()) * (1.0f - p).log()).sum() / elementCount(Pv);
    }
    case Loss::CategoricalCrossEntropy:
        return -(Y.array() * P.array().max(kTiny).log()).sum() / batchSize(Pv);
    }
    return 0.0f;
}

void lossGradient(Loss loss, const MatrixView& Pv, const MatrixView& Yv, Matrix& G)
{
    const auto P = contiguous(Pv);
    const auto Y = contiguous(Yv);
    switch (loss) {
    case Loss::SumSquares:  // ∂L/∂p = (p − y)/B
        G = (P - Y) / batchSize(P);
        break;
    case Loss::MSE:  // ∂L/∂p = 2(p − y)/(BK)
        G = (P - Y) * (2.0f / elementCount(P));
        break;
    case Loss::RMSE: {  // ∂L/∂p = (p − y)/(BK · L); where L = 0, p − y = 0 too
        const Scalar L = std::max(lossValue(loss, P, Y), kTiny);
        G = (P - Y) / (elementCount(P) * L);
        break;
    }
    case Loss::BinaryCrossEntropy: {  // ∂L/∂p = (p − y) / (p(1 − p)) / (BK)
        const auto p = P.array().max(kEps).min(1.0f - kEps);
        G = ((p - Y.array()) / (p * (1.0f - p)) / elementCount(P)).matrix();
        break;
    }
    case Loss::CategoricalCrossEntropy:  // ∂L/∂p = −y / (p B)
        G = (-Y.array() / P.array().max(kEps) / batchSize(P)).matrix();
        break;
    }
}

bool lossFusesWith(Loss loss, Activation f)
{
    const bool squares = loss == Loss::SumSquares || loss == Loss::MSE;
    return (loss == Loss::CategoricalCrossEntropy && f == Activation::Softmax)
        || (loss == Loss::BinaryCrossEntropy && f == Activation::Sigmoid)
        || (squares && (f == Activation::Linear || f == Activation::Sigmoid || f == Activation::Tanh));
}

void fusedOutputGradient(Loss loss, Activation f, const MatrixView& Pv, const MatrixView& Yv, Matrix& dZ)
{
    const auto P = contiguous(Pv);
    const auto Y = contiguous(Yv);
    switch (loss) {
    case Loss::CategoricalCrossEntropy: {  // softmax: ∂L/∂z = (p·Σ_k y_k − y)/B, (p − y)/B for one-hot y
        // Column by column in plain loops: a handful of classes each, too few for an Eigen call apiece.
        dZ.resize(P.rows(), P.cols());
        const Index K = P.rows();
        const Scalar B = batchSize(P);
        const Scalar *p = P.data(), *y = Y.data();
        Scalar* g = dZ.data();
        for (Index j = 0; j < P.cols(); ++j, p += K, y += K, g += K) {
            Scalar total = 0;
            for (Index i = 0; i < K; ++i)
                total += y[i];
            for (Index i = 0; i < K; ++i)
                g[i] = (p[i] * total - y[i]) / B;
        }
        return;
    }
    case Loss::BinaryCrossEntropy:  // sigmoid: ∂L/∂z = (p − y)/(BK)
        dZ.noalias() = (P - Y) / elementCount(P);
        return;
    default:  // sse, mse: ∂L/∂z = c·(p − y) ⊙ f'(z), with c = 1/B or 2/(BK)
        break;
    }
    const auto times = [&](const auto& r) {  // dZ = r ⊙ f'(z), with f' written in p
        if (f == Activation::Sigmoid)
            dZ.noalias() = (r * (P.array() * (1.0f - P.array()))).matrix();
        else if (f == Activation::Tanh)
            dZ.noalias() = (r * (1.0f - P.array().square())).matrix();
        else
            dZ.noalias() = r.matrix();
    };
    if (loss == Loss::MSE)
        times((P - Y).array() * (2.0f / elementCount(P)));
    else
        times((P - Y).array() / batchSize(P));
}

}  // namespace bp
