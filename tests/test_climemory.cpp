// The command line's memory stays bounded: a design past the memory budget is refused, naming the
// figure, before any of it is allocated (run under an address-space limit, so that a regression
// dies instead of passing); running out of memory anyway says so and exits 3; the hostile projects
// of 45,000 and 100,000 neurons a layer are refused with their file's name and a small footprint.
#include "defaultproject.h"
#include "designlimits.h"
#include "projectfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace bp;

namespace {

struct Run {
    int exitCode = -1;
    QString err;
};

// Runs backprop in folder; with a limit, its address space is capped at that many bytes.
Run backprop(const QStringList& arguments, const QString& folder, rlim_t limit = 0)
{
    QProcess p;
    p.setWorkingDirectory(folder);
    if (limit > 0)
        p.setChildProcessModifier([limit] {
            const rlimit cap{limit, limit};
            setrlimit(RLIMIT_AS, &cap);
        });
    p.start(QStringLiteral(BACKPROP_CLI), arguments);
    if (!p.waitForFinished(120000))
        qFatal("backprop did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError())};
}

// Writes a project of the default design with these layers (hidden, then the output) on spiral
// data of `samples` points, trained in one batch of them all.
void writeProject(const QString& path, std::vector<int> widths, int samples)
{
    Project p = defaultProject();
    p.data.kind = DataSource::Kind::Generator;
    p.data.name = "spiral";
    p.data.samples = samples;
    p.network.inputs = 2;
    p.network.layers.clear();
    for (int w : widths)
        p.network.layers.push_back({w, Activation::Tanh});
    p.network.layers.back().activation = Activation::Sigmoid;
    p.training.loss = Loss::BinaryCrossEntropy;
    p.training.batchSize = 0;
    p.training.validationSplit = 0;
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::fromStdString(ProjectFile::toJson(p)));
}

// Returns the largest resident set, in MiB, of the children waited for so far.
long childPeakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024;  // kilobytes on Linux
}

constexpr rlim_t cap = rlim_t(3) << 29;  // 1.5 GiB of address space: the CLI itself needs a few hundred MiB

}  // namespace

class TestCliMemory : public QObject {
    Q_OBJECT
private slots:
    void aProjectPastTheMemoryBudgetIsRefusedBeforeAllocating()
    {
#ifdef BACKPROP_SANITIZED
        QSKIP("the sanitizer reserves terabytes of address space, so no address-space limit can be set");
#endif
        // Within the parameter budget (some 9 million), but a batch of a million samples through
        // two layers of 3000 neurons takes tens of gigabytes.
        QTemporaryDir dir;
        writeProject(dir.filePath("big.json"), {3000, 3000, 1}, limits::maxSamples);
        for (const QStringList& command : {QStringList{"train", "--load", "big.json", "--epochs", "1"},
                                           QStringList{"export", "--load", "big.json", "--architecture", "a.png"}}) {
            const Run r = backprop(command, dir.path(), cap);
            QCOMPARE(r.exitCode, 3);
            QVERIFY2(r.err.contains("GiB of memory") && r.err.contains("a batch of 1,000,000 samples"), qPrintable(r.err));
            QVERIFY2(r.err.contains("the most is 1 GiB"), qPrintable(r.err));
        }
        // A network whose decision map alone is past the budget is refused as the file is read.
        writeProject(dir.filePath("wide.json"), {8, limits::maxNeurons}, 400);
        const Run wide = backprop({"export", "--load", "wide.json", "--architecture", "a.png"}, dir.path(), cap);
        QCOMPARE(wide.exitCode, 3);
        QVERIFY2(wide.err.contains("wide.json") && wide.err.contains("GiB of memory"), qPrintable(wide.err));
    }

    void runningOutOfMemoryAnywayExitsThreeNamingTheFile()
    {
#ifdef BACKPROP_SANITIZED
        QSKIP("the sanitizer reserves terabytes of address space, so no address-space limit can be set");
#endif
        // A network at the parameter budget fits the memory budget, but not a machine this small.
        QTemporaryDir dir;
        writeProject(dir.filePath("full.json"), {3150, 3150, 1}, 400);
        const Run r = backprop({"train", "--load", "full.json", "--epochs", "1"}, dir.path(), rlim_t(300) << 20);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("not enough memory to train") && r.err.contains("full.json"), qPrintable(r.err));
    }

    void hugeNetworksAreRefusedWithTheirFileAndASmallFootprint_data()
    {
        QTest::addColumn<int>("neurons");
        QTest::newRow("45,000 × 2") << 45000;
        QTest::newRow("100,000 × 2") << 100000;
    }

    void hugeNetworksAreRefusedWithTheirFileAndASmallFootprint()
    {
        QFETCH(int, neurons);
        QTemporaryDir dir;
        writeProject(dir.filePath("huge.json"), {neurons, neurons, 1}, 400);
        for (const QStringList& command : {QStringList{"train", "--load", "huge.json", "--epochs", "1"},
                                           QStringList{"export", "--load", "huge.json", "--architecture", "a.png"}}) {
            const Run r = backprop(command, dir.path());
            QCOMPARE(r.exitCode, 3);
            QVERIFY2(r.err.contains("huge.json") && r.err.contains("weights and biases"), qPrintable(r.err));
        }
#ifndef BACKPROP_SANITIZED
        QVERIFY2(childPeakMiB() < 1024, qPrintable(QString::number(childPeakMiB()) + " MiB"));
#endif
    }
};

QTEST_GUILESS_MAIN(TestCliMemory)
#include "test_climemory.moc"
