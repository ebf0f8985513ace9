#pragma once
// The numeric types every part of the core shares.
#include <Eigen/Core>

namespace bp {

using Scalar = float;  // float: Eigen vectorises tanh/exp for float, far faster than double
using Index = Eigen::Index;

/// A batch is one column per sample: features × samples, column-major so a sample is contiguous.
using Matrix = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic>;
using Vector = Eigen::Matrix<Scalar, Eigen::Dynamic, 1>;

/// A read-only view of a Matrix or of a block of whole columns of one, with no copy.
using MatrixView = Eigen::Ref<const Matrix>;

/// Sees a view of whole columns as the contiguous array it is. A MatrixView's outer stride is
/// only known at run time, so Eigen walks it column by column; a 1 × B output row would then go
/// one float at a time, where this map lets element-wise work and sums vectorise across columns.
inline Eigen::Map<const Matrix> contiguous(const MatrixView& M)
{
    eigen_assert(M.outerStride() == M.rows() || M.cols() <= 1);
    return {M.data(), M.rows(), M.cols()};
}

}  // namespace bp
