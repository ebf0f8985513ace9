#include "adam.h"
#include "momentum.h"
#include "sgd.h"

#include <cmath>

namespace bp {

namespace {
// Grows a per-slot state vector as needed and returns the slot's state.
template <typename State>
State& slotFor(std::vector<State>& slots, std::size_t slot)
{
    if (slots.size() <= slot)
        slots.resize(slot + 1);
    return slots[slot];
}
}  // namespace

void Momentum::step(std::size_t slot, FlatParam param, FlatGrad grad)
{
    Vector& v = slotFor(v_, slot);
    if (v.size() != param.size())
        v = Vector::Zero(param.size());
    v = config_.momentum * v - config_.learningRate * grad;
    param += v;
}

void Adam::step(std::size_t slot, FlatParam param, FlatGrad grad)
{
    State& s = slotFor(slots_, slot);
    if (s.m.size() != param.size()) {
        s.m = Vector::Zero(param.size());
        s.v = Vector::Zero(param.size());
        s.t = 0;
    }
    const OptimizerConfig& c = config_;
    ++s.t;
    s.m = c.beta1 * s.m + (1.0f - c.beta1) * grad;
    s.v = c.beta2 * s.v + (1.0f - c.beta2) * grad.cwiseAbs2();
    // Folding both bias corrections into the step size: η_t = η·√(1−β2^t)/(1−β1^t),
    // and ε scaled to match, gives exactly θ − η·m̂/(√v̂ + ε).
    const Scalar c1 = 1.0f - std::pow(c.beta1, Scalar(s.t));
    const Scalar c2 = std::sqrt(1.0f - std::pow(c.beta2, Scalar(s.t)));
    param.array() -= (c.learningRate * c2 / c1) * s.m.array() / (s.v.array().sqrt() + c.epsilon * c2);
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
