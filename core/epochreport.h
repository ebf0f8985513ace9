#pragma once
// What the trainer tells its observer after an epoch: losses, accuracy and how every weight moved.
#include "tensor.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bp {

struct LayerChange {
    Matrix W;   // out × in, the weights after the epoch
    Vector b;   // out, the biases after the epoch
    Matrix dW;  // out × in, ΔW: weights after the epoch minus weights before it
    Vector db;  // out, Δb likewise
    Scalar gradNorm = 0;  // ‖∂L/∂W‖ (Frobenius) of the epoch's last batch
};

struct EpochReport {
    std::uint64_t run = 0;  // the run reported on (Trainer::runId); 0 for none
    int epoch = 0;          // epochs completed, counting from 1
    Scalar trainLoss = 0;   // the epoch's batch losses averaged, each weighted by its samples
    std::optional<Scalar> validationLoss;      // when there is a validation set
    std::optional<Scalar> accuracy;            // on the training set, for classifiers
    std::optional<Scalar> validationAccuracy;  // on the validation set, for classifiers
    std::vector<LayerChange> layers;           // one per dense layer, input side first
    bool diverged = false;  // the loss turned NaN or Inf; training stopped
    std::string message;    // for a person: why training stopped, if it did
};

/// One epoch's entry in the loss history.
struct HistoryEntry {
    int epoch = 0;
    Scalar trainLoss = 0;
    std::optional<Scalar> validationLoss;
    std::optional<Scalar> accuracy;
    std::optional<Scalar> validationAccuracy;
    bool operator==(const HistoryEntry&) const = default;
};

}  // namespace bp
