#pragma once
// Activation functions: each one's value and derivative, applied to a whole batch.
#include "namedvalue.h"
#include "tensor.h"

#include <iterator>
#include <optional>
#include <string_view>

namespace bp {

enum class Activation { Linear, Sigmoid, Tanh, ReLU, LeakyReLU, Softmax };  // keep Softmax last

/// Every activation, in the order the studio offers them (softmax, for output layers only, last).
inline constexpr NamedValue<Activation> activationNames[] = {
    {Activation::Sigmoid, "sigmoid", "sigmoid"}, {Activation::Tanh, "tanh", "tanh"},
    {Activation::ReLU, "relu", "ReLU"},          {Activation::LeakyReLU, "leaky_relu", "leaky ReLU"},
    {Activation::Linear, "linear", "linear"},    {Activation::Softmax, "softmax", "softmax"}};
static_assert(std::size(activationNames) == std::size_t(Activation::Softmax) + 1 && namesEveryValueOnce(activationNames),
              "activationNames names every Activation once");

/// Returns the lower-case name used in files and on the command line ("leaky_relu").
constexpr std::string_view activationName(Activation f) { return nameOf(activationNames, f); }

/// Parses a name written by activationName (also "leakyrelu", "identity"); empty if unknown.
std::optional<Activation> activationFromName(std::string_view name);

/// Turns Z into A = f(Z) in place, element-wise; softmax normalises each column. slope is leaky ReLU's.
void activate(Activation f, Matrix& Z, Scalar slope);

/// Turns G = ∂L/∂A into ∂L/∂Z in place, given the layer's A = f(Z). Every derivative here is a
/// function of A alone (ReLU's and leaky ReLU's too, as a > 0 exactly where z > 0 for slopes ≥ 0).
void activationBackward(Activation f, const Matrix& A, Matrix& G, Scalar slope);

}  // namespace bp
