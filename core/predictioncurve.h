#pragma once
// The network's output along the one input of a 1-feature dataset: the regression curve.
#include "tensor.h"

namespace bp {

class Network;
struct Dataset;

/// count evenly spaced inputs x_i = xMin + i·(xMax − xMin)/(count − 1), i = 0 … count − 1, and the
/// network's outputs there, column i of values.
struct PredictionCurve {
    Scalar xMin = 0, xMax = 0;  // the data's x range padded by 10 % on each side (±1 if constant)
    Matrix values;              // outputs × count; no columns means "no curve"

    /// True when there is no curve.
    bool empty() const { return values.cols() == 0; }
    /// Returns the number of points on the curve.
    Index count() const { return values.cols(); }
    /// Returns the input of point i.
    Scalar x(Index i) const { return xMin + (xMax - xMin) * Scalar(i) / Scalar(count() - 1); }
};

/// Evaluates net at count points across data's single feature, padded as the decision grid pads,
/// in one batched predict call. Returns an empty curve when the dataset or the network does not
/// have exactly one input, the dataset has no samples, or count < 2.
PredictionCurve makePredictionCurve(const Network& net, const Dataset& data, int count);

}  // namespace bp
