#include "networkspec.h"

namespace bp {

std::optional<SpecProblem> checkSpec(const NetworkSpec& spec, Loss loss)
{
    if (spec.inputs < 1)
        return SpecProblem{"inputs", "the network needs at least one input"};
    if (spec.layers.empty())
        return SpecProblem{"layers", "the network needs an output layer"};
    for (std::size_t i = 0; i < spec.layers.size(); ++i) {
        const std::string field = "layers[" + std::to_string(i) + "]";
        const LayerSpec& layer = spec.layers[i];
        if (layer.neurons < 1)
            return SpecProblem{field + ".neurons", "a layer needs at least one neuron"};
        if (layer.neurons > 100000)
            return SpecProblem{field + ".neurons", "at most 100000 neurons per layer"};
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
    return std::nullopt;
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

std::string_view initName(Init init) { return init == Init::He ? "he" : "glorot"; }

std::optional<Init> initFromName(std::string_view name)
{
    if (name == "glorot" || name == "xavier")
        return Init::Glorot;
    if (name == "he")
        return Init::He;
    return std::nullopt;
}

}  // namespace bp
