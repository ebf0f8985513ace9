#include "decisiongrid.h"

#include "dataset.h"
#include "network.h"

#include <algorithm>

namespace bp {

namespace {

/// Pads [lo, hi] by 10 % of its span on each side; a degenerate span gets ±1 instead.
void pad(Scalar& lo, Scalar& hi)
{
    const Scalar span = hi - lo;
    const Scalar margin = span > Scalar(0) ? Scalar(0.1) * span : Scalar(1);
    lo -= margin;
    hi += margin;
}

}  // namespace

DecisionGrid makeDecisionGrid(const Network& net, const Dataset& data, int resolution)
{
    if (data.features() != 2)
        return {};
    return makeDecisionGrid(net, data, resolution, FeaturePair{0, 1});
}

DecisionGrid makeDecisionGrid(const Network& net, const Dataset& data, int resolution, FeaturePair pair)
{
    DecisionGrid grid;
    const int f = int(data.features());
    if (f < 2 || net.spec().inputs != f || data.samples() == 0 || resolution < 2 || pair.x == pair.y
        || pair.x < 0 || pair.y < 0 || pair.x >= f || pair.y >= f)
        return grid;

    grid.resolution = resolution;
    grid.pair = pair;
    grid.xMin = data.X.row(pair.x).minCoeff();
    grid.xMax = data.X.row(pair.x).maxCoeff();
    grid.yMin = data.X.row(pair.y).minCoeff();
    grid.yMax = data.X.row(pair.y).maxCoeff();
    pad(grid.xMin, grid.xMax);
    pad(grid.yMin, grid.yMax);

    // P (features × cells): the cell centres, column iy·n + ix, the other features at their mean,
    // evaluated decisionGridBlock cells at a time, so a wide network's activations stay small.
    const Index n = resolution, cells = n * n;
    const Vector means = featureMeans(data);
    grid.values.resize(net.spec().outputs(), cells);
    for (Index first = 0; first < cells; first += decisionGridBlock) {
        const Index count = std::min<Index>(decisionGridBlock, cells - first);
        Matrix P = means.replicate(1, count);
        for (Index k = 0; k < count; ++k) {
            P(pair.x, k) = grid.x(int((first + k) % n));
            P(pair.y, k) = grid.y(int((first + k) / n));
        }
        grid.values.middleCols(first, count) = net.predict(P);
    }
    return grid;
}

}  // namespace bp
