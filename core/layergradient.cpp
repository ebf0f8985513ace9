#include "layergradient.h"

#include <cmath>

namespace bp {

namespace {
// The Frobenius norm summed in double, so a wide layer's many small squares are not lost.
double norm(const Matrix& M) { return std::sqrt(M.cast<double>().squaredNorm()); }
}  // namespace

std::vector<LayerGradient> layerGradients(const EpochReport& report)
{
    std::vector<LayerGradient> out;
    out.reserve(report.layers.size());
    for (const LayerChange& c : report.layers) {
        const double w = norm(c.W), dw = norm(c.dW);
        LayerGradient g;
        g.gradNorm = c.gradNorm;
        g.weightNorm = Scalar(w);
        g.updateNorm = Scalar(dw);
        if (w > 0)
            g.updateRatio = Scalar(dw / w);
        out.push_back(g);
    }
    return out;
}

}  // namespace bp
