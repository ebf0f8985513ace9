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

}  // namespace bp
