#include "adam.h"
#include "momentum.h"
#include "sgd.h"

#include <cmath>

namespace bp {

void Momentum::step(FlatParam theta, FlatGrad g)
{
    if (v_.size() != theta.size())
        v_ = Vector::Zero(theta.size());
    v_ = config_.momentum * v_ - config_.learningRate * g;
    theta += v_;
}

void Adam::step(FlatParam theta, FlatGrad g)
{
    if (m_.size() != theta.size() || v_.size() != theta.size()) {
        m_ = Vector::Zero(theta.size());
        v_ = Vector::Zero(theta.size());
        t_ = 0;
    }
    const OptimizerConfig& c = config_;
    ++t_;
    m_ = c.beta1 * m_ + (1.0f - c.beta1) * g;
    v_ = c.beta2 * v_ + (1.0f - c.beta2) * g.cwiseAbs2();
    // Folding both bias corrections into the step size: η_t = η·√(1−β2^t)/(1−β1^t),
    // and ε scaled to match, gives exactly θ − η·m̂/(√v̂ + ε).
    const Scalar c1 = 1.0f - std::pow(c.beta1, Scalar(t_));
    const Scalar c2 = std::sqrt(1.0f - std::pow(c.beta2, Scalar(t_)));
    theta.array() -= (c.learningRate * c2 / c1) * m_.array() / (v_.array().sqrt() + c.epsilon * c2);
}

std::unique_ptr<Optimizer> makeOptimizer(const OptimizerConfig& config)
{
    switch (config.kind) {
    case OptimizerKind::Momentum:
        return std::make_unique<Momentum>(config);
    case OptimizerKind::Adam:
        return std::make_unique<Adam>(config);
    case OptimizerKind::SGD:
        break;
    }
    return std::make_unique<Sgd>(config);
}

}  // namespace bp
