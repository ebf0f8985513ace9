#pragma once
// Plain stochastic gradient descent.
#include "optimizer.h"

namespace bp {

class Sgd final : public Optimizer {
public:
    using Optimizer::Optimizer;

    /// θ ← θ − η·g
    using Optimizer::step;
    void step(FlatParam theta, FlatGrad g) override { theta.noalias() -= config_.learningRate * g; }
};

}  // namespace bp
