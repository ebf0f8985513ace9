#include "networkspec.h"

#include "designlimits.h"

namespace bp {

namespace {

// Returns the problem of a network over the parameter budget, naming its layer with the most
// parameters, or nothing.
std::optional<SpecProblem> checkBudget(const NetworkSpec& spec)
{
    const std::int64_t total = parameterCount(spec);
    if (total <= limits::maxParameters)
        return std::nullopt;
    std::size_t widest = 0;
    for (std::size_t i = 1; i < spec.layers.size(); ++i)
        if (layerParameterCount(spec, i) > layerParameterCount(spec, widest))
            widest = i;
    return SpecProblem{"layers[" + std::to_string(widest) + "].neurons",
                       "the network would have " + grouped(total) + " weights and biases; the most is "
                           + grouped(limits::maxParameters) + ", what training can hold in memory"};
}

}  // namespace

std::optional<SpecProblem> checkSpec(const NetworkSpec& spec, Loss loss)
{
    if (spec.inputs < 1)
        return SpecProblem{"inputs", "the network needs at least one input"};
    if (spec.inputs > limits::maxInputs)
        return SpecProblem{"inputs", "at most " + std::to_string(limits::maxInputs) + " inputs (one per feature)"};
    if (spec.layers.empty())
        return SpecProblem{"layers", "the network needs an output layer"};
    if (spec.layers.size() > std::size_t(limits::maxHiddenLayers) + 1)
        return SpecProblem{"layers[" + std::to_string(limits::maxHiddenLayers) + "].neurons",
                           "at most " + std::to_string(limits::maxHiddenLayers) + " hidden layers"};
    for (std::size_t i = 0; i < spec.layers.size(); ++i) {
        const std::string field = "layers[" + std::to_string(i) + "]";
        const LayerSpec& layer = spec.layers[i];
        if (layer.neurons < 1)
            return SpecProblem{field + ".neurons", "a layer needs at least one neuron"};
        if (layer.neurons > limits::maxNeurons)
            return SpecProblem{field + ".neurons", "at most " + std::to_string(limits::maxNeurons) + " neurons per layer"};
        const bool isOutput = i + 1 == spec.layers.size();
        if (layer.activation == Activation::Softmax && !isOutput)
            return SpecProblem{field + ".activation", "softmax is for the output layer only"};
    }
    const LayerSpec& out = spec.layers.back();
    const std::string outField = "layers[" + std::to_string(spec.layers.size() - 1) + "]";
    if (out.activation == Activation::Softmax && out.neurons < 2)
        return SpecProblem{outField + ".activation", "softmax on one output is always 1; use sigmoid"};
    if (loss == Loss::BinaryCrossEntropy && out.activation == Activation::Softmax)
        return SpecProblem{"loss", "binary cross-entropy needs sigmoid outputs; use cce with softmax"};
    if (loss == Loss::BinaryCrossEntropy && out.activation != Activation::Sigmoid)
        return SpecProblem{"loss", "binary cross-entropy needs outputs in (0, 1): use a sigmoid output"};
    if (loss == Loss::CategoricalCrossEntropy && out.activation != Activation::Softmax)
        return SpecProblem{"loss", "categorical cross-entropy needs a softmax output layer"};
    if (spec.leakySlope < 0.0f || spec.leakySlope >= 1.0f)
        return SpecProblem{"leakySlope", "leaky ReLU's slope must be in [0, 1)"};
    return checkBudget(spec);
}

std::int64_t layerParameterCount(const NetworkSpec& spec, std::size_t i)
{
    const std::int64_t fanIn = i == 0 ? spec.inputs : spec.layers[i - 1].neurons;
    return (fanIn + 1) * std::int64_t(spec.layers[i].neurons);  // W is neurons × fan-in, b is neurons
}

std::int64_t parameterCount(const NetworkSpec& spec)
{
    std::int64_t total = 0;
    for (std::size_t i = 0; i < spec.layers.size(); ++i)
        total += layerParameterCount(spec, i);
    return total;
}

std::string grouped(std::int64_t n)
{
    const std::string digits = std::to_string(n < 0 ? -n : n);
    std::string text = n < 0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            text += ',';
        text += digits[i];
    }
    return text;
}

std::optional<Init> initFromName(std::string_view name)
{
    if (name == "xavier")  // Glorot's other name
        return Init::Glorot;
    return valueOf(initNames, name);
}

}  // namespace bp
