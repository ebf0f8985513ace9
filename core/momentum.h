#pragma once
// Gradient descent with classical momentum.
#include "optimizer.h"

#include <vector>

namespace bp {

class Momentum final : public Optimizer {
public:
    using Optimizer::Optimizer;

    /// v ← μ·v − η·g;  θ ← θ + v
    void step(std::size_t slot, Eigen::Ref<Matrix> param, const Eigen::Ref<const Matrix>& grad) override;

    void reset() override { v_.clear(); }

private:
    std::vector<Matrix> v_;  // velocity per slot, shaped like its parameter
};

}  // namespace bp
