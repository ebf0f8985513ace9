#pragma once
// The memory a design takes to train, counted from its shape before anything is allocated, and
// the budget it must fit (limits::maxTrainingBytes).
#include "networkspec.h"
#include "trainconfig.h"

#include <cstdint>
#include <optional>

namespace bp {

/// Bytes training a network takes, part by part (floats of 4 bytes).
struct TrainingMemory {
    std::int64_t network = 0;     // θ, ∂L/∂θ, θ when the epoch began, two moments, a report's W and ΔW
    std::int64_t batch = 0;       // a batch gathered, and every layer's activations and ∂L/∂A for it
    std::int64_t evaluation = 0;  // every sample through the network at once (validation, predictions)
    std::int64_t data = 0;        // the dataset, and its training and validation sets
    std::int64_t grid = 0;        // the decision map's inputs, activations and outputs
    std::int64_t batchSamples = 0;  // samples in one batch

    /// Returns the sum of the parts.
    std::int64_t total() const { return network + batch + evaluation + data + grid; }
};

/// Returns what training spec with training's batch size and validation split on `rows` samples
/// takes (rows 0 when they are not known yet: the network and the decision map alone).
TrainingMemory trainingBytes(const NetworkSpec& spec, const TrainConfig& training, std::int64_t rows);

/// Returns the problem of a design whose training would take more than limits::maxTrainingBytes,
/// naming the figure, the budget and the part that weighs most, or nothing when it fits. The
/// field is a project path: "training.batchSize" when the batch weighs most, else the widest
/// layer's "network.layers[i].neurons".
std::optional<SpecProblem> checkTrainingMemory(const NetworkSpec& spec, const TrainConfig& training,
                                               std::int64_t rows);

/// Returns bytes for a person: "412 MiB", "12.9 GiB".
std::string memoryText(std::int64_t bytes);

}  // namespace bp
