#include "decisiongrid.h"

#include "dataset.h"
#include "network.h"

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
    DecisionGrid grid;
    if (data.features() != 2 || net.spec().inputs != 2 || data.samples() == 0 || resolution < 2)
        return grid;

    grid.resolution = resolution;
    grid.xMin = data.X.row(0).minCoeff();
    grid.xMax = data.X.row(0).maxCoeff();
    grid.yMin = data.X.row(1).minCoeff();
    grid.yMax = data.X.row(1).maxCoeff();
    pad(grid.xMin, grid.xMax);
    pad(grid.yMin, grid.yMax);

    // P (2 × n²): the cell centres, column iy·n + ix, evaluated in one batch.
    const Index n = resolution;
    Matrix P(2, n * n);
    for (int iy = 0; iy < resolution; ++iy) {
        const Scalar y = grid.y(iy);
        for (int ix = 0; ix < resolution; ++ix) {
            P(0, iy * n + ix) = grid.x(ix);
            P(1, iy * n + ix) = y;
        }
    }
    grid.values = net.predict(P);
    return grid;
}

}  // namespace bp
