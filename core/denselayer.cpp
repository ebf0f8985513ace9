#include "denselayer.h"

#include "networkspec.h"
#include "random.h"

#include <cmath>

namespace bp {

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
    A.noalias() = W * X;  // Z = W·X + b, kept only until f turns it into A in place
    A.colwise() += b;
    activate(f, A, slope);
    return A;
}

void DenseLayer::backward(const MatrixView& X, Matrix& G, Matrix* dX, bool gradIsZ)
{
    if (!gradIsZ)
        activationBackward(f, A, G, slope);  // G is now ∂L/∂Z
    dW.noalias() = G * X.transpose();            // ∂L/∂W = ∂L/∂Z · Xᵀ
    db.noalias() = G.rowwise().sum();            // ∂L/∂b = Σ over the batch of ∂L/∂Z
    if (dX)
        dX->noalias() = W.transpose() * G;  // ∂L/∂X = Wᵀ · ∂L/∂Z
}

}  // namespace bp
