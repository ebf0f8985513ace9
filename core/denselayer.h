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

    /// From G = ∂L/∂A (out × B), or ∂L/∂Z when gradIsZ, fills dW and db; writes ∂L/∂X (in × B)
    /// into dX unless dX is null. G is overwritten (it ends as ∂L/∂Z).
    /// Unless eta is 0, plain gradient descent is folded in: W and b move by −η·∂L/∂W and −η·∂L/∂b
    /// instead, and dW and db keep their earlier values. dX always sees W as it was.
    void backward(const MatrixView& X, Matrix& G, Matrix* dX, bool gradIsZ = false, Scalar eta = 0);

    /// Returns the number of values the layer is fed.
    Index inputs() const { return W.cols(); }
    /// Returns the number of neurons.
    Index outputs() const { return W.rows(); }

    Eigen::Map<Matrix> W;   // out × in
    Eigen::Map<Vector> b;   // out
    Eigen::Map<Matrix> dW;  // out × in, ∂L/∂W of the last batch
    Eigen::Map<Vector> db;  // out, ∂L/∂b of the last batch
    Activation f;
    Scalar slope;  // leaky ReLU's slope for z < 0

    Matrix A;  // out × B, activations of the last forward pass

private:
    // The products behind forward and backward, with their fast paths:
    void affine(const MatrixView& X, Matrix& Z) const;        // Z = W·X + b, out × B
    void transposedProduct(const Matrix& G, Matrix& dX) const;  // dX = Wᵀ·G, in × B
    // D = β·D + α·G·Xᵀ and d = β·d + α·Σ_j G(:, j), with D out × in and d out, for β 0 (D and d are
    // not read) or 1 (they accumulate: plain SGD's folded step).
    void outerProduct(Scalar alpha, const Matrix& G, const MatrixView& X, Scalar beta, Eigen::Map<Matrix>& D,
                      Eigen::Map<Vector>& d);

    Vector rowSum_;  // out, Σ_j G(:, j) in outerProduct
};

}  // namespace bp
