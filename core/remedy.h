#pragma once
// A remedy the divergence doctor offers, with each kind's name on the command line and its label in
// the studio.
#include "namedvalue.h"

#include <iterator>

namespace bp {

enum class RemedyKind { LowerLearningRate, ClipGradientNorm, SwitchToAdam };  // keep SwitchToAdam last

/// Every remedy: lower η tenfold, clip the gradient's norm, or train with Adam.
inline constexpr NamedValue<RemedyKind> remedyNames[] = {
    {RemedyKind::LowerLearningRate, "lower_learning_rate", "η ÷ 10"},
    {RemedyKind::ClipGradientNorm, "clip_gradient_norm", "clip the gradient norm"},
    {RemedyKind::SwitchToAdam, "switch_to_adam", "switch to Adam"}};
static_assert(std::size(remedyNames) == std::size_t(RemedyKind::SwitchToAdam) + 1 && namesEveryValueOnce(remedyNames),
              "remedyNames names every RemedyKind once");

/// One remedy the doctor suggests: what to change, and the value to change it to.
struct Remedy {
    RemedyKind kind = RemedyKind::LowerLearningRate;
    double value = 0;  // the new learning rate, the gradient-norm limit, or Adam's learning rate
    bool operator==(const Remedy&) const = default;
};

}  // namespace bp
