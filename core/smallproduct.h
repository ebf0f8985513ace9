#pragma once
// A dense layer's three products, for layers of at most 8 neurons fed by at most 8 values.
//
// With run-time sizes that small, Eigen cannot fill a SIMD register along a column, so it works
// every coefficient out as a reduction of its own, and a column-wise bias add costs a call per
// sample. Here each shape has a kernel compiled for it: per sample, W·x + b (or Wᵀ·g, or the
// outer product g·xᵀ) is a handful of vector instructions. Measured with `backprop bench`, each
// turned off in turn: 49% on w1 (2-4-1) for the three, 8% for W·X + b, 12% for Wᵀ·G and 18% for
// G·Xᵀ alone; 3% on w4. A kernel per out with a run-time in loop instead of one per shape lost 15% on w1.
#include "tensor.h"

namespace bp {

/// The most neurons, and the most inputs, a layer with fixed-size kernels has.
inline constexpr int kSmallLayerMax = 8;

/// True when a layer with `out` neurons and `in` inputs has fixed-size kernels.
inline bool isSmallLayer(Index out, Index in)
{
    return out >= 1 && in >= 1 && out <= kSmallLayerMax && in <= kSmallLayerMax;
}

/// Z = W·X + b for a small layer: W is out × in, b out, X in × B; Z is resized to out × B.
void smallAffine(const Eigen::Map<Matrix>& W, const Eigen::Map<Vector>& b, const MatrixView& X, Matrix& Z);

/// dX = Wᵀ·G for a small layer: G is out × B; dX is resized to in × B.
void smallTransposedProduct(const Eigen::Map<Matrix>& W, const Matrix& G, Matrix& dX);

/// D = β·D + α·G·Xᵀ and d = β·d + α·Σ_j G(:, j), with D out × in and d out (a small layer's shape),
/// G out × B and X in × B. β = 0 overwrites D and d without reading them (a gradient, α = 1);
/// β = 1 adds to them (a descent step, α = −η).
void smallOuterProduct(Scalar alpha, const Matrix& G, const MatrixView& X, Scalar beta, Eigen::Map<Matrix>& D,
                       Eigen::Map<Vector>& d);

}  // namespace bp
