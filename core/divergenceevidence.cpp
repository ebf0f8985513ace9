#include "divergenceevidence.h"

#include <cmath>

namespace bp {

std::vector<Scalar> layerGradientNorms(const Network& net)
{
    std::vector<Scalar> norms;
    norms.reserve(net.layers.size());
    for (const DenseLayer& layer : net.layers)
        norms.push_back(Scalar(std::sqrt(layer.dW.cast<double>().squaredNorm())));
    return norms;
}

Scalar saturatedOutputs(const Network& net)
{
    if (net.layers.empty() || net.layers.back().A.size() == 0)
        return 0;
    const DenseLayer& out = net.layers.back();
    constexpr Scalar margin = 1e-4f;
    Index pinned = 0;
    for (const Scalar a : out.A.reshaped()) {
        bool atBound = false;
        switch (out.f) {
        case Activation::Sigmoid:
        case Activation::Softmax: atBound = a <= margin || a >= 1 - margin; break;
        case Activation::Tanh: atBound = std::abs(a) >= 1 - margin; break;
        default: break;
        }
        pinned += atBound ? 1 : 0;
    }
    return Scalar(double(pinned) / double(out.A.size()));
}

}  // namespace bp
