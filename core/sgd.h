#pragma once
// Plain stochastic gradient descent.
#include "optimizer.h"

namespace bp {

class Sgd final : public Optimizer {
public:
    using Optimizer::Optimizer;

    /// θ ← θ − η·g
    void step(std::size_t, Eigen::Ref<Matrix> param, const Eigen::Ref<const Matrix>& grad) override
    {
        param.noalias() -= config_.learningRate * grad;
    }
};

}  // namespace bp
