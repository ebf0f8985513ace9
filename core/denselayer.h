#pragma once
// A fully connected layer: Z = W·X + b, A = f(Z).
#include "activation.h"
#include "tensor.h"

namespace bp {

class Random;
enum class Init;

class DenseLayer {
public:
    /// Makes a layer of `out` neurons fed by `in` values. Its W and b are views of the
    /// parameterCount(in, out) floats at params (W column-major, then b), and dW and db of as
    /// many at grads: the owner (a Network) keeps every layer's parameters in one flat array.
    DenseLayer(Index in, Index out, Activation f, Scalar slope, Scalar* params, Scalar* grads);
    DenseLayer(DenseLayer&&) = default;  // the views move along; the arrays they see do not
    DenseLayer(const DenseLayer&) = delete;
    DenseLayer& operator=(const DenseLayer&) = delete;

    /// Returns how many floats a layer of that shape keeps: out·in weights and out biases.
    static Index parameterCount(Index in, Index out) { return out * in + out; }

    /// Draws W from Glorot (±√(6/(in+out))) or He (±√(6/in)) uniform, and sets b = 0.
    void initialise(Init init, Random& random);

    /// Computes A = f(W·X + b) for a batch X (in × B) and returns A (out × B).
    const Matrix& forward(const MatrixView& X);

    /// From G = ∂L/∂A (out × B), or ∂L/∂Z when gradIsZ, fills dW and db;
    /// writes ∂L/∂X (in × B) into dX unless dX is null. G is overwritten.
    void backward(const MatrixView& X, Matrix& G, Matrix* dX, bool gradIsZ = false);

    /// As backward, but takes a plain gradient-descent step instead of storing dW and db:
    /// W ← W − η·∂L/∂W (folded into its product) and b ← b − η·∂L/∂b. dX sees the old W.
    void backwardDescend(const MatrixView& X, Matrix& G, Matrix* dX, Scalar eta, bool gradIsZ = false);

    Index inputs() const { return W.cols(); }
    Index outputs() const { return W.rows(); }

    Eigen::Map<Matrix> W;   // out × in
    Eigen::Map<Vector> b;   // out
    Eigen::Map<Matrix> dW;  // out × in, ∂L/∂W of the last batch
    Eigen::Map<Vector> db;  // out, ∂L/∂b of the last batch
    Activation f;
    Scalar slope;  // leaky ReLU's slope for z < 0

    Matrix A;  // out × B, activations of the last forward pass

private:
    void inputGradient(const Matrix& G, Matrix& dX) const;  // dX = Wᵀ·G
    const Vector& sumOverBatch(const Matrix& G);            // Σ_j G(:, j)

    Vector rowSum_;  // out, scratch for sumOverBatch
};

}  // namespace bp
