#pragma once
// The layout a training run starts with, printed as a table: one row per layer with its width,
// activation and parameter count, then the total.
#include "networkspec.h"

#include <cstdio>

namespace bp {

/// Prints spec's layout to out: a header, the input row, one row per layer (hidden 1…, output)
/// with neurons, activation and weights + biases, and the total parameter count.
void printModelSummary(std::FILE* out, const NetworkSpec& spec);

}  // namespace bp
