#pragma once
// What a divergence is put down to, with each cause's name in files and on the command line and
// its label in the studio.
#include "namedvalue.h"

#include <iterator>

namespace bp {

enum class DivergenceCause { LearningRate, ExplodingGradient, SaturatedOutputs };  // keep SaturatedOutputs last

/// Every cause, the likeliest first when the evidence allows several.
inline constexpr NamedValue<DivergenceCause> divergenceCauses[] = {
    {DivergenceCause::LearningRate, "learning_rate", "learning rate too high"},
    {DivergenceCause::ExplodingGradient, "exploding_gradient", "exploding gradient"},
    {DivergenceCause::SaturatedOutputs, "saturated_outputs", "saturated outputs"}};
static_assert(std::size(divergenceCauses) == std::size_t(DivergenceCause::SaturatedOutputs) + 1
                  && namesEveryValueOnce(divergenceCauses),
              "divergenceCauses names every DivergenceCause once");

}  // namespace bp
