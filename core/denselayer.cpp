#include "denselayer.h"

#include "networkspec.h"
#include "random.h"
#include "smallproduct.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace bp {

namespace {
// Makes M = [v v … v], cols copies of v.
void fillColumns(Matrix& M, const Eigen::Map<Vector>& v, Index cols)
{
    M.resize(v.size(), cols);
    if (cols == 0)
        return;
    M.col(0) = v;
    for (Index filled = 1; filled < cols; filled *= 2)
        std::copy_n(M.data(), std::min(filled, cols - filled) * M.rows(), M.data() + filled * M.rows());
}
}  // namespace

DenseLayer::DenseLayer(Index in, Index out, Activation f, Scalar slope, Scalar* params, Scalar* grads)
    : W(params, out, in), b(params + out * in, out), dW(grads, out, in), db(grads + out * in, out),
      f(f), slope(slope)
{
}

void DenseLayer::initialise(Init init, Random& random)
{
    const Scalar fan = init == Init::He ? Scalar(inputs()) : Scalar(inputs() + outputs());
    const Scalar limit = std::sqrt(6.0f / fan);
    // Column-major order, so the same seed fills the same weights whatever the shape's use.
    for (Index j = 0; j < W.cols(); ++j)
        for (Index i = 0; i < W.rows(); ++i)
            W(i, j) = random.uniform(-limit, limit);
    b.setZero();
}

const Matrix& DenseLayer::forward(const MatrixView& X)
{
    affine(X, A);           // Z = W·X + b, held in A until f replaces it
    activate(f, A, slope);  // A = f(Z)
    return A;
}

void DenseLayer::backward(const MatrixView& X, Matrix& G, Matrix* dX, bool gradIsZ, Scalar eta)
{
    if (!gradIsZ)
        activationBackward(f, A, G, slope);  // G = ∂L/∂Z = ∂L/∂A ⊙ f'(Z)
    if (dX)
        transposedProduct(G, *dX);  // ∂L/∂X = Wᵀ·∂L/∂Z, before W moves
    if (eta == 0)
        outerProduct(1, G, X, 0, dW, db);  // ∂L/∂W = ∂L/∂Z·Xᵀ, ∂L/∂b = Σ_j ∂L/∂Z(:, j)
    else
        outerProduct(-eta, G, X, 1, W, b);  // W ← W − η·∂L/∂W, b ← b − η·∂L/∂b
}

// The three products: Eigen's own, with the fast paths below. A layer of at most 8 × 8 takes
// kernels compiled for its shape instead (smallproduct.h gives why, and the gain). Gains are
// measured with `backprop bench` by turning each path off: thread CPU time, best of 63 runs.

void DenseLayer::affine(const MatrixView& X, Matrix& Z) const
{
    if (isSmallLayer(outputs(), inputs()))
        return smallAffine(W, b, X, Z);
    // Fast path: the product adds into copies of b, made by a few doubling copies, where
    // Eigen's colwise() += b pays a loop set-up for each of B short columns: 7% on w2, 3% on w4.
    fillColumns(Z, b, X.cols());
    Z.noalias() += W * X;
}

void DenseLayer::transposedProduct(const Matrix& G, Matrix& dX) const
{
    if (isSmallLayer(outputs(), inputs()))
        return smallTransposedProduct(W, G, dX);
    dX.noalias() = W.transpose() * G;
}

void DenseLayer::outerProduct(Scalar alpha, const Matrix& G, const MatrixView& X, Scalar beta,
                              Eigen::Map<Matrix>& D, Eigen::Map<Vector>& d)
{
    if (isSmallLayer(outputs(), inputs()))
        return smallOuterProduct(alpha, G, X, beta, D, d);
    // Fast path: Σ_j G(:, j) goes into a plain aligned vector of our own, which Eigen sums with
    // SIMD, where into a view such as b it sums one float at a time: 6% on w4 (SGD), 4% (Adam).
    assert(beta == 0 || beta == 1);
    rowSum_.noalias() = G.rowwise().sum();
    if (beta == 0) {
        D.noalias() = alpha * G * X.transpose();
        d = alpha * rowSum_;
    } else {  // plain SGD's step, one product accumulating into W: no dW pass
        D.noalias() += alpha * G * X.transpose();
        d += alpha * rowSum_;
    }
}

}  // namespace bp
