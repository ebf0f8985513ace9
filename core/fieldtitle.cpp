#include "fieldtitle.h"

#include "inputerror.h"

#include <charconv>
#include <utility>

namespace bp {

namespace {

// A project path and the label of the form field that shows it.
constexpr std::pair<std::string_view, std::string_view> titles[] = {
    {"network", "Network"},
    {"network.inputs", "Input"},
    {"network.layers", "Output layer"},  // the network has none
    {"network.init", "Initial weights"},
    {"network.leakySlope", "Leaky slope"},
    {"training", "Training"},
    {"training.loss", "Loss"},
    {"training.optimizer", "Optimizer"},
    {"training.optimizer.name", "Optimizer"},
    {"training.optimizer.learningRate", "Learning rate"},
    {"training.optimizer.momentum", "Momentum"},
    {"training.optimizer.beta1", "β1"},
    {"training.optimizer.beta2", "β2"},
    {"training.optimizer.epsilon", "ε"},
    {"training.epochs", "Epochs"},
    {"training.batchSize", "Batch size"},
    {"training.shuffle", "Shuffle"},
    {"training.validationSplit", "Validation"},
    {"training.seed", "Training seed"},
    {"dataset", "Data"},
    {"dataset.kind", "Source"},
    {"dataset.name", "Source"},
    {"dataset.path", "File"},
    {"dataset.samples", "Samples"},
    {"dataset.noise", "Noise"},
    {"dataset.classes", "Classes"},
    {"dataset.seed", "Data seed"},
    {"dataset.autoencoder", "Autoencoder"},
    {"dataset.csv", "CSV options"},
    {"dataset.csv.targets", "Targets"},
    {"dataset.csv.targetKind", "Targets"},
    {"dataset.csv.header", "Header row"},
    {"dataset.csv.delimiter", "Delimiter"},
    {"dataset.csv.scaling", "Scaling"},
    {"weights", "Weights"},
};

// The project path of a path relative to a part of the project: spec checks name the network's
// fields ("layers[0].neurons") and the loss, the CSV reader its options ("csv.targets").
std::string projectPath(std::string_view path)
{
    if (path == "loss")
        return "training.loss";
    if (path.starts_with("csv."))
        return "dataset." + std::string(path);
    for (std::string_view field : {"inputs", "layers", "init", "leakySlope"})
        if (path.starts_with(field))
            return "network." + std::string(path);
    return std::string(path);
}

}  // namespace

std::string fieldTitle(std::string_view path, std::size_t layers)
{
    const std::string full = projectPath(path);
    constexpr std::string_view layer = "network.layers[";
    if (full.starts_with(layer)) {
        std::size_t i = 0;
        const char* first = full.data() + layer.size();
        const auto [end, error] = std::from_chars(first, full.data() + full.size(), i);
        if (error == std::errc() && end < full.data() + full.size() && *end == ']')
            return i + 1 < layers ? "Hidden layer " + std::to_string(i + 1) : std::string("Output layer");
    }
    if (full.starts_with("weights"))
        return "Weights";
    for (const auto& [key, title] : titles)
        if (full == key)
            return std::string(title);
    return std::string(path);
}

std::string readableError(const InputError& error, std::size_t layers)
{
    const std::string field = error.field.empty() ? std::string() : fieldTitle(error.field, layers);
    return InputError(error.file, error.line, error.column, field, error.message).what();
}

}  // namespace bp
