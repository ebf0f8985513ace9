// The bounds of a design agree everywhere: what the writer can write for a design at the limits,
// the reader reads back; data or designs past them are refused when read, with a message that
// names the file and the limit; every enumerator goes through the writer and back.
#include "datasource.h"
#include "designlimits.h"
#include "inputerror.h"
#include "projectfile.h"
#include "projecttestdata.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace bp;

namespace {

// A design that checkSpec accepts: sigmoid outputs trained on sum of squares.
Project design(int inputs, std::vector<LayerSpec> layers)
{
    Project p;
    p.network.inputs = inputs;
    p.network.layers = std::move(layers);
    p.training.loss = Loss::SumSquares;
    return p;
}

// Writes p, reads it back and returns what was read.
Project roundTrip(const Project& p) { return ProjectFile::fromJson(ProjectFile::toJson(p), "limits.json"); }

// Returns the error reading text as limits.json throws, or an error saying there was none.
InputError readError(const std::string& text) { return projecttest::readError(text, "limits.json"); }

// Writes a CSV of two rows with `features` numeric feature columns and a 0/1 class column last.
void writeWideCsv(const std::string& path, int features)
{
    std::ofstream out(path);
    for (int row = 0; row < 2; ++row) {
        for (int j = 0; j < features; ++j)
            out << (row + j) % 7 << ',';
        out << row << '\n';
    }
}

}  // namespace

class TestLimits : public QObject {
    Q_OBJECT
private slots:
    void aCsvWiderThanANetworkIsRefusedWhenRead()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("wide.csv").toStdString();
        writeWideCsv(path, limits::maxInputs + 1);
        DataSource source;
        source.kind = DataSource::Kind::Csv;
        source.path = path;
        try {
            loadDataSource(source, nullptr);
            QFAIL("a CSV with more feature columns than a network takes was read");
        } catch (const InputError& e) {
            QCOMPARE(e.file, path);
            QVERIFY2(e.message.find(std::to_string(limits::maxInputs + 1) + " feature columns") != std::string::npos, e.what());
            QVERIFY2(e.message.find("at most " + std::to_string(limits::maxInputs) + " inputs") != std::string::npos, e.what());
        }
        // One column fewer is read, and the project built on it is written and read back.
        writeWideCsv(path, limits::maxInputs);
        const Dataset data = loadDataSource(source, nullptr);
        QCOMPARE(int(data.features()), limits::maxInputs);
        Project p = design(int(data.features()), {{1, Activation::Sigmoid}});
        p.data = source;
        QVERIFY(!checkSpec(p.network, p.training.loss));
        QVERIFY(roundTrip(p) == p);
    }

    void aProjectWiderThanTheLimitIsRefusedByTheReader()
    {
        Project p = design(limits::maxInputs, {{1, Activation::Sigmoid}});
        std::string text = ProjectFile::toJson(p);
        const std::string inputs = "\"inputs\": " + std::to_string(limits::maxInputs);
        text.replace(text.find(inputs), inputs.size(), "\"inputs\": " + std::to_string(limits::maxInputs + 1));
        const InputError e = readError(text);
        QCOMPARE(e.field, std::string("network.inputs"));
        QCOMPARE(e.message, "must be from 1 to " + std::to_string(limits::maxInputs) + ", got "
                                + std::to_string(limits::maxInputs + 1));
    }

    void designsAtTheLimitsAreReadBack_data()
    {
        QTest::addColumn<int>("inputs");
        QTest::addColumn<QList<int>>("widths");  // hidden layers, then the output layer
        QTest::newRow("widest input") << limits::maxInputs << QList<int>{99, 1};
        QTest::newRow("widest layer") << 1 << QList<int>{limits::maxNeurons, 1};
        QTest::newRow("widest output") << 1 << QList<int>{limits::maxNeurons};
        QTest::newRow("exactly the budget") << 9999 << QList<int>{1000};  // (9999 + 1) × 1000
        QList<int> deepest(limits::maxHiddenLayers + 1, 1);
        QTest::newRow("deepest") << 2 << deepest;
    }

    void designsAtTheLimitsAreReadBack()
    {
        QFETCH(int, inputs);
        QFETCH(QList<int>, widths);
        std::vector<LayerSpec> layers;
        for (int w : widths)
            layers.push_back({w, Activation::Sigmoid});
        Project p = design(inputs, layers);
        p.data.samples = limits::maxSamples;
        p.data.noise = limits::maxNoise;
        p.data.classes = limits::maxClasses;
        p.training.epochs = limits::maxEpochs;
        p.training.batchSize = limits::maxBatchSize;
        p.training.validationSplit = limits::maxValidationSplit;
        p.training.optimizer.learningRate = Scalar(limits::maxLearningRate);
        p.training.optimizer.epsilon = Scalar(limits::minEpsilon);
        QVERIFY(parameterCount(p.network) <= limits::maxParameters);
        QVERIFY(!checkSpec(p.network, p.training.loss));
        QVERIFY(roundTrip(p) == p);
        p.data.samples = limits::minSamples;
        p.data.classes = limits::minClasses;
        p.training.optimizer.learningRate = Scalar(limits::minLearningRate);
        p.training.optimizer.epsilon = Scalar(limits::maxEpsilon);
        QVERIFY(roundTrip(p) == p);
    }

    void theParameterBudgetIsCheckedAndNamed()
    {
        const Project p = design(10000, {{1000, Activation::Sigmoid}});  // (10000 + 1) × 1000 = 10,001,000
        const auto problem = checkSpec(p.network, p.training.loss);
        QVERIFY(problem);
        QCOMPARE(problem->field, std::string("layers[0].neurons"));
        QVERIFY2(problem->message.find("10,001,000 weights and biases") != std::string::npos, problem->message.c_str());
        QVERIFY2(problem->message.find("the most is 10,000,000") != std::string::npos, problem->message.c_str());
        const InputError e = readError(ProjectFile::toJson(p));
        QCOMPARE(e.field, std::string("network.layers[0].neurons"));
        QCOMPARE(e.message, problem->message);
        // The widest layer is named: here the second one holds most of the parameters.
        const Project deep = design(2, {{8, Activation::Tanh}, {5000, Activation::Tanh}, {2000, Activation::Sigmoid}});
        QCOMPARE(checkSpec(deep.network, deep.training.loss)->field, std::string("layers[2].neurons"));
    }

    void tooManyHiddenLayersAreRefused()
    {
        const Project p = design(2, std::vector<LayerSpec>(std::size_t(limits::maxHiddenLayers) + 2, {1, Activation::Sigmoid}));
        const InputError e = readError(ProjectFile::toJson(p));
        QCOMPARE(e.message, "at most " + std::to_string(limits::maxHiddenLayers) + " hidden layers");
    }

    void everyEnumeratorGoesThroughTheWriterAndBack()
    {
        for (const auto& f : activationNames) {  // a hidden layer, and the output layer with a loss it suits
            Project p = design(3, {{4, f.value == Activation::Softmax ? Activation::Tanh : f.value}, {2, f.value}});
            p.training.loss = f.value == Activation::Softmax ? Loss::CategoricalCrossEntropy : Loss::MSE;
            QVERIFY2(roundTrip(p) == p, f.name.data());
        }
        for (const auto& loss : lossNames) {
            Project p = design(3, {{2, loss.value == Loss::CategoricalCrossEntropy ? Activation::Softmax : Activation::Sigmoid}});
            p.training.loss = loss.value;
            QVERIFY2(roundTrip(p) == p, loss.name.data());
        }
        for (const auto& o : optimizerNames) {
            Project p = design(3, {{1, Activation::Sigmoid}});
            p.training.optimizer.kind = o.value;
            QVERIFY2(roundTrip(p) == p, o.name.data());
        }
        for (const auto& init : initNames) {
            Project p = design(3, {{1, Activation::Sigmoid}});
            p.network.init = init.value;
            QVERIFY2(roundTrip(p) == p, init.name.data());
        }
        for (const auto& kind : dataSourceKindNames) {
            Project p = design(3, {{1, Activation::Sigmoid}});
            p.data.kind = kind.value;
            p.data.name = kind.value == DataSource::Kind::Csv ? "" : kind.value == DataSource::Kind::Builtin ? "iris" : "moons";
            p.data.path = kind.value == DataSource::Kind::Csv ? "data.csv" : "";
            QVERIFY2(roundTrip(p) == p, kind.name.data());
        }
        for (const auto& s : scalingNames)
            for (const auto& h : headerNames)
                for (const auto& t : targetKindNames) {
                    Project p = design(3, {{1, Activation::Sigmoid}});
                    p.data.csv.scaling = s.value;
                    p.data.csv.header = h.value;
                    p.data.csv.targetKind = t.value;
                    QVERIFY(roundTrip(p) == p);
                }
    }

    void theParserKnowsExactlyTheTablesNames()
    {
        for (const auto& f : activationNames)
            QVERIFY(activationFromName(f.name) == f.value);
        for (const auto& loss : lossNames)
            QVERIFY(lossFromName(loss.name) == loss.value);
        for (const auto& o : optimizerNames)
            QVERIFY(optimizerFromName(o.name) == o.value);
        for (const auto& init : initNames)
            QVERIFY(initFromName(init.name) == init.value);
        // A name outside the table is refused with the table's names, in its order.
        std::string text = ProjectFile::toJson(design(3, {{1, Activation::Sigmoid}}));
        text.replace(text.find("\"sse\""), 5, "\"hinge\"");
        QCOMPARE(readError(text).message, "unknown loss \"hinge\"; expected " + nameList(lossNames));
    }
};

QTEST_APPLESS_MAIN(TestLimits)
#include "test_limits.moc"
