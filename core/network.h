#pragma once
// A feedforward network: dense layers in a row, trained by backpropagation.
#include "denselayer.h"
#include "loss.h"
#include "networkspec.h"

#include <cstdint>
#include <vector>

namespace bp {

class Network {
public:
    /// Builds the layers spec describes, with zero weights; call initialise to draw them.
    explicit Network(const NetworkSpec& spec);

    /// Draws every layer's weights from the spec's initialiser, seeded: equal seeds, equal weights.
    void initialise(std::uint64_t seed);

    /// Runs a batch X (inputs × B) through every layer and returns the output (outputs × B).
    const Matrix& forward(const MatrixView& X);

    /// Backpropagates the loss of the last forward pass (which had input X) against targets Y,
    /// filling every layer's dW and db, and returns that loss.
    Scalar backward(const MatrixView& X, const MatrixView& Y, Loss loss);

    /// Returns the output for X without touching the training caches.
    Matrix predict(const MatrixView& X) const;

    /// True when every weight and bias is a finite number.
    bool allFinite() const;

    /// Returns the number of weights and biases.
    Index parameterCount() const;

    const NetworkSpec& spec() const { return spec_; }

    std::vector<DenseLayer> layers;

private:
    NetworkSpec spec_;
    std::vector<Matrix> G_;  // per layer, out × B: ∂L/∂A, turned into ∂L/∂Z in place during backward
};

}  // namespace bp
