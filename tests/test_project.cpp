// Project files: bit-exact round trips, atomic saves, weights in and out, presets.
// Malformed documents are tested in test_projecterrors.
#include "datasource.h"
#include "projectfile.h"
#include "projecttestdata.h"

#include <QTemporaryDir>
#include <QTest>

#include <bit>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <set>
#include <sstream>

using namespace bp;
using projecttest::sampleProject;
namespace fs = std::filesystem;

namespace {

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
    void weightsMoveBetweenProjectAndNetwork();
    void presetsAreValid();
    void csvDelimiterRoundTrips();
    void clipNormRoundTrips();
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
    QCOMPARE(parameterCount(deep.network), std::int64_t(3 * 8 + 4 * 9 * 8 + 9 * 1));  // 321 weights and biases
    QCOMPARE(parameterCount(deep.network), std::int64_t(321));
    const Project ae = ProjectFile::load(dir + "/autoencoder.json");
    QCOMPARE(ae.network.layers.size() + 1, std::size_t(9));
    QVERIFY(ae.data.autoencoder && ae.data.kind == DataSource::Kind::Builtin && ae.data.name == "digits");

    // XOR is its truth table: the four corners, class 1 where exactly one coordinate is positive.
    const Dataset xor4 = loadDataSource(ProjectFile::load(dir + "/xor.json").data, {});
    QCOMPARE(xor4.samples(), Index(4));
    std::set<std::pair<float, float>> corners;
    for (Index j = 0; j < 4; ++j) {
        QVERIFY(std::abs(xor4.X(0, j)) == 1.0f && std::abs(xor4.X(1, j)) == 1.0f);
        QCOMPARE(xor4.Y(0, j), float((xor4.X(0, j) > 0) != (xor4.X(1, j) > 0)));
        corners.insert({xor4.X(0, j), xor4.X(1, j)});
    }
    QCOMPARE(corners.size(), std::size_t(4));
}

void TestProject::csvDelimiterRoundTrips()
{
    for (const NamedValue<Delimiter>& entry : delimiterNames) {
        Project p = sampleProject();
        p.data.csv.delimiter = entry.value;
        const std::string json = ProjectFile::toJson(p);
        QVERIFY2(json.find("\"delimiter\": \"" + std::string(entry.name) + "\"") != std::string::npos, json.c_str());
        QCOMPARE(int(ProjectFile::fromJson(json, "p.json").data.csv.delimiter), int(entry.value));
    }
    // Older files hold the character itself.
    Project p = sampleProject();
    std::string json = ProjectFile::toJson(p);
    const std::size_t at = json.find("\"auto\"", json.find("\"delimiter\""));
    QVERIFY(at != std::string::npos);
    for (const auto& [old, value] : {std::pair{"\";\"", Delimiter::Semicolon}, {"\"\\t\"", Delimiter::Tab}, {"\",\"", Delimiter::Comma}})
        QCOMPARE(int(ProjectFile::fromJson(std::string(json).replace(at, 6, old), "p.json").data.csv.delimiter), int(value));
}

void TestProject::clipNormRoundTrips()
{
    Project p = sampleProject();
    p.training.clipNorm = 0.05f;
    const std::string text = ProjectFile::toJson(p);
    QVERIFY2(text.find("\"clipNorm\": 0.05") != std::string::npos, text.c_str());
    QCOMPARE(ProjectFile::fromJson(text, "p").training.clipNorm, 0.05f);
    // A file without the field (every one written before it) reads as no clipping.
    std::string old = text;
    old.erase(old.find(",\n    \"clipNorm\""), std::string(",\n    \"clipNorm\": 0.05").size());
    QVERIFY2(old.find("clipNorm") == std::string::npos, old.c_str());
    QCOMPARE(ProjectFile::fromJson(old, "p").training.clipNorm, 0.0f);
}

QTEST_APPLESS_MAIN(TestProject)
#include "test_project.moc"
