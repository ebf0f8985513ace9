#pragma once
// Gradient descent with classical momentum.
#include "optimizer.h"

namespace bp {

class Momentum final : public Optimizer {
public:
    using Optimizer::Optimizer;

    /// v ← μ·v − η·g;  θ ← θ + v
    using Optimizer::step;
    void step(FlatParam theta, FlatGrad g) override;

    /// Forgets the state, as for a freshly built optimizer.
    void reset() override { v_.resize(0); }

    /// Returns the velocity as first.
    OptimizerState state() const override { return {OptimizerKind::Momentum, 0, v_, {}}; }

    /// Takes the velocity from first; another optimizer's state leaves it as reset() does.
    void restore(const OptimizerState& state) override
    {
        v_ = state.kind == OptimizerKind::Momentum ? state.first : Vector();
    }

private:
    Vector v_;  // velocity, one per element of θ
};

}  // namespace bp
