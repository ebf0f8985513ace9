#pragma once
// An optimizer moves the parameters θ against their gradient ∂L/∂θ, one step per batch.
#include "optimizerkind.h"
#include "optimizerstate.h"
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

/// The parameters as one flat array: every optimizer works element by element, so the shapes
/// (each W out × in, each b) do not matter, and one flat loop vectorises fully.
using FlatParam = Eigen::Map<Vector>;
using FlatGrad = Eigen::Map<const Vector>;

class Optimizer {
public:
    /// Makes an optimizer with config's settings and no state yet.
    explicit Optimizer(const OptimizerConfig& config) : config_(config) {}
    virtual ~Optimizer() = default;

    /// Moves θ one step against g = ∂L/∂θ (as many elements). The state (velocity, moments) is
    /// for θ as a whole, and starts again at zero when θ's size changes.
    virtual void step(FlatParam theta, FlatGrad g) = 0;

    /// Moves a whole matrix (or vector) one step against a gradient of the same shape.
    template <typename P, typename G>
    void step(P& theta, const G& g)
    {
        step(FlatParam(theta.data(), theta.size()), FlatGrad(g.data(), g.size()));
    }

    /// Forgets all state (velocities, moments, step counts), as for a freshly built optimizer.
    virtual void reset() {}

    /// Returns the state (velocities, moments, step count) as it stands; empty for plain SGD.
    virtual OptimizerState state() const { return {}; }

    /// Puts back a state that state() returned, so the next step is the one that would have
    /// followed; state whose size differs from θ's is dropped at that step, as after reset().
    virtual void restore(const OptimizerState&) {}

    /// Changes η from the next step on; state is kept.
    void setLearningRate(Scalar eta) { config_.learningRate = eta; }

    /// Returns the settings as they are now (setLearningRate changes them).
    const OptimizerConfig& config() const { return config_; }

protected:
    OptimizerConfig config_;
};

/// Builds the optimizer that config names.
std::unique_ptr<Optimizer> makeOptimizer(const OptimizerConfig& config);

}  // namespace bp
