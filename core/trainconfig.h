#pragma once
// How a network is trained: loss, optimizer and the shape of the epochs.
#include "loss.h"
#include "optimizer.h"

#include <cstdint>

namespace bp {

struct TrainConfig {
    Loss loss = Loss::MSE;
    OptimizerConfig optimizer;
    int epochs = 1000;             // epochs in all, counted from the first
    int batchSize = 0;             // samples per batch; 0 means the whole training set
    bool shuffle = true;           // draw a new seeded order of samples every epoch
    double validationSplit = 0.0;  // fraction of the data held out for validation
    std::uint64_t seed = 1;        // seeds weights, split and shuffling
    Scalar clipNorm = 0;           // the gradient's norm is scaled down to this before each step; 0 is off
    bool operator==(const TrainConfig&) const = default;
};

}  // namespace bp
