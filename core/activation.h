#pragma once
// Activation functions: each one's value and derivative, applied to a whole batch.
#include "tensor.h"

#include <optional>
#include <string_view>

namespace bp {

enum class Activation { Linear, Sigmoid, Tanh, ReLU, LeakyReLU, Softmax };

/// Returns the lower-case name used in files and on the command line ("leaky_relu").
std::string_view activationName(Activation f);

/// Parses a name written by activationName (also "leakyrelu", "identity"); empty if unknown.
std::optional<Activation> activationFromName(std::string_view name);

/// Turns Z into A = f(Z) in place, element-wise; softmax normalises each column. slope is leaky ReLU's.
void activate(Activation f, Matrix& Z, Scalar slope);

/// Turns G = ∂L/∂A into ∂L/∂Z in place, given the layer's A = f(Z). Every derivative here is a
/// function of A alone (ReLU's and leaky ReLU's too, as a > 0 exactly where z > 0 for slopes ≥ 0).
void activationBackward(Activation f, const Matrix& A, Matrix& G, Scalar slope);

}  // namespace bp
