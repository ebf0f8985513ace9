#pragma once
// The network's output sampled on a regular grid over a 2-feature dataset: the decision map.
#include "featurepair.h"
#include "tensor.h"

namespace bp {

/// Cells per side of the decision map the studio draws (and the memory budget counts).
inline constexpr int decisionGridResolution = 64;
/// Cells of the map evaluated at once: inputs and activations for this many, however wide the network.
inline constexpr int decisionGridBlock = 256;

class Network;
struct Dataset;

/// A resolution × resolution grid of points covering the data, and the network's output at each.
///
/// Cell (ix, iy), 0 ≤ ix, iy < resolution, has its centre at
///     x = xMin + (ix + ½)·(xMax − xMin)/resolution,   y = yMin + (iy + ½)·(yMax − yMin)/resolution,
/// and its output is column  iy·resolution + ix  of values: row-major over y then x, so iy = 0 is
/// the bottom row (y near yMin) and x runs fastest. A painter flips y to draw it upright.
struct DecisionGrid {
    int resolution = 0;  // cells per side; 0 means "no grid" (the dataset is not 2-D)
    Scalar xMin = 0, xMax = 0, yMin = 0, yMax = 0;  // the edges of the covered rectangle
    Matrix values;  // outputs × resolution², column iy·resolution + ix as above
    FeaturePair pair;  // the features on x and y; any others were held at their mean

    /// True when there is no grid.
    bool empty() const { return resolution == 0; }

    /// Returns the x coordinate of the centre of column ix.
    Scalar x(int ix) const { return xMin + (Scalar(ix) + Scalar(0.5)) * (xMax - xMin) / Scalar(resolution); }
    /// Returns the y coordinate of the centre of row iy.
    Scalar y(int iy) const { return yMin + (Scalar(iy) + Scalar(0.5)) * (yMax - yMin) / Scalar(resolution); }
    /// Returns the output `row` at cell (ix, iy).
    Scalar at(int ix, int iy, Index row = 0) const { return values(row, Index(iy) * resolution + ix); }
};

/// Evaluates net on a resolution × resolution grid spanning data's two features, each range padded
/// by 10 % on both sides, in one batched predict call. Returns an empty grid (resolution 0) when the
/// dataset or the network does not have exactly two inputs, the dataset has no samples, or
/// resolution < 2.
DecisionGrid makeDecisionGrid(const Network& net, const Dataset& data, int resolution);

/// As above over any two features of a dataset with two or more: feature pair.x runs along x,
/// pair.y along y, and every other input is held at its mean over the samples (featureMeans).
/// Empty when the network's inputs differ from the dataset's features, the pair names a feature
/// twice or one that does not exist, there are no samples, or resolution < 2.
DecisionGrid makeDecisionGrid(const Network& net, const Dataset& data, int resolution, FeaturePair pair);

}  // namespace bp
