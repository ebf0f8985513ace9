#include "network.h"

#include "random.h"

#include <utility>

namespace bp {

Network::Network(const NetworkSpec& spec) : spec_(spec)
{
    Index in = spec.inputs;
    layers.reserve(spec.layers.size());
    for (const LayerSpec& l : spec.layers) {
        layers.emplace_back(in, l.neurons, l.activation, spec.leakySlope);
        in = l.neurons;
    }
    G_.resize(layers.size());
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

Scalar Network::backward(const MatrixView& X, const MatrixView& Y, Loss loss)
{
    const std::size_t top = layers.size() - 1;
    DenseLayer& out = layers[top];
    const Scalar value = lossValue(loss, out.A, Y);
    const bool fused = lossFusesWith(loss, out.f);
    if (fused)
        fusedOutputGradient(loss, out.A, Y, G_[top]);  // ∂L/∂Z of the output layer
    else
        lossGradient(loss, out.A, Y, G_[top]);  // ∂L/∂A of the output layer
    // Chain rule, top to bottom: each layer turns ∂L/∂A into ∂L/∂Z, then into its dW, db and
    // the ∂L/∂A of the layer below (its input). Each layer keeps its own buffer, so no batch
    // after the first of its size allocates.
    for (std::size_t i = top; i > 0; --i)
        layers[i].backward(layers[i - 1].A, G_[i], &G_[i - 1], fused && i == top);
    layers[0].backward(X, G_[0], nullptr, fused && top == 0);
    return value;
}

Matrix Network::predict(const MatrixView& X) const
{
    Matrix in = X;
    Matrix Z, A;
    for (const DenseLayer& layer : layers) {
        Z.noalias() = layer.W * in;
        Z.colwise() += layer.b;
        activate(layer.f, Z, A, layer.slope);
        std::swap(in, A);
    }
    return in;
}

bool Network::allFinite() const
{
    for (const DenseLayer& layer : layers)
        if (!layer.W.allFinite() || !layer.b.allFinite())
            return false;
    return true;
}

Index Network::parameterCount() const
{
    Index n = 0;
    for (const DenseLayer& layer : layers)
        n += layer.W.size() + layer.b.size();
    return n;
}

}  // namespace bp
