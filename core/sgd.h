#pragma once
// Plain stochastic gradient descent.
#include "optimizer.h"

namespace bp {

class Sgd final : public Optimizer {
public:
    using Optimizer::Optimizer;

    /// θ ← θ − η·g
    using Optimizer::step;
    void step(std::size_t, FlatParam param, FlatGrad grad) override
    {
        param.noalias() -= config_.learningRate * grad;
    }

    Scalar foldableRate() const override { return config_.learningRate; }
};

}  // namespace bp
