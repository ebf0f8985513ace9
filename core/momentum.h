#pragma once
// Gradient descent with classical momentum.
#include "optimizer.h"

#include <vector>

namespace bp {

class Momentum final : public Optimizer {
public:
    using Optimizer::Optimizer;

    /// v ← μ·v − η·g;  θ ← θ + v
    using Optimizer::step;
    void step(std::size_t slot, FlatParam param, FlatGrad grad) override;

    void reset() override { v_.clear(); }

private:
    std::vector<Vector> v_;  // velocity per slot, one per parameter element
};

}  // namespace bp
