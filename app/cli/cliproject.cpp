#include "cliproject.h"

#include "builtindata.h"
#include "clierror.h"
#include "cliparse.h"
#include "defaultproject.h"
#include "generators.h"
#include "designlimits.h"
#include "projectfile.h"
#include "rawarguments.h"

#include <QFileInfo>

#include <optional>

#include <string>
#include <vector>

namespace bp {

namespace {
struct Option {
    const char* name;
    std::string help;
    const char* value;
};

// Returns "[lo, hi]" for a help line.
std::string range(double lo, double hi)
{
    return QStringLiteral("[%1, %2]").arg(QString::number(lo, 'g', 12), QString::number(hi, 'g', 12)).toStdString();
}

// The options of `backprop train`; the names they accept and their ranges come from core's tables and limits.
std::vector<Option> projectOptions()
{
    using namespace limits;
    std::string hidden;  // softmax is for the output layer only
    for (const NamedValue<Activation>& f : activationNames)
        if (f.value != Activation::Softmax)
            hidden += (hidden.empty() ? "" : ", ") + std::string(f.name);
    return {
        {"preset", "Start from a shipped example: deep, autoencoder, xor, spiral, iris.", "name"},
        {"load", "Start from a saved project (its weights and history too).", "project"},
        {"dataset", "Generator (" + nameList(generatorTable, ", ") + "), " + nameList(builtinDatasets, ", ") + ", or a CSV file.",
         "name|file.csv"},
        {"target", "CSV target columns by name or number, comma separated (default: the last).", "columns"},
        {"delimiter", "What separates CSV cells: " + nameList(delimiterNames) + " (auto by default: told from the first lines).",
         "name"},
        {"scaling", "How CSV features are scaled: " + nameList(scalingNames) + " (standardize by default).", "name"},
        {"samples", "Points a generator makes, in " + range(minSamples, maxSamples) + ".", "n"},
        {"noise", "Noise of a generator (0 = clean), in " + range(0, maxNoise) + ".", "sigma"},
        {"layers", "Hidden layer widths, e.g. 16,8,4 (each in " + range(1, maxNeurons) + ").", "list"},
        {"hidden-layers", "Number of hidden layers (with --neurons), in " + range(0, maxHiddenLayers) + ".", "n"},
        {"neurons", "Neurons per hidden layer (with --hidden-layers), in " + range(1, maxNeurons) + ".", "n"},
        {"activation", "Hidden activation, one for all or a comma list: " + hidden + ".", "name"},
        {"output-activation", "Output activation: " + nameList(activationNames) + ".", "name"},
        {"loss", nameList(lossNames) + ".", "name"},
        {"optimizer", nameList(optimizerNames) + ".", "name"},
        {"lr", "Learning rate, in " + range(minLearningRate, maxLearningRate) + ".", "eta"},
        {"clip-norm", "Scale the gradient down to this norm before each step when it is larger: 0 (off, the default) "
                      "or in " + range(minClipNorm, maxClipNorm) + ".", "c"},
        {"epochs", "Epochs to train, in " + range(1, maxEpochs) + "; a trained --load project trains this many more "
                   "(without it, on to its epochs, or another run of them once they are reached).", "n"},
        {"batch-size", "Samples per batch (0 = the whole set).", "n"},
        {"validation", "Fraction held out for validation, e.g. 0.2, in " + range(0, maxValidationSplit) + ".", "fraction"},
        {"seed", "Seed of the weights, the split and the shuffling.", "n"},
    };
}

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
    throw UsageError("--" + std::string(option) + ": unknown activation \"" + name.toStdString() + "\"; use "
                     + nameList(activationNames));
}

void applyDataset(const QCommandLineParser& p, DataSource& data)
{
    RawArguments::requireUtf8(p, "dataset");  // a CSV's name is stored in the project, as UTF-8 text
    const QString name = p.value("dataset");
    if (isGenerator(name.toStdString())) {
        data = DataSource{};
        data.kind = DataSource::Kind::Generator;
        data.name = name.toStdString();
    } else if (const BuiltinDataset* builtin = findBuiltin(name.toStdString())) {
        data = DataSource{};
        data.kind = DataSource::Kind::Builtin;
        data.name = name.toStdString();
        data.csv.scaling = builtin->scaling;
    } else if (name.endsWith(".csv", Qt::CaseInsensitive) || QFileInfo::exists(name)) {
        data = DataSource{};
        data.kind = DataSource::Kind::Csv;
        data.path = name.toStdString();
        data.csv.scaling = Scaling::Standardize;
    } else {
        throw UsageError("--dataset: \"" + name.toStdString() + "\" is no generator, built-in dataset or CSV file");
    }
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
        // Empty parts kept: "--layers ''" or "8,,4" is a mistake, not a request for fewer layers.
        for (const QString& w : p.value("layers").split(','))
            widths.push_back(wholeNumber(w, "layers", 1, limits::maxNeurons));
    } else if (p.isSet("hidden-layers") || p.isSet("neurons")) {
        const int n = p.isSet("hidden-layers") ? wholeNumber(p.value("hidden-layers"), "hidden-layers", 0, limits::maxHiddenLayers) : int(hidden.size());
        const int m = p.isSet("neurons") ? wholeNumber(p.value("neurons"), "neurons", 1, limits::maxNeurons) : 8;
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
        for (std::size_t i = 0; i < hidden.size(); ++i) {
            hidden[i].activation = activation(names.size() == 1 ? names[0] : names[qsizetype(i)], "activation");
            if (hidden[i].activation == Activation::Softmax)
                throw UsageError("--activation: softmax is only for the output layer (--output-activation softmax)");
        }
    }
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
            throw UsageError("--loss: unknown loss \"" + p.value("loss").toStdString() + "\"; use " + nameList(lossNames));
        t.loss = *loss;
    }
    if (p.isSet("optimizer")) {
        const auto kind = optimizerFromName(p.value("optimizer").toStdString());
        if (!kind)
            throw UsageError("--optimizer: unknown optimizer \"" + p.value("optimizer").toStdString() + "\"; use " + nameList(optimizerNames));
        t.optimizer.kind = *kind;
    }
    if (p.isSet("lr"))
        t.optimizer.learningRate = Scalar(number(p, "lr", limits::minLearningRate, limits::maxLearningRate));
    if (p.isSet("clip-norm")) {
        bool ok = false;
        const double c = p.value("clip-norm").toDouble(&ok);
        if (!ok || !(c == 0 || (c >= limits::minClipNorm && c <= limits::maxClipNorm)))
            throw UsageError("--clip-norm: expected 0 (off) or a number in " + range(limits::minClipNorm, limits::maxClipNorm)
                             + ", got \"" + p.value("clip-norm").toStdString() + "\"");
        t.clipNorm = Scalar(c);
    }
    if (p.isSet("epochs"))
        t.epochs = wholeNumber(p.value("epochs"), "epochs", 1, limits::maxEpochs);
    if (p.isSet("batch-size"))
        t.batchSize = wholeNumber(p.value("batch-size"), "batch-size", 0, limits::maxBatchSize);
    if (p.isSet("validation"))
        t.validationSplit = number(p, "validation", 0, limits::maxValidationSplit);
    if (p.isSet("seed"))
        t.seed = std::uint64_t(wholeNumber(p.value("seed"), "seed", 0, 2147483647));
}
}  // namespace

void addProjectOptions(QCommandLineParser& parser)
{
    for (const Option& o : projectOptions())
        parser.addOption({QString::fromLatin1(o.name), QString::fromStdString(o.help), QString::fromLatin1(o.value)});
}

bool fitsOutput(const QCommandLineParser& p)
{
    return p.isSet("dataset") && !p.isSet("output-activation") && !p.isSet("loss");
}

std::optional<UsageError> optionError(const QCommandLineParser& p, const Project& project, const InputError& error)
{
    // The options that set each design field Session checks.
    std::vector<const char*> options;
    const std::string& field = error.field;
    const std::string lastLayer = "network.layers[" + std::to_string(project.network.layers.size() - 1) + "]";
    if (field == "training.loss")
        options = {"output-activation", "loss"};
    else if (field == "training.validationSplit")
        options = {"validation"};
    else if (field == "training.batchSize")  // training would not fit in memory
        options = {"batch-size", "samples", "layers", "hidden-layers", "neurons"};
    else if (field.starts_with(lastLayer + ".activation"))
        options = {"output-activation"};
    else if (field.ends_with(".activation"))
        options = {"activation"};
    else if (field.ends_with(".neurons") || field == "network.layers")
        options = {"layers", "hidden-layers", "neurons"};
    std::string given;
    for (const char* name : options)
        if (p.isSet(name))
            given += (given.empty() ? "--" : ", --") + std::string(name) + " " + p.value(name).toStdString();
    if (given.empty())
        return std::nullopt;
    return UsageError(given + ": " + error.message);
}

Project projectFromOptions(const QCommandLineParser& p)
{
    Project project = defaultProject();
    if (p.isSet("preset") && p.isSet("load"))
        throw UsageError("--preset and --load: choose one");
    if (p.isSet("preset")) {
        const auto text = presetText(p.value("preset"));
        if (!text)
            throw UsageError("--preset: no preset \"" + p.value("preset").toStdString() + "\"; there are "
                             + presetNames().join(", ").toStdString());
        project = ProjectFile::fromJson(*text, "preset " + p.value("preset").toStdString());
    } else if (p.isSet("load")) {
        project = ProjectFile::load(RawArguments::path(p, "load"));
    }
    const bool redesign = p.isSet("dataset") || p.isSet("scaling") || p.isSet("layers") || p.isSet("hidden-layers") || p.isSet("activation")
                          || p.isSet("output-activation");
    if (project.trained() && redesign)
        throw UsageError("--load: the project is trained; changing its data or layers would discard its weights");
    if (p.isSet("dataset"))
        applyDataset(p, project.data);
    if (p.isSet("target") && project.data.kind == DataSource::Kind::Generator)
        throw UsageError("--target: \"" + project.data.name + "\" is a generator; only a CSV file has columns to choose");
    if (p.isSet("target"))
        for (const QString& t : listOption(p, "target"))
            project.data.csv.targets.push_back(t.trimmed().toStdString());
    if (p.isSet("scaling"))
        project.data.csv.scaling = choiceOption(scalingNames, p.value("scaling"), "scaling");
    if (p.isSet("delimiter") && project.data.kind == DataSource::Kind::Generator)
        throw UsageError("--delimiter: \"" + project.data.name + "\" is a generator; only a CSV file has cells to separate");
    if (p.isSet("delimiter"))
        project.data.csv.delimiter = choiceOption(delimiterNames, p.value("delimiter"), "delimiter");
    if (p.isSet("samples"))
        project.data.samples = int(number(p, "samples", limits::minSamples, limits::maxSamples));
    if (p.isSet("noise"))
        project.data.noise = number(p, "noise", 0, limits::maxNoise);

    applyLayers(p, project);
    applyTraining(p, project.training);
    return project;
}

}  // namespace bp
