#pragma once
// Loss functions: each one's value over a batch and its gradient with respect to the prediction.
//
// P and Y are outputs × B (one column per sample), K = outputs:
//   sse   L = 1/(2B) · Σ (p − y)²                       ("sum of squares", per sample)
//   mse   L = 1/(BK) · Σ (p − y)²
//   rmse  L = √mse
//   bce   L = −1/(BK) · Σ [y ln p + (1 − y) ln(1 − p)]
//   cce   L = −1/B · Σ y ln p
#include "activation.h"
#include "namedvalue.h"
#include "tensor.h"

#include <iterator>
#include <optional>
#include <string_view>

namespace bp {

enum class Loss { SumSquares, MSE, RMSE, BinaryCrossEntropy, CategoricalCrossEntropy };  // keep cce last

/// Every loss, in the order the studio offers them.
inline constexpr NamedValue<Loss> lossNames[] = {
    {Loss::SumSquares, "sse", "Sum of squares (sse)"},
    {Loss::MSE, "mse", "Mean squared error"},
    {Loss::RMSE, "rmse", "Root mean squared error"},
    {Loss::BinaryCrossEntropy, "bce", "Binary cross-entropy"},
    {Loss::CategoricalCrossEntropy, "cce", "Categorical cross-entropy"}};
static_assert(std::size(lossNames) == std::size_t(Loss::CategoricalCrossEntropy) + 1 && namesEveryValueOnce(lossNames),
              "lossNames names every Loss once");

/// Returns the name used in files and on the command line ("sse", "mse", "rmse", "bce", "cce").
constexpr std::string_view lossName(Loss loss) { return nameOf(lossNames, loss); }

/// Parses a name written by lossName (also "cross_entropy", "binary_cross_entropy", ...).
std::optional<Loss> lossFromName(std::string_view name);

/// Returns the loss of predictions P against targets Y.
Scalar lossValue(Loss loss, const MatrixView& P, const MatrixView& Y);

/// Writes G = ∂L/∂P for predictions P against targets Y.
void lossGradient(Loss loss, const MatrixView& P, const MatrixView& Y, Matrix& G);

/// True when loss and output activation f have a one-pass joint gradient ∂L/∂Z: c·(P − Y) for
/// softmax + cce, sigmoid + bce and linear + sse, or c·(P − Y) ⊙ f'(Z) for sse and mse on sigmoid,
/// tanh or linear outputs.
bool lossFusesWith(Loss loss, Activation f);

/// Writes ∂L/∂Z of the output layer, whose activation is f, for a pair where lossFusesWith holds;
/// the cross-entropy pairs are stable where P saturates.
void fusedOutputGradient(Loss loss, Activation f, const MatrixView& P, const MatrixView& Y, Matrix& dZ);

}  // namespace bp
