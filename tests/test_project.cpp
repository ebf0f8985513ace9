// Project files: bit-exact round trips, atomic saves, one precise error per malformed field, presets.
#include "projectfile.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QTest>

#include <bit>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>

using namespace bp;
namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

// A trained-looking 2 → 3 → 4 → 1 project whose weights include floats that are hard to print.
Project sampleProject()
{
    Project p;
    p.name = "Sample";
    p.description = "A small network with awkward weights.";
    p.data.name = "circles";
    p.data.csv.targets = {"label"};
    p.data.csv.scaling = Scaling::Standardize;
    p.network.inputs = 2;
    p.network.layers = {{3, Activation::Tanh}, {4, Activation::LeakyReLU}, {1, Activation::Sigmoid}};
    p.network.leakySlope = 0.03f;
    p.training.loss = Loss::BinaryCrossEntropy;
    p.training.optimizer.kind = OptimizerKind::Adam;
    p.training.optimizer.learningRate = 0.0123f;
    p.training.validationSplit = 0.25;
    p.training.seed = 18446744073709551615ull;
    Network net(p.network);
    net.initialise(42);
    net.layers[0].W(0, 0) = 0.1f;
    net.layers[0].W(1, 1) = -0.0f;
    net.layers[0].W(2, 0) = std::numeric_limits<float>::denorm_min();
    net.layers[1].W(3, 2) = std::numeric_limits<float>::max();
    net.layers[1].b(0) = std::nextafter(1.0f, 2.0f);
    net.layers[2].b(0) = 1.0f / 3.0f;
    ProjectFile::storeWeights(p, net);
    p.history = {{1, 0.69f, 0.7f, 0.5f, std::nullopt}, {2, 0.5f, std::nullopt, 0.75f, 0.8f}, {5, 1e-7f, 1e-7f, 1, 1}};
    return p;
}

std::string readText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeText(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

std::vector<std::string> filesIn(const std::string& dir)
{
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

bool sameBits(const std::vector<Matrix>& a, const std::vector<Matrix>& b)
{
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].size() != b[i].size() || std::memcmp(a[i].data(), b[i].data(), sizeof(Scalar) * a[i].size()) != 0)
            return false;
    return a.size() == b.size();
}

// Returns the error fromJson throws for text; fails the test if it throws nothing.
InputError errorFor(const std::string& text)
{
    try {
        ProjectFile::fromJson(text, "doc.json");
    } catch (const InputError& e) {
        return e;
    }
    return InputError("", "no error");
}

}  // namespace

class TestProject : public QObject {
    Q_OBJECT
private slots:
    void roundTripIsBitExact();
    void manyRandomFloatsRoundTrip();
    void hyperparametersPrintShort();
    void saveLeavesNoTemporaryFiles();
    void failedSaveKeepsTheOldFile();
    void loadNamesAMissingFile();
    void notJsonGivesLineAndColumn();
    void malformed_data();
    void malformed();
    void weightsMoveBetweenProjectAndNetwork();
    void presetsAreValid();
};

void TestProject::roundTripIsBitExact()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("sample.json").toStdString();
    const Project p = sampleProject();
    ProjectFile::save(p, path);
    const Project q = ProjectFile::load(path);
    QVERIFY(q == p);
    QVERIFY(sameBits(q.weights, p.weights));
    QVERIFY(std::signbit(q.weights[0](1, 1)));  // −0 stays −0
    QCOMPARE(q.weights[0](2, 0), std::numeric_limits<float>::denorm_min());
    QVERIFY(q.history == p.history);
    QCOMPARE(q.history.size(), std::size_t(3));
    QVERIFY(!q.history[0].validationAccuracy && !q.history[1].validationLoss);
    QCOMPARE(q.training.seed, 18446744073709551615ull);

    Network a(p.network), b(q.network);
    ProjectFile::applyWeights(p, a);
    ProjectFile::applyWeights(q, b);
    Matrix X(2, 3);
    X << 0.5f, -1, 2, 0.25f, 3, -0.75f;
    const Matrix Pa = a.predict(X), Pb = b.predict(X);
    QCOMPARE(std::memcmp(Pa.data(), Pb.data(), sizeof(Scalar) * Pa.size()), 0);
    QCOMPARE(ProjectFile::toJson(q), ProjectFile::toJson(p));  // writing is deterministic
}

void TestProject::manyRandomFloatsRoundTrip()
{
    // 40 000 weights with random bit patterns (every finite float is possible) survive text.
    Project p;
    p.network.inputs = 200;
    p.network.layers = {{200, Activation::Sigmoid}};
    std::mt19937 bits(7);
    Matrix W(200, 200);
    for (Index k = 0; k < W.size(); ++k) {
        float x;
        do
            x = std::bit_cast<float>(std::uint32_t(bits()));
        while (!std::isfinite(x));
        W.data()[k] = x;
    }
    p.weights = {W};
    p.biases = {Vector::Zero(200)};
    const Project q = ProjectFile::fromJson(ProjectFile::toJson(p), "big");
    QVERIFY(sameBits(q.weights, p.weights));
}

void TestProject::hyperparametersPrintShort()
{
    Project p;  // learning rate 0.1f, ε 1e-8f: the file shows the short forms, not 0.10000000149011612
    p.network.layers = {{1, Activation::Sigmoid}};
    const std::string text = ProjectFile::toJson(p);
    QVERIFY2(text.find("\"learningRate\": 0.1,") != std::string::npos, text.c_str());
    QVERIFY(text.find("\"epsilon\": 1e-08") != std::string::npos);
    QCOMPARE(ProjectFile::fromJson(text, "p").training.optimizer.learningRate, 0.1f);
}

void TestProject::saveLeavesNoTemporaryFiles()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("a.json").toStdString();
    Project p = sampleProject();
    ProjectFile::save(p, path);
    p.name = "Second";
    ProjectFile::save(p, path);  // replaces the first
    QCOMPARE(filesIn(dir.path().toStdString()), std::vector<std::string>{"a.json"});
    QCOMPARE(ProjectFile::load(path).name, std::string("Second"));
}

void TestProject::failedSaveKeepsTheOldFile()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("a.json").toStdString();
    ProjectFile::save(sampleProject(), path);
    const std::string before = readText(path);

    Project bad = sampleProject();  // NaN weights cannot be written: the old file stays
    bad.weights[1](2, 1) = std::numeric_limits<float>::quiet_NaN();
    try {
        ProjectFile::save(bad, path);
        QFAIL("saving NaN weights did not throw");
    } catch (const InputError& e) {
        QCOMPARE(e.file, path);
        QCOMPARE(e.field, std::string("weights[1].W[2][1]"));
        QCOMPARE(e.message, std::string("is not a finite number, so it cannot be saved"));
    }
    QCOMPARE(readText(path), before);

    const std::string missing = dir.filePath("no/such/folder/a.json").toStdString();
    QVERIFY_THROWS_EXCEPTION(InputError, ProjectFile::save(sampleProject(), missing));

    fs::create_directory(dir.filePath("folder").toStdString());  // a non-empty folder cannot be replaced
    writeText(dir.filePath("folder/keep.txt").toStdString(), "keep");
    try {
        ProjectFile::save(sampleProject(), dir.filePath("folder").toStdString());
        QFAIL("saving over a folder did not throw");
    } catch (const InputError& e) {
        QCOMPARE(e.file, dir.filePath("folder").toStdString());
        QVERIFY(e.message.rfind("cannot be written", 0) == 0);
    }
    QCOMPARE(readText(dir.filePath("folder/keep.txt").toStdString()), std::string("keep"));
    QCOMPARE(filesIn(dir.path().toStdString()), (std::vector<std::string>{"a.json", "folder"}));
    QCOMPARE(readText(path), before);
}

void TestProject::loadNamesAMissingFile()
{
    try {
        ProjectFile::load("/nonexistent/p.json");
        QFAIL("loading a missing file did not throw");
    } catch (const InputError& e) {
        QCOMPARE(std::string(e.what()), std::string("/nonexistent/p.json: no such file"));
    }
}

void TestProject::notJsonGivesLineAndColumn()
{
    const InputError e = errorFor("{\n  \"format\": x\n}");
    QCOMPARE(e.file, std::string("doc.json"));
    QCOMPARE(e.line, 2);
    QCOMPARE(e.column, 13);
    QVERIFY2(e.message.rfind("not valid JSON: syntax error", 0) == 0, e.what());

    const InputError empty = errorFor("");
    QCOMPARE(empty.line, 1);
    QVERIFY2(empty.message.find("unexpected end of input") != std::string::npos, empty.what());

    const InputError huge = errorFor("{\"format\": 1,\n \"a\": 1e999}");
    QCOMPARE(huge.line, 2);
    QCOMPARE(huge.column, 7);
    QCOMPARE(huge.message, std::string("not valid JSON: number overflow parsing '1e999'"));
}

void TestProject::malformed_data()
{
    QTest::addColumn<QString>("pointer");  // the JSON pointer to change in a valid document
    QTest::addColumn<QString>("value");    // its new JSON value, or "DELETE" to remove it
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const auto row = [](const char* tag, const char* pointer, const char* value, const char* field, const char* message) {
        QTest::newRow(tag) << pointer << value << field << message;
    };
    row("top is an array", "", "[1]", "", "expected a project: a JSON object with \"format\": \"backprop-studio-project\"");
    row("misspelt field", "/weigths", "[]", "", "unknown field \"weigths\"");
    row("wrong format", "/format", "\"other\"", "format", "expected \"backprop-studio-project\", got \"other\"");
    row("no format", "/format", "DELETE", "format", "missing");
    row("newer version", "/version", "2", "version", "the file was written by a newer version of the format (2); this build reads up to 1");
    row("version as text", "/version", "\"1\"", "version", "expected an integer, got a string");
    row("name a number", "/name", "7", "name", "expected a string, got an integer");
    row("no dataset", "/dataset", "DELETE", "dataset", "missing");
    row("dataset kind", "/dataset/kind", "\"sql\"", "dataset.kind", "unknown dataset kind \"sql\"; expected generator, builtin or csv");
    row("generator name", "/dataset/name", "\"spirals\"", "dataset.name", "unknown generator \"spirals\"");
    row("samples", "/dataset/samples", "2", "dataset.samples", "must be from 4 to 1000000, got 2");
    row("noise", "/dataset/noise", "-0.1", "dataset.noise", "must not be negative, got -0.1");
    row("classes", "/dataset/classes", "11", "dataset.classes", "must be from 2 to 10, got 11");
    row("data seed", "/dataset/seed", "-5", "dataset.seed", "must not be negative, got -5");
    row("scaling", "/dataset/csv/scaling", "\"zscore\"", "dataset.csv.scaling", "unknown scaling \"zscore\"; expected none, standardize or minmax");
    row("delimiter", "/dataset/csv/delimiter", "\";;\"", "dataset.csv.delimiter", "must be one character other than a quote or a line break, got \";;\"");
    row("target", "/dataset/csv/targets/0", "\"\"", "dataset.csv.targets[0]", "must name a column");
    row("csv without path", "/dataset/kind", "\"csv\"", "dataset.path", "must name a CSV file");
    row("autoencoder", "/dataset/autoencoder", "1", "dataset.autoencoder", "expected true or false, got an integer");
    row("inputs", "/network/inputs", "0", "network.inputs", "must be from 1 to 100000, got 0");
    row("no layers", "/network/layers", "[]", "network.layers", "the network needs at least an output layer");
    row("layers not a list", "/network/layers", "{}", "network.layers", "expected an array, got an object");
    row("layer not an object", "/network/layers/0", "5", "network.layers[0]", "expected an object, got an integer");
    row("neurons", "/network/layers/1/neurons", "0", "network.layers[1].neurons", "must be from 1 to 100000, got 0");
    row("fractional neurons", "/network/layers/1/neurons", "2.5", "network.layers[1].neurons", "expected an integer, got a number");
    row("activation", "/network/layers/2/activation", "\"relu6\"", "network.layers[2].activation",
        "unknown activation \"relu6\"; expected linear, sigmoid, tanh, relu, leaky_relu or softmax");
    row("no activation", "/network/layers/0/activation", "DELETE", "network.layers[0].activation", "missing");
    row("init", "/network/init", "\"lecun\"", "network.init", "unknown initialiser \"lecun\"; expected glorot or he");
    row("leaky slope", "/network/leakySlope", "1.5", "network.leakySlope", "must be in [0, 1), got 1.5");
    row("hidden softmax", "/network/layers/0/activation", "\"softmax\"", "network.layers[0].activation", "softmax is for the output layer only");
    row("loss for output", "/training/loss", "\"cce\"", "training.loss", "categorical cross-entropy needs a softmax output layer");
    row("loss", "/training/loss", "\"hinge\"", "training.loss", "unknown loss \"hinge\"; expected sse, mse, rmse, bce or cce");
    row("optimizer", "/training/optimizer/name", "\"rmsprop\"", "training.optimizer.name", "unknown optimizer \"rmsprop\"; expected sgd, momentum or adam");
    row("zero rate", "/training/optimizer/learningRate", "0", "training.optimizer.learningRate", "must be greater than 0, got 0");
    row("negative rate", "/training/optimizer/learningRate", "-0.1", "training.optimizer.learningRate", "must be greater than 0, got -0.1");
    row("rate as text", "/training/optimizer/learningRate", "\"fast\"", "training.optimizer.learningRate", "expected a number, got a string");
    row("no rate", "/training/optimizer/learningRate", "DELETE", "training.optimizer.learningRate", "missing");
    row("momentum", "/training/optimizer/momentum", "1", "training.optimizer.momentum", "must be in [0, 1), got 1");
    row("epsilon", "/training/optimizer/epsilon", "0", "training.optimizer.epsilon", "must be greater than 0, got 0");
    row("epochs", "/training/epochs", "0", "training.epochs", "must be at least 1, got 0");
    row("batch size", "/training/batchSize", "-1", "training.batchSize", "must be at least 0, got -1");
    row("split", "/training/validationSplit", "1", "training.validationSplit", "must be in [0, 1), got 1");
    row("shuffle", "/training/shuffle", "\"yes\"", "training.shuffle", "expected true or false, got a string");
    row("layer count", "/weights/2", "DELETE", "weights", "expected 3 layers of weights (one per layer), got 2");
    row("W rows", "/weights/1/W/3", "DELETE", "weights[1].W", "layer 1 needs W of 4 × 3 (out × in), got 3 rows");
    row("W row length", "/weights/1/W/2", "[1, 2]", "weights[1].W[2]", "expected 3 values (layer 1 needs W of 4 × 3), got 2");
    row("b length", "/weights/0/b", "[0]", "weights[0].b", "expected 3 biases (one per neuron of layer 0), got 1");
    row("null weight", "/weights/0/W/0/1", "null", "weights[0].W[0][1]", "expected a number, got null");
    row("float overflow", "/weights/0/W/0/1", "1e39", "weights[0].W[0][1]", "is beyond single precision's range (±3.4e38), got 1e+39");
    row("history order", "/history/1/epoch", "1", "history[1].epoch", "epochs must increase: 1 follows 1");
    row("history loss", "/history/0/train", "DELETE", "history[0].train", "missing");
    row("history accuracy", "/history/0/accuracy", "1.5", "history[0].accuracy", "an accuracy must be in [0, 1], got 1.5");
}

void TestProject::malformed()
{
    QFETCH(QString, pointer);
    QFETCH(QString, value);
    QFETCH(QString, field);
    QFETCH(QString, message);
    Json document = Json::parse(ProjectFile::toJson(sampleProject()));
    const Json::json_pointer at(pointer.toStdString());
    if (value == "DELETE")
        document[at.parent_pointer()].erase(document[at.parent_pointer()].is_array()
                                                ? document[at.parent_pointer()].begin() + std::stoi(at.back())
                                                : document[at.parent_pointer()].find(at.back()));
    else
        document[at] = Json::parse(value.toStdString());
    const InputError e = errorFor(document.dump(1));
    QCOMPARE(QString::fromStdString(e.message), message);
    QCOMPARE(QString::fromStdString(e.field), field);
    QCOMPARE(e.file, std::string("doc.json"));
    QCOMPARE(QString(e.what()), "doc.json: " + (field.isEmpty() ? "" : field + ": ") + message);
}

void TestProject::weightsMoveBetweenProjectAndNetwork()
{
    Project p = sampleProject();
    Network other(NetworkSpec{2, {{3, Activation::Tanh}, {5, Activation::Tanh}, {1, Activation::Sigmoid}}});
    try {
        ProjectFile::applyWeights(p, other);
        QFAIL("a 5-neuron layer took 4-neuron weights");
    } catch (const InputError& e) {
        QCOMPARE(e.field, std::string("weights[1]"));
        QCOMPARE(e.message, std::string("the network's layer is 5 × 3; the project's is 4 × 3"));
    }
    QVERIFY_THROWS_EXCEPTION(InputError, ProjectFile::storeWeights(p, other));
    Network net(p.network);
    p.weights.clear();
    p.biases.clear();
    QVERIFY_THROWS_EXCEPTION(InputError, ProjectFile::applyWeights(p, net));
    QVERIFY(!p.trained());
}

void TestProject::presetsAreValid()
{
    const std::string dir = BACKPROP_SOURCE_DIR "/resources/presets";
    const std::string registered = readText(BACKPROP_SOURCE_DIR "/resources/CMakeLists.txt");
    int count = 0;
    for (const std::string& file : filesIn(dir)) {
        const Project p = ProjectFile::load(dir + "/" + file);
        QVERIFY2(!p.name.empty() && !p.description.empty(), file.c_str());
        QVERIFY2(!checkSpec(p.network, p.training.loss), file.c_str());
        QVERIFY2(!p.data.name.empty() || !p.data.path.empty(), file.c_str());
        QVERIFY2(!p.trained() && p.history.empty(), file.c_str());
        QVERIFY2(registered.find("presets/" + file) != std::string::npos, ("not in resources: " + file).c_str());
        ++count;
    }
    QCOMPARE(count, 5);
    const Project deep = ProjectFile::load(dir + "/deep.json");
    QCOMPARE(deep.network.layers.size() + 1, std::size_t(7));  // input, five hidden, output
    const Project ae = ProjectFile::load(dir + "/autoencoder.json");
    QCOMPARE(ae.network.layers.size() + 1, std::size_t(9));
    QVERIFY(ae.data.autoencoder && ae.data.kind == DataSource::Kind::Builtin && ae.data.name == "digits");
}

QTEST_APPLESS_MAIN(TestProject)
#include "test_project.moc"
