#pragma once
// Adam: per-weight step sizes from running first and second moments of the gradient.
#include "optimizer.h"

namespace bp {

class Adam final : public Optimizer {
public:
    using Optimizer::Optimizer;

    /// m ← β1·m + (1−β1)·g;  v ← β2·v + (1−β2)·g²;  θ ← θ − η·m̂ / (√v̂ + ε),
    /// with m̂ = m/(1−β1^t), v̂ = v/(1−β2^t) and t the steps taken.
    using Optimizer::step;
    void step(FlatParam theta, FlatGrad g) override;

    /// Forgets the state, as for a freshly built optimizer.
    void reset() override
    {
        m_.resize(0);
        v_.resize(0);
        t_ = 0;
    }

    /// Returns t as steps, m as first and v as second.
    OptimizerState state() const override { return {OptimizerKind::Adam, t_, m_, v_}; }

    /// Takes t, m and v from steps, first and second; another optimizer's state leaves it as
    /// reset() does.
    void restore(const OptimizerState& state) override
    {
        reset();
        if (state.kind != OptimizerKind::Adam)
            return;
        t_ = state.steps;
        m_ = state.first;
        v_ = state.second;
    }

private:
    Vector m_, v_;  // first and second moments, one per element of θ
    long t_ = 0;    // steps taken
};

}  // namespace bp
