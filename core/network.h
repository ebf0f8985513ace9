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
    /// Copies weights, gradients and caches; the copy's layers view the copy's own arrays.
    Network(const Network& other);
    Network& operator=(const Network& other);
    Network(Network&&) = default;  // arrays move with their buffers, so the layers' views stay valid
    Network& operator=(Network&&) = default;

    /// Draws every layer's weights from the spec's initialiser, seeded: equal seeds, equal weights.
    void initialise(std::uint64_t seed);

    /// Runs a batch X (inputs × B) through every layer and returns the output (outputs × B).
    const Matrix& forward(const MatrixView& X);

    /// Backpropagates the loss of the last forward pass (which had input X) against targets Y,
    /// filling every layer's dW and db: ∂L/∂θ, which gradient() sees.
    void backward(const MatrixView& X, const MatrixView& Y, Loss loss);

    /// Backpropagates as backward does, but moves θ by −η·∂L/∂θ on the way down instead of
    /// storing the gradient: plain gradient descent with one pass fewer over θ. gradient() keeps
    /// its earlier value.
    void backwardDescend(const MatrixView& X, const MatrixView& Y, Loss loss, Scalar eta);

    /// Returns the output for X without touching the training caches.
    Matrix predict(const MatrixView& X) const;

    /// True when every weight and bias is a finite number.
    bool allFinite() const;

    /// Returns the number of weights and biases.
    Index parameterCount() const { return theta_.size(); }

    /// Every weight and bias as one flat array θ: W₀ (column-major), b₀, W₁, b₁, … The layers'
    /// W and b are views into it, so an optimizer steps the whole network in one pass.
    Eigen::Map<Vector> parameters() { return {theta_.data(), theta_.size()}; }
    const Vector& parameters() const { return theta_; }

    /// ∂L/∂θ of the last backward pass, laid out as parameters(); the layers' dW and db view it.
    Eigen::Map<const Vector> gradient() const { return {grad_.data(), grad_.size()}; }

    /// Returns ‖∂L/∂θ‖, the norm of the last backward pass's gradient over every weight and bias.
    double gradientNorm() const;

    /// Scales ∂L/∂θ down to norm maxNorm (> 0) when its norm ‖∂L/∂θ‖ (over every weight and bias)
    /// is larger; returns the norm it had.
    double clipGradient(Scalar maxNorm);

    /// Views layer i's W inside a flat array laid out as parameters() (a saved copy, say).
    Eigen::Map<const Matrix> weightsIn(const Vector& theta, std::size_t i) const;
    /// Views layer i's b inside a flat array laid out as parameters().
    Eigen::Map<const Vector> biasesIn(const Vector& theta, std::size_t i) const;

    /// Returns the architecture the network was built from.
    const NetworkSpec& spec() const { return spec_; }

    std::vector<DenseLayer> layers;  // views of theta_ and grad_

private:
    // backward when eta is 0, backwardDescend with that η otherwise.
    void backpropagate(const MatrixView& X, const MatrixView& Y, Loss loss, Scalar eta);

    NetworkSpec spec_;
    Vector theta_;           // every W and b, layer after layer
    Vector grad_;            // ∂L/∂θ, laid out as theta_
    std::vector<Matrix> G_;  // per layer, out × B: ∂L/∂A, turned into ∂L/∂Z in place during backward
};

}  // namespace bp
