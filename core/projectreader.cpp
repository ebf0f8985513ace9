#include "projectreader.h"

#include <cstdio>

#include "generators.h"
#include "inputerror.h"
#include "jsonfield.h"
#include "projectfile.h"
#include "projectpaths.h"
#include "projectstatejson.h"
#include "designlimits.h"
#include "trainingmemory.h"

#include <climits>

namespace bp {

namespace {

CsvOptions readCsvOptions(const JsonField& f)
{
    f.allowOnly({"header", "delimiter", "targets", "targetKind", "scaling"});
    CsvOptions csv;
    if (auto x = f.find("header"))
        csv.header = x->choice(headerNames, "header mode");
    if (auto x = f.find("delimiter")) {  // older files hold the character itself
        const std::string d = x->text();
        std::optional<Delimiter> legacy;
        for (const auto& entry : delimiterNames)
            if (entry.value != Delimiter::Auto && d == std::string(1, delimiterChar(entry.value)))
                legacy = entry.value;
        csv.delimiter = legacy ? *legacy : x->choice(delimiterNames, "delimiter");
    }
    if (auto x = f.find("targets"))
        for (std::size_t i = 0; i < x->size(); ++i) {
            csv.targets.push_back((*x)[i].text());
            if (csv.targets.back().empty())
                (*x)[i].fail("must name a column");
        }
    if (auto x = f.find("targetKind"))
        csv.targetKind = x->choice(targetKindNames, "target kind");
    if (auto x = f.find("scaling"))
        csv.scaling = x->choice(scalingNames, "scaling");
    return csv;
}

DataSource readDataset(const JsonField& f)
{
    f.allowOnly({"kind", "name", "path", "samples", "noise", "classes", "seed", "csv", "autoencoder"});
    DataSource d;
    d.kind = f.at("kind").choice(dataSourceKindNames, "dataset kind");
    if (d.kind == DataSource::Kind::Csv) {
        d.path = f.at("path").text();
        if (d.path.empty())
            f.at("path").fail("must name a CSV file");
        d.name.clear();  // a CSV source is named by its file
    } else if (auto x = f.find("path")) {
        d.path = x->text();
    }
    if (auto x = f.find("name"); x || d.kind != DataSource::Kind::Csv) {
        d.name = f.at("name").text();
        if (d.kind == DataSource::Kind::Generator && !isGenerator(d.name))
            f.at("name").fail("unknown generator \"" + d.name + "\"");
        if (d.kind == DataSource::Kind::Builtin && d.name.empty())
            f.at("name").fail("must name a built-in dataset");
    }
    if (auto x = f.find("samples"))
        d.samples = int(x->integer(limits::minSamples, limits::maxSamples));
    if (auto x = f.find("noise"); x && ((d.noise = x->number()) < 0 || d.noise > limits::maxNoise))
        x->fail("must be from 0 to " + std::to_string(int(limits::maxNoise)) + ", got " + x->value.dump());
    if (auto x = f.find("classes"))
        d.classes = int(x->integer(limits::minClasses, limits::maxClasses));
    if (auto x = f.find("seed"))
        d.seed = x->unsignedInteger();
    if (auto x = f.find("csv"))
        d.csv = readCsvOptions(*x);
    if (auto x = f.find("autoencoder"))
        d.autoencoder = x->flag();
    return d;
}

NetworkSpec readNetwork(const JsonField& f)
{
    f.allowOnly({"inputs", "init", "leakySlope", "layers"});
    NetworkSpec spec;
    spec.inputs = int(f.at("inputs").integer(1, limits::maxInputs));
    if (auto x = f.find("init"))
        spec.init = x->choice(initNames, "initialiser");
    if (auto x = f.find("leakySlope"); x && ((spec.leakySlope = x->scalar()) < 0 || spec.leakySlope >= 1))
        x->fail("must be in [0, 1), got " + x->value.dump());
    const JsonField layers = f.at("layers");
    if (layers.size() == 0)
        layers.fail("the network needs at least an output layer");
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const JsonField layer = layers[i];
        layer.allowOnly({"neurons", "activation"});
        spec.layers.push_back({int(layer.at("neurons").integer(1, limits::maxNeurons)),
                               layer.at("activation").choice(activationNames, "activation")});
    }
    return spec;
}

// Returns x as printf's %g writes it: 0.9, 1e-06, 1e+06.
std::string jsonText(double x)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g", x);
    return text;
}

// Reads a finite number in [lo, hi] (a learning rate, ε).
float readBetween(const JsonField& f, double lo, double hi)
{
    const float x = f.scalar();
    if (!(x >= float(lo) && x <= float(hi)))
        f.fail("must be from " + jsonText(lo) + " to " + jsonText(hi) + ", got " + f.value.dump());
    return x;
}

// Reads a number in [0, 1) (a momentum, a decay rate β).
float readFraction(const JsonField& f)
{
    const float x = f.scalar();
    if (x < 0 || x >= 1)
        f.fail("must be in [0, 1), got " + f.value.dump());
    return x;
}

TrainConfig readTraining(const JsonField& f)
{
    f.allowOnly({"loss", "optimizer", "epochs", "batchSize", "shuffle", "validationSplit", "seed", "clipNorm"});
    TrainConfig t;
    t.loss = f.at("loss").choice(lossNames, "loss");
    const JsonField o = f.at("optimizer");
    o.allowOnly({"name", "learningRate", "momentum", "beta1", "beta2", "epsilon"});
    t.optimizer.kind = o.at("name").choice(optimizerNames, "optimizer");
    t.optimizer.learningRate = readBetween(o.at("learningRate"), limits::minLearningRate, limits::maxLearningRate);
    if (auto x = o.find("momentum"))
        t.optimizer.momentum = readFraction(*x);
    if (auto x = o.find("beta1"))
        t.optimizer.beta1 = readFraction(*x);
    if (auto x = o.find("beta2"))
        t.optimizer.beta2 = readFraction(*x);
    if (auto x = o.find("epsilon"))
        t.optimizer.epsilon = readBetween(*x, limits::minEpsilon, limits::maxEpsilon);
    if (auto x = f.find("epochs"))
        t.epochs = int(x->integer(1, limits::maxEpochs));
    if (auto x = f.find("batchSize"))
        t.batchSize = int(x->integer(0, limits::maxBatchSize));
    if (auto x = f.find("shuffle"))
        t.shuffle = x->flag();
    if (auto x = f.find("validationSplit");
        x && ((t.validationSplit = x->number()) < 0 || t.validationSplit > limits::maxValidationSplit))
        x->fail("must be from 0 to " + jsonText(limits::maxValidationSplit) + ", got " + x->value.dump());
    if (auto x = f.find("seed"))
        t.seed = x->unsignedInteger();
    if (auto x = f.find("clipNorm"); x && (t.clipNorm = x->scalar()) != 0
                                      && !(t.clipNorm >= float(limits::minClipNorm) && t.clipNorm <= float(limits::maxClipNorm)))
        x->fail("must be 0 (off) or from " + jsonText(limits::minClipNorm) + " to " + jsonText(limits::maxClipNorm) + ", got "
                + x->value.dump());
    return t;
}

// Reads n finite floats from the array f into out (a row of W or the vector b).
template <typename Out>
void readValues(const JsonField& f, Index n, Out&& out, const std::string& expected)
{
    if (Index(f.size()) != n)
        f.fail("expected " + expected + ", got " + std::to_string(f.size()));
    for (Index j = 0; j < n; ++j)
        out(j) = f[std::size_t(j)].scalar();
}

void readWeights(const JsonField& f, Project& p)
{
    const std::size_t L = p.network.layers.size();
    if (f.size() != L)
        f.fail("expected " + std::to_string(L) + " layers of weights (one per layer), got " + std::to_string(f.size()));
    for (std::size_t l = 0; l < L; ++l) {
        const JsonField layer = f[l];
        layer.allowOnly({"W", "b"});
        const Index out = p.network.layers[l].neurons;
        const Index in = l == 0 ? p.network.inputs : p.network.layers[l - 1].neurons;
        const std::string shape = std::to_string(out) + " × " + std::to_string(in);
        const JsonField W = layer.at("W");
        if (Index(W.size()) != out)
            W.fail("layer " + std::to_string(l) + " needs W of " + shape + " (out × in), got "
                   + std::to_string(W.size()) + " rows");
        Matrix M(out, in);
        for (Index r = 0; r < out; ++r)
            readValues(W[std::size_t(r)], in, [&](Index c) -> Scalar& { return M(r, c); },
                       std::to_string(in) + " values (layer " + std::to_string(l) + " needs W of " + shape + ")");
        Vector b(out);
        readValues(layer.at("b"), out, [&](Index r) -> Scalar& { return b(r); },
                   std::to_string(out) + " biases (one per neuron of layer " + std::to_string(l) + ")");
        p.weights.push_back(std::move(M));
        p.biases.push_back(std::move(b));
    }
}

std::optional<Scalar> optionalScalar(const JsonField& entry, const char* key)
{
    const auto x = entry.find(key);
    return x ? std::optional<Scalar>(x->scalar()) : std::nullopt;
}

std::vector<HistoryEntry> readHistory(const JsonField& f)
{
    std::vector<HistoryEntry> history;
    for (std::size_t i = 0; i < f.size(); ++i) {
        const JsonField e = f[i];
        e.allowOnly({"epoch", "train", "validation", "accuracy", "validationAccuracy"});
        const int last = history.empty() ? 0 : history.back().epoch;
        HistoryEntry h;
        h.epoch = int(e.at("epoch").integer(1, INT_MAX));
        if (h.epoch <= last)
            e.at("epoch").fail("epochs must increase: " + std::to_string(h.epoch) + " follows "
                               + std::to_string(last));
        h.trainLoss = e.at("train").scalar();
        h.validationLoss = optionalScalar(e, "validation");
        h.accuracy = optionalScalar(e, "accuracy");
        h.validationAccuracy = optionalScalar(e, "validationAccuracy");
        for (const char* key : {"accuracy", "validationAccuracy"})
            if (auto x = e.find(key); x && (x->scalar() < 0 || x->scalar() > 1))
                x->fail("an accuracy must be in [0, 1], got " + x->value.dump());
        history.push_back(h);
    }
    return history;
}

}  // namespace

Project ProjectReader::read(const std::string& text) const
{
    const Json document = parseJson(text, file_);
    const JsonField root(document, "", file_);
    if (!document.is_object())
        root.fail("expected a project: a JSON object with \"format\": \"" + std::string(ProjectFile::format) + "\"");
    root.allowOnly({"format", "version", "name", "description", "dataset", "network", "training", "weights", "history",
                    "optimizerState", "columns"});
    if (root.at("format").text() != ProjectFile::format)
        root.at("format").fail("expected \"" + std::string(ProjectFile::format) + "\", got \"" + root.at("format").text() + "\"");
    const int version = int(root.at("version").integer(1, INT_MAX));
    if (version > ProjectFile::version)
        root.at("version").fail("the file was written by a newer version of the format (" + std::to_string(version)
                                + "); this build reads up to " + std::to_string(ProjectFile::version));
    Project p;
    if (auto x = root.find("name"))
        p.name = x->text();
    if (auto x = root.find("description"))
        p.description = x->text();
    p.data = readDataset(root.at("dataset"));
    if (!projectPath_.empty())
        p.data.path = ProjectPaths::resolved(p.data.path, projectPath_, version);
    p.network = readNetwork(root.at("network"));
    p.training = readTraining(root.at("training"));
    if (const auto problem = checkSpec(p.network, p.training.loss))
        throw InputError(file_, 0, 0, problem->field == "loss" ? "training.loss" : "network." + problem->field,
                         problem->message);
    // Before a weight is read, what the design takes whatever its data; the data's rows and widths
    // are known only once it is loaded, when Session checks the whole again.
    if (const auto problem = checkTrainingMemory(p.network, p.training, 0))
        throw InputError(file_, 0, 0, problem->field, problem->message);
    if (auto x = root.find("weights"); x && x->size() > 0)
        readWeights(*x, p);
    if (auto x = root.find("history"))
        p.history = readHistory(*x);
    if (auto x = root.find("optimizerState"))
        ProjectStateJson::readOptimizer(*x, p);
    if (auto x = root.find("columns"))
        ProjectStateJson::readColumns(*x, p);
    return p;
}

}  // namespace bp
