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

    /// Trains with plain SGD, in order, with sse or softmax + cce; returns the weights it ends with.
    void train(const Dataset& data, const TrainConfig& config);

    const std::vector<Matrix>& weights() const { return W_; }

private:
    NetworkSpec spec_;
    std::vector<Matrix> W_;  // per layer, out × in
    std::vector<Vector> b_;  // per layer, out
};

}  // namespace bp
