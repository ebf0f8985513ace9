#include "network.h"

#include "random.h"

#include <cmath>
#include <utility>

namespace bp {

Network::Network(const NetworkSpec& spec) : spec_(spec)
{
    Index in = spec.inputs, count = 0;
    for (const LayerSpec& l : spec.layers) {
        count += DenseLayer::parameterCount(in, l.neurons);
        in = l.neurons;
    }
    theta_ = Vector::Zero(count);
    grad_ = Vector::Zero(count);
    in = spec.inputs;
    Index offset = 0;  // where this layer's W starts in θ; its b follows W
    layers.reserve(spec.layers.size());
    for (const LayerSpec& l : spec.layers) {
        layers.emplace_back(in, l.neurons, l.activation, spec.leakySlope, theta_.data() + offset, grad_.data() + offset);
        offset += DenseLayer::parameterCount(in, l.neurons);
        in = l.neurons;
    }
    G_.resize(layers.size());
}

Network::Network(const Network& other) : Network(other.spec_)
{
    theta_ = other.theta_;
    grad_ = other.grad_;
    for (std::size_t i = 0; i < layers.size(); ++i)
        layers[i].A = other.layers[i].A;
}

Network& Network::operator=(const Network& other)
{
    if (this != &other)
        *this = Network(other);
    return *this;
}

Eigen::Map<const Matrix> Network::weightsIn(const Vector& theta, std::size_t i) const
{
    const auto offset = layers[i].W.data() - theta_.data();  // the same place in any θ-shaped array
    return {theta.data() + offset, layers[i].outputs(), layers[i].inputs()};
}

Eigen::Map<const Vector> Network::biasesIn(const Vector& theta, std::size_t i) const
{
    const auto offset = layers[i].b.data() - theta_.data();
    return {theta.data() + offset, layers[i].outputs()};
}

void Network::initialise(std::uint64_t seed)
{
    Random random(seed);
    for (DenseLayer& layer : layers)
        layer.initialise(spec_.init, random);
}

const Matrix& Network::forward(const MatrixView& X)
{
    layers.front().forward(X);
    for (std::size_t i = 1; i < layers.size(); ++i)
        layers[i].forward(layers[i - 1].A);
    return layers.back().A;
}

void Network::backward(const MatrixView& X, const MatrixView& Y, Loss loss) { backpropagate(X, Y, loss, 0); }

void Network::backwardDescend(const MatrixView& X, const MatrixView& Y, Loss loss, Scalar eta)
{
    backpropagate(X, Y, loss, eta);
}

void Network::backpropagate(const MatrixView& X, const MatrixView& Y, Loss loss, Scalar eta)
{
    const std::size_t top = layers.size() - 1;
    DenseLayer& out = layers[top];
    // Where the loss and the output's f have a joint formula, it gives ∂L/∂Z at once (and stays
    // finite where softmax or sigmoid saturate); otherwise the output layer starts from ∂L/∂A.
    const bool fused = lossFusesWith(loss, out.f);
    if (fused)
        fusedOutputGradient(loss, out.f, out.A, Y, G_[top]);
    else
        lossGradient(loss, out.A, Y, G_[top]);
    // Chain rule, top to bottom: each layer turns ∂L/∂A into ∂L/∂Z, then into its dW and db (or
    // its step) and into the ∂L/∂A of the layer below (its input). Each layer keeps its own
    // buffer, so no batch after the first of its size allocates.
    for (std::size_t i = top + 1; i-- > 0;) {
        const MatrixView in = i > 0 ? MatrixView(layers[i - 1].A) : X;
        Matrix* dX = i > 0 ? &G_[i - 1] : nullptr;
        layers[i].backward(in, G_[i], dX, fused && i == top, eta);
    }
}

Matrix Network::predict(const MatrixView& X) const
{
    Matrix in = X, A;
    for (const DenseLayer& layer : layers) {
        A.noalias() = layer.W * in;
        A.colwise() += layer.b;
        activate(layer.f, A, layer.slope);
        std::swap(in, A);
    }
    return in;
}

double Network::gradientNorm() const
{
    // Summed in double, so a large network's many small squares are not lost.
    return std::sqrt(grad_.cast<double>().squaredNorm());
}

double Network::clipGradient(Scalar maxNorm)
{
    const double norm = gradientNorm();
    if (norm > double(maxNorm))
        grad_ *= Scalar(double(maxNorm) / norm);
    return norm;
}

bool Network::allFinite() const
{
    // θᵢ·0 is 0 for every finite θᵢ and NaN for ±Inf or NaN, so one vectorised sum tells them
    // apart (and, unlike Σθᵢ, cannot overflow).
    return (theta_.array() * 0.0f).sum() == 0.0f;
}

}  // namespace bp
