#pragma once
// An optimizer moves parameters against their gradients; each parameter has a slot for its state.
#include "optimizerkind.h"
#include "tensor.h"

#include <memory>
#include <optional>
#include <string_view>

namespace bp {

struct OptimizerConfig {
    OptimizerKind kind = OptimizerKind::SGD;
    Scalar learningRate = 0.1f;  // η
    Scalar momentum = 0.9f;      // μ, for Momentum
    Scalar beta1 = 0.9f;         // β1, for Adam
    Scalar beta2 = 0.999f;       // β2, for Adam
    Scalar epsilon = 1e-8f;      // ε, for Adam
    bool operator==(const OptimizerConfig&) const = default;
};

/// A parameter seen as one flat array: every optimizer works element by element, so the shape
/// (W out × in, or b) does not matter, and a flat loop vectorises fully.
using FlatParam = Eigen::Map<Vector>;
using FlatGrad = Eigen::Map<const Vector>;

class Optimizer {
public:
    explicit Optimizer(const OptimizerConfig& config) : config_(config) {}
    virtual ~Optimizer() = default;

    /// Moves param one step against grad; slot names the parameter (0, 1, 2 … in a fixed order).
    virtual void step(std::size_t slot, FlatParam param, FlatGrad grad) = 0;

    /// Moves a whole matrix (or vector) one step against a gradient of the same shape.
    template <typename P, typename G>
    void step(std::size_t slot, P& param, const G& grad)
    {
        step(slot, FlatParam(param.data(), param.size()), FlatGrad(grad.data(), grad.size()));
    }

    /// Returns η when a step is exactly θ ← θ − η·g with no state, so a caller may fold it into
    /// the products that form g (see Network::backwardDescend); 0 for any other optimizer.
    virtual Scalar foldableRate() const { return 0; }

    /// Forgets all state (velocities, moments, step counts), as for a freshly built optimizer.
    virtual void reset() {}

    /// Changes η from the next step on; state is kept.
    void setLearningRate(Scalar eta) { config_.learningRate = eta; }

    const OptimizerConfig& config() const { return config_; }

protected:
    OptimizerConfig config_;
};

/// Builds the optimizer that config names.
std::unique_ptr<Optimizer> makeOptimizer(const OptimizerConfig& config);

}  // namespace bp
