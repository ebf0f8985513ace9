#pragma once
// Adam: per-weight step sizes from running first and second moments of the gradient.
#include "optimizer.h"

#include <vector>

namespace bp {

class Adam final : public Optimizer {
public:
    using Optimizer::Optimizer;

    /// m ← β1·m + (1−β1)·g;  v ← β2·v + (1−β2)·g²;  θ ← θ − η·m̂ / (√v̂ + ε),
    /// with m̂ = m/(1−β1^t), v̂ = v/(1−β2^t) and t this slot's step count.
    using Optimizer::step;
    void step(std::size_t slot, FlatParam param, FlatGrad grad) override;

    void reset() override { slots_.clear(); }

private:
    struct State {
        Vector m, v;  // first and second moments, one per parameter element
        long t = 0;   // steps taken
    };
    std::vector<State> slots_;
};

}  // namespace bp
