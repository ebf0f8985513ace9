#pragma once
// Scores of predictions that are not losses.
#include "tensor.h"

#include <vector>

namespace bp {

/// Returns how many columns' predicted class matches the target's: argmax of each column, or
/// p ≥ 0.5 where there is one output.
Index correctCount(const MatrixView& P, const MatrixView& Y);

/// Returns the fraction of columns whose predicted class matches the target's (see correctCount).
Scalar accuracy(const MatrixView& P, const MatrixView& Y);

/// Returns each column's predicted class (argmax, or p ≥ 0.5 where there is one output), as
/// correctCount compares them.
std::vector<int> predictedClasses(const MatrixView& P);

}  // namespace bp
