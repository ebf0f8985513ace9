#pragma once
// The yardstick for `backprop bench --reference`: the same training written as the shortest
// plain Eigen loop (no layers, no optimizer objects, no reports), to measure the core against.
#include "dataset.h"
#include "networkspec.h"
#include "trainconfig.h"

#include <vector>

namespace bp {

class PlainLoop {
public:
    /// Takes the weights the core would start from (one W and b per layer) and the workload.
    PlainLoop(const NetworkSpec& spec, std::vector<Matrix> W, std::vector<Vector> b);

    /// Trains its weights in place with plain SGD, batches in order, for config's epochs; the
    /// loss is sse, or cce on a softmax output, and the layers linear, sigmoid, tanh or ReLU.
    void train(const Dataset& data, const TrainConfig& config);

private:
    NetworkSpec spec_;
    std::vector<Matrix> W_;  // per layer, out × in
    std::vector<Vector> b_;  // per layer, out
};

}  // namespace bp
