#include "cliproject.h"

#include "builtindata.h"
#include "clierror.h"
#include "generators.h"
#include "projectfile.h"
#include "projectnames.h"

#include <QFileInfo>

#include <algorithm>

namespace bp {

namespace {
const char* kOptions[][3] = {
    {"preset", "Start from a shipped example: deep, autoencoder, xor, spiral, iris.", "name"},
    {"load", "Start from a saved project (its weights and history too).", "project"},
    {"dataset", "Generator (xor, circles, spiral, gaussian, moons, sine), iris, digits, or a CSV file.", "name|file.csv"},
    {"target", "CSV target columns by name or number, comma separated (default: the last).", "columns"},
    {"scaling", "How CSV features are scaled: standardize (the default), minmax or none.", "name"},
    {"samples", "Points a generator makes.", "n"},
    {"noise", "Noise of a generator (0 = clean).", "sigma"},
    {"layers", "Hidden layer widths, e.g. 16,8,4.", "list"},
    {"hidden-layers", "Number of hidden layers (with --neurons).", "n"},
    {"neurons", "Neurons per hidden layer (with --hidden-layers).", "n"},
    {"activation", "Hidden activation, one for all or a comma list: sigmoid, tanh, relu, leaky_relu, linear.", "name"},
    {"output-activation", "Output activation: sigmoid, softmax, linear, tanh, relu, leaky_relu.", "name"},
    {"loss", "sse, mse, rmse, bce or cce.", "name"},
    {"optimizer", "sgd, momentum or adam.", "name"},
    {"lr", "Learning rate.", "eta"},
    {"epochs", "Epochs to train.", "n"},
    {"batch-size", "Samples per batch (0 = the whole set).", "n"},
    {"validation", "Fraction held out for validation, e.g. 0.2.", "fraction"},
    {"seed", "Seed of the weights, the split and the shuffling.", "n"},
};

QStringList listOption(const QCommandLineParser& p, const char* name)
{
    return p.value(name).split(',', Qt::SkipEmptyParts);
}

double number(const QCommandLineParser& p, const char* name, double lo, double hi)
{
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok || !(v >= lo && v <= hi))
        throw UsageError("--" + std::string(name) + ": expected a number in [" + QString::number(lo).toStdString()
                         + ", " + QString::number(hi).toStdString() + "], got \"" + p.value(name).toStdString() + "\"");
    return v;
}

Activation activation(const QString& name, const char* option)
{
    if (auto f = activationFromName(name.trimmed().toStdString()))
        return *f;
    throw UsageError("--" + std::string(option) + ": unknown activation \"" + name.toStdString() + "\"");
}

Scaling scaling(const QString& name)
{
    for (const auto& entry : scalingNames)
        if (name.trimmed().toStdString() == entry.name)
            return entry.value;
    throw UsageError("--scaling: expected standardize, minmax or none, got \"" + name.toStdString() + "\"");
}

void applyDataset(const QCommandLineParser& p, DataSource& data)
{
    const QString name = p.value("dataset");
    const auto& generators = generatorNames();
    if (std::find(generators.begin(), generators.end(), name.toStdString()) != generators.end()) {
        data = DataSource{};
        data.kind = DataSource::Kind::Generator;
        data.name = name.toStdString();
    } else if (name == "iris" || name == "digits") {
        data = DataSource{};
        data.kind = DataSource::Kind::Builtin;
        data.name = name.toStdString();
        data.csv.scaling = name == "iris" ? Scaling::Standardize : Scaling::MinMax;
    } else if (name.endsWith(".csv", Qt::CaseInsensitive) || QFileInfo::exists(name)) {
        data = DataSource{};
        data.kind = DataSource::Kind::Csv;
        data.path = name.toStdString();
        data.csv.scaling = Scaling::Standardize;
    } else {
        throw UsageError("--dataset: \"" + name.toStdString() + "\" is no generator, built-in dataset or CSV file");
    }
}

// The output layer's usual activation and loss for the data: softmax + cce for several classes,
// sigmoid + bce for two, linear + mse for regression.
void defaultOutput(const Project& project, Activation& f, Loss& loss)
{
    const bool multiClass = project.data.kind != DataSource::Kind::Generator
                            || (project.data.name == "gaussian" && project.data.classes > 2);
    const bool regression = project.data.name == "sine" || project.data.autoencoder;
    f = regression ? Activation::Linear : multiClass ? Activation::Softmax : Activation::Sigmoid;
    loss = regression ? Loss::MSE : multiClass ? Loss::CategoricalCrossEntropy : Loss::BinaryCrossEntropy;
}

int whole(const QString& text, const char* option, int lo, int hi)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < lo || v > hi)
        throw UsageError("--" + std::string(option) + ": expected a whole number in [" + std::to_string(lo) + ", "
                         + std::to_string(hi) + "], got \"" + text.toStdString() + "\"");
    return v;
}

void applyLayers(const QCommandLineParser& p, Project& project)
{
    std::vector<LayerSpec>& layers = project.network.layers;
    if (layers.empty())
        layers.push_back({1, Activation::Sigmoid});
    LayerSpec output = layers.back();
    std::vector<LayerSpec> hidden(layers.begin(), layers.end() - 1);
    const Activation usual = hidden.empty() ? Activation::Tanh : hidden.front().activation;
    if (p.isSet("layers") && p.isSet("hidden-layers"))
        throw UsageError("--layers and --hidden-layers: choose one");
    std::vector<int> widths;
    if (p.isSet("layers")) {
        for (const QString& w : listOption(p, "layers"))
            widths.push_back(whole(w, "layers", 1, 100000));
    } else if (p.isSet("hidden-layers") || p.isSet("neurons")) {
        const int n = p.isSet("hidden-layers") ? whole(p.value("hidden-layers"), "hidden-layers", 0, 1000) : int(hidden.size());
        const int m = p.isSet("neurons") ? whole(p.value("neurons"), "neurons", 1, 100000) : 8;
        widths.assign(std::size_t(n), m);
    }
    if (p.isSet("layers") || p.isSet("hidden-layers") || p.isSet("neurons")) {
        hidden.clear();
        for (int w : widths)
            hidden.push_back({w, usual});
    }
    if (p.isSet("activation")) {
        const QStringList names = listOption(p, "activation");
        if (names.size() != 1 && names.size() != qsizetype(hidden.size()))
            throw UsageError("--activation: give one name, or one per hidden layer (" + std::to_string(hidden.size()) + ")");
        for (std::size_t i = 0; i < hidden.size(); ++i)
            hidden[i].activation = activation(names.size() == 1 ? names[0] : names[qsizetype(i)], "activation");
    }
    if (p.isSet("dataset") && !p.isSet("output-activation") && !p.isSet("loss"))
        defaultOutput(project, output.activation, project.training.loss);
    if (p.isSet("output-activation"))
        output.activation = activation(p.value("output-activation"), "output-activation");
    layers = hidden;
    layers.push_back(output);
}

void applyTraining(const QCommandLineParser& p, TrainConfig& t)
{
    if (p.isSet("loss")) {
        const auto loss = lossFromName(p.value("loss").toStdString());
        if (!loss)
            throw UsageError("--loss: unknown loss \"" + p.value("loss").toStdString() + "\"; use sse, mse, rmse, bce or cce");
        t.loss = *loss;
    }
    if (p.isSet("optimizer")) {
        const auto kind = optimizerFromName(p.value("optimizer").toStdString());
        if (!kind)
            throw UsageError("--optimizer: unknown optimizer \"" + p.value("optimizer").toStdString() + "\"; use sgd, momentum or adam");
        t.optimizer.kind = *kind;
    }
    if (p.isSet("lr"))
        t.optimizer.learningRate = Scalar(number(p, "lr", 1e-9, 1e9));
    if (p.isSet("epochs"))
        t.epochs = whole(p.value("epochs"), "epochs", 1, 100000000);
    if (p.isSet("batch-size"))
        t.batchSize = whole(p.value("batch-size"), "batch-size", 0, 100000000);
    if (p.isSet("validation"))
        t.validationSplit = number(p, "validation", 0, 0.9);
    if (p.isSet("seed"))
        t.seed = std::uint64_t(whole(p.value("seed"), "seed", 0, 2147483647));
}
}  // namespace

void addProjectOptions(QCommandLineParser& parser)
{
    for (const auto& o : kOptions)
        parser.addOption({QString::fromLatin1(o[0]), QString::fromUtf8(o[1]), QString::fromLatin1(o[2])});
}

Project projectFromOptions(const QCommandLineParser& p)
{
    Project project;
    if (p.isSet("preset") && p.isSet("load"))
        throw UsageError("--preset and --load: choose one");
    if (p.isSet("preset")) {
        const auto text = presetText(p.value("preset"));
        if (!text)
            throw UsageError("--preset: no preset \"" + p.value("preset").toStdString() + "\"; there are "
                             + presetNames().join(", ").toStdString());
        project = ProjectFile::fromJson(*text, "preset " + p.value("preset").toStdString());
    } else if (p.isSet("load")) {
        project = ProjectFile::load(p.value("load").toStdString());
    } else {  // a small default that trains in a moment
        project.data.name = "xor";
        project.data.samples = 200;
        project.data.noise = 0.05;
        project.network.layers = {{8, Activation::Tanh}, {1, Activation::Sigmoid}};
        project.training.loss = Loss::BinaryCrossEntropy;
        project.training.optimizer = {OptimizerKind::Adam, 0.02f};
        project.training.epochs = 500;
    }
    const bool redesign = p.isSet("dataset") || p.isSet("scaling") || p.isSet("layers") || p.isSet("hidden-layers") || p.isSet("activation")
                          || p.isSet("output-activation");
    if (project.trained() && redesign)
        throw UsageError("--load: the project is trained; changing its data or layers would discard its weights");
    if (p.isSet("dataset"))
        applyDataset(p, project.data);
    if (p.isSet("target"))
        for (const QString& t : listOption(p, "target"))
            project.data.csv.targets.push_back(t.trimmed().toStdString());
    if (p.isSet("scaling"))
        project.data.csv.scaling = scaling(p.value("scaling"));
    if (p.isSet("samples"))
        project.data.samples = int(number(p, "samples", 4, 1e6));
    if (p.isSet("noise"))
        project.data.noise = number(p, "noise", 0, 10);

    applyLayers(p, project);
    applyTraining(p, project.training);
    return project;
}

}  // namespace bp
