#include "trainingmemory.h"

#include "decisiongrid.h"
#include "designlimits.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace bp {

namespace {
constexpr std::int64_t floatBytes = 4;
// Floats kept per weight or bias: θ, ∂L/∂θ, θ when this epoch and the one before began (the second
// is where divergence rolls back to), Adam's two moments (momentum keeps one, plain SGD none), and
// a report's copies of W and ΔW.
constexpr std::int64_t floatsPerParameter = 8;

// Returns the index of spec's widest layer.
std::size_t widestLayer(const NetworkSpec& spec)
{
    std::size_t widest = 0;
    for (std::size_t i = 1; i < spec.layers.size(); ++i)
        if (spec.layers[i].neurons > spec.layers[widest].neurons)
            widest = i;
    return widest;
}
}  // namespace

TrainingMemory trainingBytes(const NetworkSpec& spec, const TrainConfig& training, std::int64_t rows)
{
    TrainingMemory m;
    if (spec.layers.empty())
        return m;
    const std::int64_t inputs = spec.inputs, outputs = spec.outputs();
    std::int64_t widths = 0;
    for (const LayerSpec& l : spec.layers)
        widths += l.neurons;
    const std::int64_t widest = spec.layers[widestLayer(spec)].neurons;
    rows = std::max<std::int64_t>(rows, 0);
    const auto held = std::int64_t(std::llround(std::clamp(training.validationSplit, 0.0, 1.0) * double(rows)));
    const std::int64_t trainRows = rows - held;
    m.batchSamples = training.batchSize <= 0 ? trainRows : std::min<std::int64_t>(training.batchSize, trainRows);
    m.network = floatsPerParameter * parameterCount(spec) * floatBytes;
    // Each layer keeps its activations A and, going back, ∂L/∂A: two floats per neuron and sample.
    m.batch = m.batchSamples * (inputs + outputs + 2 * widths) * floatBytes;
    // A prediction runs layer by layer through two buffers as wide as the widest layer.
    m.evaluation = rows * (inputs + 2 * widest) * floatBytes;
    m.data = 2 * rows * (inputs + outputs) * floatBytes;
    // The map of a network with two inputs or more: its outputs for every cell, and a block of
    // cells' inputs and activations at a time.
    const std::int64_t cells = std::int64_t(decisionGridResolution) * decisionGridResolution;
    if (inputs >= 2)
        m.grid = (cells * outputs + std::int64_t(decisionGridBlock) * (inputs + 2 * widest)) * floatBytes;
    return m;
}

std::optional<SpecProblem> checkTrainingMemory(const NetworkSpec& spec, const TrainConfig& training,
                                               std::int64_t rows)
{
    const TrainingMemory m = trainingBytes(spec, training, rows);
    if (m.total() <= limits::maxTrainingBytes)
        return std::nullopt;
    std::string parts = memoryText(m.network) + " for the weights";
    if (m.batch > 0)
        parts += ", " + memoryText(m.batch) + " for a batch of " + grouped(m.batchSamples) + " samples";
    if (m.evaluation + m.data > 0)
        parts += ", " + memoryText(m.evaluation + m.data) + " for " + grouped(rows) + " samples of data";
    if (m.grid > 0)
        parts += ", " + memoryText(m.grid) + " for the decision map";
    const std::int64_t most = std::max({m.network, m.batch, m.evaluation + m.data, m.grid});
    const bool batchWeighsMost = m.batch == most;
    const std::string field = batchWeighsMost ? "training.batchSize"
                                              : "network.layers[" + std::to_string(widestLayer(spec)) + "].neurons";
    const std::string advice = batchWeighsMost                 ? "use smaller batches or narrower layers"
                               : m.evaluation + m.data == most ? "use fewer samples or narrower layers"
                                                               : "use narrower layers or fewer outputs";
    return SpecProblem{field, "training would take about " + memoryText(m.total()) + " of memory (" + parts
                                  + "); the most is " + memoryText(limits::maxTrainingBytes) + ": " + advice};
}

std::string memoryText(std::int64_t bytes)
{
    char text[32];
    const double mib = double(bytes) / double(1 << 20);
    if (mib < 1024)
        std::snprintf(text, sizeof text, "%.0f MiB", std::max(mib, 1.0));
    else
        std::snprintf(text, sizeof text, "%.3g GiB", mib / 1024);
    return text;
}

}  // namespace bp
