#pragma once
// A confusion matrix printed as a plain-text table for `backprop train --confusion`: one row per
// true class, one column per predicted class, each class's accuracy at the end of its row.
#include "confusionmatrix.h"

#include <cstdio>
#include <string>
#include <vector>

namespace bp {

/// Prints m to out under a heading naming which samples it counts ("training", "validation"),
/// rows and columns headed by the class names (shortened to 16 characters); a matrix of no
/// samples prints one line saying so.
void printConfusionTable(std::FILE* out, const std::string& samples, const ConfusionMatrix& m,
                         const std::vector<std::string>& classNames);

}  // namespace bp
