#include "denselayer.h"

#include "networkspec.h"
#include "random.h"
#include "smallproduct.h"

#include <algorithm>
#include <cmath>

namespace bp {

namespace {
// Makes M = [v v … v], cols copies of v.
void fillColumns(Matrix& M, const Eigen::Map<Vector>& v, Index cols)
{
    // v once, then copies of the filled part doubling it: a few long copies where a column at a
    // time (Eigen's replicate) pays its loop set-up for every one of B short columns.
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
    if (isSmallLayer(outputs(), inputs())) {
        smallAffine(W, b, X, A);  // Z = W·X + b, kept only until f turns it into A in place
    } else {
        fillColumns(A, b, X.cols());  // the product adds into the bias: no zeroing pass, no bias pass
        A.noalias() += W * X;
    }
    activate(f, A, slope);
    return A;
}

void DenseLayer::backward(const MatrixView& X, Matrix& G, Matrix* dX, bool gradIsZ)
{
    if (!gradIsZ)
        activationBackward(f, A, G, slope);  // G is now ∂L/∂Z
    if (dX)
        inputGradient(G, *dX);
    if (isSmallLayer(outputs(), inputs())) {
        smallOuterProduct(1, G, X, 0, dW, db);
    } else {
        dW.noalias() = G * X.transpose();  // ∂L/∂W = ∂L/∂Z · Xᵀ
        db = sumOverBatch(G);              // ∂L/∂b = Σ over the batch of ∂L/∂Z
    }
}

void DenseLayer::backwardDescend(const MatrixView& X, Matrix& G, Matrix* dX, Scalar eta, bool gradIsZ)
{
    if (!gradIsZ)
        activationBackward(f, A, G, slope);
    if (dX)
        inputGradient(G, *dX);  // before W moves
    if (isSmallLayer(outputs(), inputs())) {
        smallOuterProduct(-eta, G, X, 1, W, b);
    } else {
        W.noalias() -= eta * G * X.transpose();  // one product accumulating into W: no dW, no second pass
        b -= eta * sumOverBatch(G);
    }
}

const Vector& DenseLayer::sumOverBatch(const Matrix& G)
{
    // Into a vector of our own: Eigen sums the rows of G with SIMD only into a plain, aligned
    // vector, and one float at a time into a view such as b (10–20× slower at 16 × 1000).
    rowSum_.noalias() = G.rowwise().sum();
    return rowSum_;
}

void DenseLayer::inputGradient(const Matrix& G, Matrix& dX) const
{
    if (isSmallLayer(outputs(), inputs()))
        smallTransposedProduct(W, G, dX);
    else
        dX.noalias() = W.transpose() * G;  // ∂L/∂X = Wᵀ · ∂L/∂Z
}

}  // namespace bp
