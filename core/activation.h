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

/// Writes A = f(Z) element-wise; softmax normalises each column. slope is leaky ReLU's.
void activate(Activation f, const Matrix& Z, Matrix& A, Scalar slope);

/// Turns G = ∂L/∂A into ∂L/∂Z in place, given the layer's A = f(Z) and Z.
void activationBackward(Activation f, const Matrix& Z, const Matrix& A, Matrix& G, Scalar slope);

}  // namespace bp
