#include "predictioncurve.h"

#include "dataset.h"
#include "network.h"

namespace bp {

PredictionCurve makePredictionCurve(const Network& net, const Dataset& data, int count)
{
    PredictionCurve curve;
    if (data.features() != 1 || net.spec().inputs != 1 || data.samples() == 0 || count < 2)
        return curve;
    const Scalar lo = data.X.row(0).minCoeff(), hi = data.X.row(0).maxCoeff();
    const Scalar margin = hi > lo ? Scalar(0.1) * (hi - lo) : Scalar(1);
    curve.xMin = lo - margin;
    curve.xMax = hi + margin;
    Matrix X(1, count);
    curve.values.resize(0, count);  // count() is read by x() below
    for (int i = 0; i < count; ++i)
        X(0, i) = curve.x(i);
    curve.values = net.predict(X);
    return curve;
}

}  // namespace bp
