// Project documents that are not valid: one precise error (file, field or line and column) each.
#include "projectfile.h"
#include "projecttestdata.h"

#include <nlohmann/json.hpp>

#include <QTest>

using namespace bp;
using projecttest::sampleProject;
using Json = nlohmann::ordered_json;

namespace {

// Returns the error fromJson throws for text as doc.json; a test of it fails if it throws nothing.
InputError errorFor(const std::string& text) { return projecttest::readError(text, "doc.json"); }

}  // namespace

class TestProjectErrors : public QObject {
    Q_OBJECT
private slots:
    void notJsonGivesLineAndColumn();
    void malformed_data();
    void malformed();
};

void TestProjectErrors::notJsonGivesLineAndColumn()
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

void TestProjectErrors::malformed_data()
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
    row("newer version", "/version", "3", "version", "the file was written by a newer version of the format (3); this build reads up to 2");
    row("version as text", "/version", "\"1\"", "version", "expected an integer, got a string");
    row("name a number", "/name", "7", "name", "expected a string, got an integer");
    row("no dataset", "/dataset", "DELETE", "dataset", "missing");
    row("dataset kind", "/dataset/kind", "\"sql\"", "dataset.kind", "unknown dataset kind \"sql\"; expected generator, builtin or csv");
    row("generator name", "/dataset/name", "\"spirals\"", "dataset.name", "unknown generator \"spirals\"");
    row("samples", "/dataset/samples", "2", "dataset.samples", "must be from 4 to 1000000, got 2");
    row("noise", "/dataset/noise", "-0.1", "dataset.noise", "must be from 0 to 10, got -0.1");
    row("classes", "/dataset/classes", "11", "dataset.classes", "must be from 2 to 10, got 11");
    row("data seed", "/dataset/seed", "-5", "dataset.seed", "must not be negative, got -5");
    row("scaling", "/dataset/csv/scaling", "\"zscore\"", "dataset.csv.scaling", "unknown scaling \"zscore\"; expected none, standardize or minmax");
    row("delimiter", "/dataset/csv/delimiter", "\";;\"", "dataset.csv.delimiter", "unknown delimiter \";;\"; expected auto, comma, semicolon or tab");
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
        "unknown activation \"relu6\"; expected sigmoid, tanh, relu, leaky_relu, linear or softmax");
    row("no activation", "/network/layers/0/activation", "DELETE", "network.layers[0].activation", "missing");
    row("init", "/network/init", "\"lecun\"", "network.init", "unknown initialiser \"lecun\"; expected glorot or he");
    row("leaky slope", "/network/leakySlope", "1.5", "network.leakySlope", "must be in [0, 1), got 1.5");
    row("hidden softmax", "/network/layers/0/activation", "\"softmax\"", "network.layers[0].activation", "softmax is for the output layer only");
    row("loss for output", "/training/loss", "\"cce\"", "training.loss", "categorical cross-entropy needs a softmax output layer");
    row("loss", "/training/loss", "\"hinge\"", "training.loss", "unknown loss \"hinge\"; expected sse, mse, rmse, bce or cce");
    row("optimizer", "/training/optimizer/name", "\"rmsprop\"", "training.optimizer.name", "unknown optimizer \"rmsprop\"; expected sgd, momentum or adam");
    row("zero rate", "/training/optimizer/learningRate", "0", "training.optimizer.learningRate", "must be from 1e-06 to 1e+06, got 0");
    row("negative rate", "/training/optimizer/learningRate", "-0.1", "training.optimizer.learningRate", "must be from 1e-06 to 1e+06, got -0.1");
    row("rate as text", "/training/optimizer/learningRate", "\"fast\"", "training.optimizer.learningRate", "expected a number, got a string");
    row("no rate", "/training/optimizer/learningRate", "DELETE", "training.optimizer.learningRate", "missing");
    row("momentum", "/training/optimizer/momentum", "1", "training.optimizer.momentum", "must be in [0, 1), got 1");
    row("epsilon", "/training/optimizer/epsilon", "0", "training.optimizer.epsilon", "must be from 1e-12 to 1, got 0");
    row("epochs", "/training/epochs", "0", "training.epochs", "must be from 1 to 100000000, got 0");
    row("batch size", "/training/batchSize", "-1", "training.batchSize", "must be from 0 to 100000000, got -1");
    row("split", "/training/validationSplit", "1", "training.validationSplit", "must be from 0 to 0.9, got 1");
    row("negative clip", "/training/clipNorm", "-1", "training.clipNorm", "must be 0 (off) or from 1e-06 to 1e+06, got -1");
    row("huge clip", "/training/clipNorm", "2e6", "training.clipNorm", "must be 0 (off) or from 1e-06 to 1e+06, got 2000000.0");
    row("clip as text", "/training/clipNorm", "\"on\"", "training.clipNorm", "expected a number, got a string");
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
    // One float (0.5f, bytes 00 00 00 3f) where the network has 30 parameters.
    row("moments", "/optimizerState", R"({"steps": 3, "m": "AAAAPw==", "v": "AAAAPw=="})", "optimizerState.m",
        "expected 30 values (one per parameter), got 1");
    row("moments not base64", "/optimizerState", R"({"steps": 3, "m": "AAA*Pw==", "v": ""})", "optimizerState.m",
        "expected the base64 of 30 little-endian 32-bit floats (one per parameter)");
    row("moments too long", "/optimizerState", R"({"steps": 3, "m": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "v": ""})",
        "optimizerState.m", "expected 30 values (one per parameter), got more");
    row("no step count", "/optimizerState", R"({"m": "", "v": ""})", "optimizerState.steps", "missing");
    row("column names", "/columns", R"({"features": ["x"], "targets": ["y"]})", "columns.features",
        "expected 2 names (one per input of the network), got 1");
    row("column scale", "/columns", R"({"features": ["x", "y"], "targets": ["t"], "shift": [0, 0], "scale": [1, 0]})",
        "columns.scale[1]", "a feature's scale must be above 0, got 0");
}

void TestProjectErrors::malformed()
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

QTEST_APPLESS_MAIN(TestProjectErrors)
#include "test_projecterrors.moc"
