#include "projectfile.h"

#include "designlimits.h"
#include "inputerror.h"
#include "jsonfield.h"
#include "projectpaths.h"
#include "projectreader.h"
#include "projectstatejson.h"
#include "regularfile.h"
#include "safefile.h"

#include <cmath>
#include <filesystem>
#include <system_error>

namespace bp {

namespace {

// Returns x as JSON, refusing values JSON cannot hold (it has no NaN or ∞).
Json finite(Scalar x, const std::string& field)
{
    if (!std::isfinite(x))
        throw InputError({}, 0, 0, field, "is not a finite number, so it cannot be saved");
    return jsonNumber(x);
}

Json optionalNumber(const std::optional<Scalar>& x, const std::string& field)
{
    return x ? finite(*x, field) : Json(nullptr);
}

Json datasetJson(const DataSource& d)
{
    Json targets = Json::array();
    for (const std::string& t : d.csv.targets)
        targets.push_back(t);
    return {{"kind", dataSourceKindName(d.kind)}, {"name", d.name}, {"path", d.path},
            {"samples", d.samples}, {"noise", d.noise}, {"classes", d.classes}, {"seed", d.seed},
            {"csv", {{"header", nameOf(headerNames, d.csv.header)}, {"delimiter", nameOf(delimiterNames, d.csv.delimiter)},
                     {"targets", targets}, {"targetKind", nameOf(targetKindNames, d.csv.targetKind)},
                     {"scaling", nameOf(scalingNames, d.csv.scaling)}}},
            {"autoencoder", d.autoencoder}};
}

Json networkJson(const NetworkSpec& spec)
{
    Json layers = Json::array();
    for (const LayerSpec& layer : spec.layers)
        layers.push_back({{"neurons", layer.neurons}, {"activation", activationName(layer.activation)}});
    return {{"inputs", spec.inputs}, {"init", initName(spec.init)},
            {"leakySlope", finite(spec.leakySlope, "network.leakySlope")}, {"layers", layers}};
}

Json trainingJson(const TrainConfig& t)
{
    const OptimizerConfig& o = t.optimizer;
    return {{"loss", lossName(t.loss)},
            {"optimizer", {{"name", optimizerName(o.kind)}, {"learningRate", finite(o.learningRate, "training.optimizer.learningRate")},
                           {"momentum", finite(o.momentum, "training.optimizer.momentum")},
                           {"beta1", finite(o.beta1, "training.optimizer.beta1")}, {"beta2", finite(o.beta2, "training.optimizer.beta2")},
                           {"epsilon", finite(o.epsilon, "training.optimizer.epsilon")}}},
            {"epochs", t.epochs}, {"batchSize", t.batchSize}, {"shuffle", t.shuffle},
            {"validationSplit", t.validationSplit}, {"seed", t.seed}, {"clipNorm", finite(t.clipNorm, "training.clipNorm")}};
}

Json weightsJson(const Project& p)
{
    Json layers = Json::array();
    for (std::size_t l = 0; l < p.weights.size(); ++l) {
        const std::string field = "weights[" + std::to_string(l) + "]";
        const Matrix& W = p.weights[l];  // out × in
        Json rows = Json::array();
        for (Index r = 0; r < W.rows(); ++r) {
            Json row = Json::array();
            for (Index c = 0; c < W.cols(); ++c)
                row.push_back(finite(W(r, c), field + ".W[" + std::to_string(r) + "][" + std::to_string(c) + "]"));
            rows.push_back(std::move(row));
        }
        Json b = Json::array();
        for (Index r = 0; l < p.biases.size() && r < p.biases[l].size(); ++r)
            b.push_back(finite(p.biases[l](r), field + ".b[" + std::to_string(r) + "]"));
        layers.push_back({{"W", std::move(rows)}, {"b", std::move(b)}});
    }
    return layers;
}

Json historyJson(const std::vector<HistoryEntry>& history)
{
    Json entries = Json::array();
    for (std::size_t i = 0; i < history.size(); ++i) {
        const HistoryEntry& h = history[i];
        const std::string field = "history[" + std::to_string(i) + "].";
        entries.push_back({{"epoch", h.epoch}, {"train", finite(h.trainLoss, field + "train")},
                           {"validation", optionalNumber(h.validationLoss, field + "validation")},
                           {"accuracy", optionalNumber(h.accuracy, field + "accuracy")},
                           {"validationAccuracy", optionalNumber(h.validationAccuracy, field + "validationAccuracy")}});
    }
    return entries;
}

// Checks that a network's layers have the shapes spec describes; throws InputError naming the layer.
void checkShapes(const NetworkSpec& spec, const Network& net)
{
    if (net.layers.size() != spec.layers.size())
        throw InputError({}, 0, 0, "weights", "the network has " + std::to_string(net.layers.size())
                                                  + " layers; the project has " + std::to_string(spec.layers.size()));
    for (std::size_t l = 0; l < spec.layers.size(); ++l) {
        const Index out = spec.layers[l].neurons, in = l == 0 ? spec.inputs : spec.layers[l - 1].neurons;
        if (net.layers[l].W.rows() != out || net.layers[l].W.cols() != in)
            throw InputError({}, 0, 0, "weights[" + std::to_string(l) + "]",
                             "the network's layer is " + std::to_string(net.layers[l].W.rows()) + " × "
                                 + std::to_string(net.layers[l].W.cols()) + "; the project's is "
                                 + std::to_string(out) + " × " + std::to_string(in));
    }
}

// Returns the whole document; toJson writes it as it is, save with the dataset's path made relative.
Json documentOf(const Project& p)
{
    Json document = {{"format", ProjectFile::format}, {"version", ProjectFile::version}, {"name", p.name},
                     {"description", p.description}, {"dataset", datasetJson(p.data)},
                     {"network", networkJson(p.network)}, {"training", trainingJson(p.training)},
                     {"weights", weightsJson(p)}, {"history", historyJson(p.history)}};
    if (Json state = ProjectStateJson::optimizerJson(p); !state.is_null())
        document["optimizerState"] = std::move(state);
    if (Json columns = ProjectStateJson::columnsJson(p); !columns.is_null())
        document["columns"] = std::move(columns);
    return document;
}

}  // namespace

std::string ProjectFile::toJson(const Project& p) { return documentOf(p).dump(2) + "\n"; }

Project ProjectFile::fromJson(const std::string& text, const std::string& sourceName)
{
    return ProjectReader(sourceName).read(text);
}

Project ProjectFile::load(const std::string& path)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw InputError(path, "is a folder, not a project file");
    if (!std::filesystem::exists(path, ec))
        throw InputError(path, "no such file");
    return ProjectReader(path, path).read(readRegularFile(path, limits::maxProjectBytes, "a project file"));
}

void ProjectFile::save(const Project& project, const std::string& path)
{
    std::string text;
    try {
        Json document = documentOf(project);
        document["dataset"]["path"] = ProjectPaths::stored(project.data.path, path);
        text = document.dump(2) + "\n";
        // A file too large to load again is worse than one that resumes with fresh moments.
        if (std::int64_t(text.size()) > limits::maxProjectBytes && document.erase("optimizerState") > 0)
            text = document.dump(2) + "\n";
    } catch (const InputError& e) {
        throw InputError(path, 0, 0, e.field, e.message);
    }
    SafeFile::writeAll(path, text);
}

void ProjectFile::storeWeights(Project& project, const Network& net)
{
    checkShapes(project.network, net);
    project.weights.clear();
    project.biases.clear();
    for (const DenseLayer& layer : net.layers) {
        project.weights.push_back(layer.W);
        project.biases.push_back(layer.b);
    }
}

void ProjectFile::applyWeights(const Project& project, Network& net)
{
    checkShapes(project.network, net);
    if (!project.trained())
        throw InputError({}, 0, 0, "weights", "the project has no weights; train it first");
    if (project.weights.size() != net.layers.size() || project.biases.size() != net.layers.size())
        throw InputError({}, 0, 0, "weights", "the project needs one W and one b per layer");
    for (std::size_t l = 0; l < net.layers.size(); ++l) {
        DenseLayer& layer = net.layers[l];
        if (project.weights[l].rows() != layer.W.rows() || project.weights[l].cols() != layer.W.cols()
            || project.biases[l].size() != layer.b.size())
            throw InputError({}, 0, 0, "weights[" + std::to_string(l) + "]",
                             "expected W of " + std::to_string(layer.W.rows()) + " × " + std::to_string(layer.W.cols())
                                 + " and b of " + std::to_string(layer.b.size()));
        layer.W = project.weights[l];
        layer.b = project.biases[l];
    }
}

}  // namespace bp
