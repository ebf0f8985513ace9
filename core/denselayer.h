#pragma once
// A fully connected layer: Z = W·X + b, A = f(Z).
#include "activation.h"
#include "tensor.h"

namespace bp {

class Random;
enum class Init;

class DenseLayer {
public:
    /// Makes a layer of `out` neurons fed by `in` values, with zero weights.
    DenseLayer(Index in, Index out, Activation f, Scalar slope = 0.01f);

    /// Draws W from Glorot (±√(6/(in+out))) or He (±√(6/in)) uniform, and sets b = 0.
    void initialise(Init init, Random& random);

    /// Computes Z and A for a batch X (in × B) and returns A (out × B).
    const Matrix& forward(const MatrixView& X);

    /// From G = ∂L/∂A (out × B), or ∂L/∂Z when gradIsZ, fills dW and db;
    /// writes ∂L/∂X (in × B) into dX unless dX is null. G is overwritten.
    void backward(const MatrixView& X, Matrix& G, Matrix* dX, bool gradIsZ = false);

    Index inputs() const { return W.cols(); }
    Index outputs() const { return W.rows(); }

    Matrix W;   // out × in
    Vector b;   // out
    Matrix dW;  // out × in, ∂L/∂W of the last batch
    Vector db;  // out, ∂L/∂b of the last batch
    Activation f;
    Scalar slope;  // leaky ReLU's slope for z < 0

    Matrix Z;  // out × B, pre-activations of the last forward pass
    Matrix A;  // out × B, activations of the last forward pass
};

}  // namespace bp
