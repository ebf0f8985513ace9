// The memory budget: what training takes is counted part by part from the design and the data's
// size; a design past limits::maxTrainingBytes is refused, naming the figure and the budget, when
// its file is read (with the file's name) and when its session is built, before any allocation;
// README's Limits table names every limit in designlimits.h.
#include "designlimits.h"
#include "inputerror.h"
#include "projectfile.h"
#include "projecttestdata.h"
#include "session.h"
#include "trainingmemory.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace bp;

namespace {

// Spiral data of `samples` points through tanh layers of these widths and one sigmoid output,
// trained in batches of batchSize (0: all at once).
Project spiral(std::vector<int> hidden, int samples, int batchSize)
{
    Project p;
    p.data.kind = DataSource::Kind::Generator;
    p.data.name = "spiral";
    p.data.samples = samples;
    p.network.inputs = 2;
    for (int w : hidden)
        p.network.layers.push_back({w, Activation::Tanh});
    p.network.layers.push_back({1, Activation::Sigmoid});
    p.training.loss = Loss::BinaryCrossEntropy;
    p.training.batchSize = batchSize;
    return p;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

class TestTrainingMemory : public QObject {
    Q_OBJECT
private slots:
    void everyPartIsCounted()
    {
        Project p = spiral({10}, 100, 4);
        p.training.validationSplit = 0.25;
        const TrainingMemory m = trainingBytes(p.network, p.training, 100);
        QCOMPARE(m.network, std::int64_t(8 * (3 * 10 + 11 * 1) * 4));  // 41 weights and biases, 8 floats each
        QCOMPARE(m.batchSamples, std::int64_t(4));
        QCOMPARE(m.batch, std::int64_t(4 * (2 + 1 + 2 * 11) * 4));   // the batch, then A and ∂L/∂A per layer
        QCOMPARE(m.evaluation, std::int64_t(100 * (2 + 2 * 10) * 4));  // every sample, two widest buffers
        QCOMPARE(m.data, std::int64_t(2 * 100 * (2 + 1) * 4));       // the set, and its split
        QCOMPARE(m.grid, std::int64_t((64 * 64 * 1 + 256 * (2 + 2 * 10)) * 4));
        QCOMPARE(m.total(), m.network + m.batch + m.evaluation + m.data + m.grid);
        p.training.batchSize = 0;  // the whole training set: the 75 samples the split leaves
        QCOMPARE(trainingBytes(p.network, p.training, 100).batchSamples, std::int64_t(75));
        p.network.inputs = 1;  // no decision map for one feature
        QCOMPARE(trainingBytes(p.network, p.training, 100).grid, std::int64_t(0));
    }

    void theShippedSizesFit()
    {
        // A network at the parameter budget, trained in small batches on a few thousand samples.
        const Project full = spiral({3150, 3150}, 4000, 32);
        QVERIFY(parameterCount(full.network) <= limits::maxParameters);
        QVERIFY(!checkTrainingMemory(full.network, full.training, full.data.samples));
        // The largest data a generator makes, through a small network in one batch.
        const Project many = spiral({16, 16}, limits::maxSamples, 0);
        QVERIFY(!checkTrainingMemory(many.network, many.training, many.data.samples));
    }

    void aBatchPastTheBudgetIsRefusedBeforeTheSessionAllocates()
    {
        // Some 9 million weights, within the parameter budget; but one batch of 20,000 samples
        // through two layers of 3000 takes about 0.9 GiB, and 1.6 GiB in all.
        Project p = spiral({3000, 3000}, 20000, 0);
        QVERIFY(!checkSpec(p.network, p.training.loss));
        const auto problem = checkTrainingMemory(p.network, p.training, p.data.samples);
        QVERIFY(problem);
        QCOMPARE(problem->field, std::string("training.batchSize"));
        QVERIFY2(has(problem->message, "training would take about 1.62 GiB of memory"),
                 problem->message.c_str());
        QVERIFY2(has(problem->message, "a batch of 20,000 samples"), problem->message.c_str());
        QVERIFY2(has(problem->message, "the most is 1 GiB"), problem->message.c_str());
        try {
            Session session(p, {});
            QFAIL("the session was built");
        } catch (const InputError& e) {
            QCOMPARE(e.field, std::string("training.batchSize"));
            QCOMPARE(e.message, problem->message);
        }
        // In batches of 32 the same network fits.
        p.training.batchSize = 32;
        QVERIFY(!checkTrainingMemory(p.network, p.training, p.data.samples));
    }

    void aFileWhoseDesignCannotFitIsRefusedWithItsName()
    {
        // 900,000 weights, but the decision map of 100,000 outputs takes 1.72 GiB.
        Project p = spiral({8}, 400, 32);
        p.network.layers.back() = {limits::maxNeurons, Activation::Sigmoid};
        QVERIFY(!checkSpec(p.network, p.training.loss));
        const InputError e = projecttest::readError(ProjectFile::toJson(p), "wide.json");
        QCOMPARE(e.file, std::string("wide.json"));
        QCOMPARE(e.field, std::string("network.layers[1].neurons"));
        QVERIFY2(has(e.message, "1.74 GiB of memory") && has(e.message, "1.72 GiB for the decision map") && has(e.message, "the most is 1 GiB"), e.what());
    }

    void theReadmeListsEveryLimit()
    {
        // README's Limits table keeps in step with the header: every limit is named there.
        QFile header(QStringLiteral(BACKPROP_SOURCE_DIR "/core/designlimits.h"));
        QFile readme(QStringLiteral(BACKPROP_SOURCE_DIR "/README.md"));
        QVERIFY(header.open(QIODevice::ReadOnly) && readme.open(QIODevice::ReadOnly));
        const QString table = QString::fromUtf8(readme.readAll());
        const QRegularExpression limit(QStringLiteral(R"(inline constexpr [\w:]+ (\w+) =)"));
        int names = 0;
        for (auto it = limit.globalMatch(QString::fromUtf8(header.readAll())); it.hasNext(); ++names) {
            const QString name = it.next().captured(1);
            QVERIFY2(table.contains("`" + name + "`"), qPrintable(name + " is not in README's Limits"));
        }
        QVERIFY(names >= 20);
    }

    void figuresReadAsAPersonWouldSayThem()
    {
        QCOMPARE(memoryText(std::int64_t(1) << 30), std::string("1 GiB"));
        QCOMPARE(memoryText(std::int64_t(412) << 20), std::string("412 MiB"));
        QCOMPARE(memoryText(std::int64_t(13) << 30), std::string("13 GiB"));
        QCOMPARE(memoryText(100), std::string("1 MiB"));
    }
};

QTEST_GUILESS_MAIN(TestTrainingMemory)
#include "test_trainingmemory.moc"
