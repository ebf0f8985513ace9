// The backprop command line, run as a user runs it: exit codes, messages that name what is wrong,
// Ctrl-C that still saves, safe writes (planted links, two writers, Ctrl-C during a GIF), and
// predictions on raw CSV rows.
#include "clirun.h"
#include "defaultproject.h"
#include "designlimits.h"
#include "generators.h"
#include "gifdecode.h"
#include "projectfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace bp;
using namespace clitest;

namespace {

// The names in folder of temporary files left by a write.
QStringList temporaries(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral(".*.tmp"), QStringLiteral("*.part")},
                                  QDir::Files | QDir::Hidden | QDir::System);
}

// A CSV of heights in cm and weights in kg with a size class, big when their sum passes 245.
QByteArray bodyCsv(int rows)
{
    QByteArray csv = "height,weight,size\n";
    for (int i = 0; i < rows; ++i) {
        const int h = 150 + (i * 37) % 50, w = 45 + (i * 23) % 50;
        csv += QByteArray::number(h) + "," + QByteArray::number(w) + "," + (h + w > 245 ? "big" : "small") + "\n";
    }
    return csv;
}

// Arguments that train XOR briefly and record a GIF of the given size to path.
QStringList gifRun(const QString& path, const QString& size)
{
    return {"train", "--preset", "xor", "--epochs", "30", "--gif-every", "3", "--gif-size", size, "--export-gif", path};
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void trainsAndSummarises()
    {
        const Run r = backprop({"train", "--preset", "xor", "--epochs", "300"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("epoch 300/300"), qPrintable(r.out));  // plain lines in a pipe
        QVERIFY(r.out.contains("accuracy") && r.out.contains("epochs/s"));
    }

    void printsTheModelSummaryFirst()
    {
        const Run r = backprop({"train", "--preset", "deep", "--epochs", "1"});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split('\n');
        auto row = [&lines](const QString& name) {  // the cells of the first line starting with name
            for (const QString& line : lines)
                if (line.startsWith(name + ' '))
                    return line.mid(name.size()).split(' ', Qt::SkipEmptyParts);
            return QStringList();
        };
        QCOMPARE(row("input"), QStringList({"2"}));
        // Five tanh hidden layers of 8: (2 + 1) × 8 = 24 parameters, then (8 + 1) × 8 = 72 each.
        for (int i = 1; i <= 5; ++i)
            QCOMPARE(row(QString("hidden %1").arg(i)), QStringList({"8", "tanh", i == 1 ? "24" : "72"}));
        QCOMPARE(row("output"), QStringList({"1", "sigmoid", "9"}));
        QCOMPARE(row("total"), QStringList({"321"}));
        QVERIFY2(r.out.indexOf("total") < r.out.indexOf("epoch 1/1"), qPrintable(r.out));  // before training
    }

    void exitCodesNameTheProblem()
    {
        Run r = backprop({"train", "--lr", "abc"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--lr") && r.err.contains("abc"), qPrintable(r.err));
        r = backprop({"train", "--dataset", "no-such-file.csv"});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("no-such-file.csv") && r.err.contains("does not exist"), qPrintable(r.err));
        r = backprop({"train", "--dataset", "sine", "--layers", "8", "--activation", "linear", "--output-activation",
                      "linear", "--loss", "mse", "--optimizer", "sgd", "--lr", "1e6", "--epochs", "50"});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("training diverged") && r.err.contains("learning rate"), qPrintable(r.err));
    }

    void usageErrorsExitTwoNamingTheOption()
    {
        Run r = backprop({"train", "--no-such-option"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("no-such-option"), qPrintable(r.err));
        r = backprop({"train", "--epochs"});  // the value is missing
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("epochs"), qPrintable(r.err));
        r = backprop({"predict", "--bogus"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("bogus"), qPrintable(r.err));
        r = backprop({"train", "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("--epochs"), qPrintable(r.out));
    }

    void badValuesAreNotSilentlyAccepted()
    {
        Run r = backprop({"train", "--preset", "xor", "--epochs", "5", "--report-every", "abc"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--report-every") && r.err.contains("abc"), qPrintable(r.err));
        r = backprop({"bench", "--repeat", "many"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--repeat") && r.err.contains("many"), qPrintable(r.err));
        r = backprop({"train", "--preset", "xor", "--epochs", "5", "--layers", ""});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--layers"), qPrintable(r.err));
        r = backprop({"train", "--dataset", "spiral", "--epochs", "5", "--target", "2"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--target") && r.err.contains("generator"), qPrintable(r.err));
    }

    void aDesignErrorAFlagCausedNamesTheFlag()
    {
        Run r = backprop({"train", "--preset", "xor", "--epochs", "5", "--activation", "softmax"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--activation") && r.err.contains("only for the output layer"), qPrintable(r.err));
        QVERIFY2(!r.err.contains("network.layers"), qPrintable(r.err));
        r = backprop({"train", "--preset", "xor", "--epochs", "5", "--output-activation", "linear", "--loss", "bce"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--output-activation linear") && r.err.contains("--loss bce"), qPrintable(r.err));
    }

    void aCsvWithANumberTargetGetsALinearOutput()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath("prices.csv");
        QVERIFY(writeFile(csv, "size,price\n1,10.5\n2,19.25\n3,31.75\n4,40.5\n5,52.25\n6,59.5\n"));
        const Run r = backprop({"train", "--dataset", csv, "--layers", "4", "--epochs", "5"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QRegularExpression("output +1 +linear")), qPrintable(r.out));
    }

    void theDelimiterIsDetectedOrGiven()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("eu.csv"), "a;b;label\n1;2;x\n3;4;y\n5;6;x\n7;8;y\n9;1;x\n2;3;y\n"));
        Run r = backprop({"train", "--dataset", "eu.csv", "--epochs", "2", "--save", "auto.json"}, dir.path());
        QCOMPARE(r.exitCode, 0);
        r = backprop({"train", "--dataset", "eu.csv", "--delimiter", "comma", "--epochs", "2"}, dir.path());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("eu.csv") && r.err.contains("one column only"), qPrintable(r.err));
        r = backprop({"train", "--dataset", "eu.csv", "--delimiter", "semicolon", "--epochs", "2", "--save", "p.json"}, dir.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(ProjectFile::load(dir.filePath("p.json").toStdString()).data.csv.delimiter, Delimiter::Semicolon);
        QCOMPARE(ProjectFile::load(dir.filePath("auto.json").toStdString()).data.csv.delimiter, Delimiter::Auto);
        r = backprop({"train", "--dataset", "eu.csv", "--delimiter", "pipe"}, dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--delimiter") && r.err.contains("semicolon"), qPrintable(r.err));
        r = backprop({"train", "--preset", "xor", "--delimiter", "tab"}, dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--delimiter"), qPrintable(r.err));
    }

    void aSplitThatLeavesNoTrainingSampleNamesTheFlag()
    {
        const Run r = backprop({"train", "--preset", "xor", "--validation", "0.9"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--validation 0.9") && r.err.contains("all 4 samples"), qPrintable(r.err));
        QVERIFY2(!r.out.contains("nan"), qPrintable(r.out));
    }

    void interruptStillSavesAndExports()
    {
        QTemporaryDir dir;
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral(BACKPROP_CLI), {"train", "--preset", "spiral", "--epochs", "100000000", "--report-every",
                                               "50", "--save", "run.json", "--export-gif", "run.gif"});
        QVERIFY(p.waitForStarted());
        // The first progress line comes from inside training, where Ctrl-C is caught.
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput()).contains("epoch "), 60000);
        QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(p.readAllStandardError().contains("interrupted after epoch"));
        const bp::Project saved = bp::ProjectFile::load(dir.filePath("run.json").toStdString());
        QVERIFY(saved.trained());
        QVERIFY(saved.history.size() >= 50 && saved.history.size() < 100000000);  // the line came at epoch 50
        QVERIFY(QFile(dir.filePath("run.gif")).size() > 1000);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);  // no temporary left
    }

    void aLinkPlantedAtTheOldTemporaryNameIsNotFollowed()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("victim.txt"), "precious\n"));
        QVERIFY(QFile::link(dir.filePath("victim.txt"), dir.filePath("out.gif.part")));
        QVERIFY(QFile::link(dir.filePath("victim.txt"), dir.filePath("loss.csv.part")));
        const Run r = backprop(gifRun("out.gif", "320x180") + QStringList{"--export-loss", "loss.csv"}, dir.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(contents(dir.filePath("victim.txt")), QByteArray("precious\n"));
        QCOMPARE(giftest::decode(dir.filePath("out.gif")).width, 320);
        QVERIFY(contents(dir.filePath("loss.csv")).startsWith("epoch,"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 5);  // nothing else appeared
    }

    void twoExportsToOneFileEachLeaveAWholeFile()
    {
        QTemporaryDir dir;
        // Each run alone, for reference: the same seed gives the same GIF, byte for byte.
        QCOMPARE(backprop(gifRun("small.gif", "320x180"), dir.path()).exitCode, 0);
        QCOMPARE(backprop(gifRun("large.gif", "640x360"), dir.path()).exitCode, 0);
        const QByteArray small = contents(dir.filePath("small.gif")), large = contents(dir.filePath("large.gif"));
        QVERIFY(small.size() > 1000 && large.size() > small.size());
        for (int round = 0; round < 3; ++round) {
            QProcess a, b;
            for (QProcess* p : {&a, &b})
                p->setWorkingDirectory(dir.path());
            a.start(QStringLiteral(BACKPROP_CLI), gifRun("same.gif", "320x180"));
            b.start(QStringLiteral(BACKPROP_CLI), gifRun("same.gif", "640x360"));
            QVERIFY(a.waitForFinished(120000) && b.waitForFinished(120000));
            QCOMPARE(a.exitCode(), 0);
            QCOMPARE(b.exitCode(), 0);
            const QByteArray same = contents(dir.filePath("same.gif"));
            QVERIFY2(same == small || same == large, qPrintable(QString::number(same.size())));
            QCOMPARE(giftest::decode(dir.filePath("same.gif")).imageCount, 10 + 23);  // 30 / 3 frames, 1.5 s held
            QCOMPARE(temporaries(dir.path()), QStringList());
        }
    }

    void ctrlCDuringAGifLeavesNoTemporaryFile()
    {
        // Training ended: the first Ctrl-C stops the GIF being written, and nothing of it stays.
        QTemporaryDir dir;
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral(BACKPROP_CLI), {"train", "--preset", "spiral", "--epochs", "200", "--gif-every", "1",
                                               "--gif-size", "3840x2160", "--export-gif", "run.gif"});
        QTRY_VERIFY_WITH_TIMEOUT(!temporaries(dir.path()).isEmpty(), 60000);
        QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(p.readAllStandardError().contains("run.gif was not written"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());

        // Training interrupted: a second Ctrl-C quits at once, still without leaving a temporary file.
        QTemporaryDir second;
        QProcess q;
        q.setWorkingDirectory(second.path());
        q.start(QStringLiteral(BACKPROP_CLI), {"train", "--preset", "spiral", "--epochs", "100000000", "--report-every",
                                               "50", "--gif-every", "1", "--gif-size", "3840x2160", "--export-gif", "run.gif"});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += q.readAllStandardOutput()).contains("epoch "), 60000);
        QCOMPARE(::kill(pid_t(q.processId()), SIGINT), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!temporaries(second.path()).isEmpty(), 60000);
        QCOMPARE(::kill(pid_t(q.processId()), SIGINT), 0);
        QVERIFY(q.waitForFinished(60000));
        QCOMPARE(q.exitStatus(), QProcess::CrashExit);  // ended by the signal, as Ctrl-C does
        QCOMPARE(QDir(second.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void withNoDesignOptionsTrainsTheDefaultProject()
    {
        QTemporaryDir dir;
        const Run r = backprop({"train", "--save", "first.json"}, dir.path());
        QCOMPARE(r.exitCode, 0);
        const Project saved = ProjectFile::load(dir.filePath("first.json").toStdString());
        const Project first = defaultProject();
        QVERIFY(saved.data == first.data);
        QVERIFY(saved.network == first.network);
        QVERIFY(saved.training == first.training);
    }

    void helpAndOptionsUseTheNameTables()
    {
        const Run help = backprop({"train", "--help"});
        QCOMPARE(help.exitCode, 0);
        const auto missing = [&help](const auto& table) {  // the first name of table the help leaves out
            for (const auto& entry : table)
                if (!help.out.contains(QString::fromUtf8(entry.name.data(), qsizetype(entry.name.size()))))
                    return std::string(entry.name);
            return std::string();
        };
        QCOMPARE(missing(activationNames), std::string());
        QCOMPARE(missing(lossNames), std::string());
        QCOMPARE(missing(optimizerNames), std::string());
        QCOMPARE(missing(scalingNames), std::string());
        QCOMPARE(missing(delimiterNames), std::string());
        QCOMPARE(missing(generatorTable), std::string());
        QCOMPARE(missing(builtinDatasets), std::string());
        QVERIFY2(help.out.contains(QString::number(limits::maxEpochs)), qPrintable(help.out));
        // Every name the help lists is accepted and lands in the saved project.
        QTemporaryDir dir;
        const auto saved = [&dir](const QStringList& options) {
            const Run r = backprop(QStringList{"train", "--epochs", "1", "--save", "p.json"} + options, dir.path());
            if (r.exitCode != 0)
                qWarning("%s", qPrintable(r.err));
            return r.exitCode == 0 ? ProjectFile::load(dir.filePath("p.json").toStdString()) : Project{};
        };
        for (const auto& e : lossNames) {
            const bool softmax = e.value == Loss::CategoricalCrossEntropy;
            const Project p = saved({"--dataset", softmax ? "iris" : "xor", "--loss", QString::fromUtf8(e.name.data()),
                                     "--output-activation", softmax ? "softmax" : "sigmoid"});
            QVERIFY2(p.training.loss == e.value, e.name.data());
        }
        for (const auto& e : optimizerNames)
            QVERIFY2(saved({"--optimizer", QString::fromUtf8(e.name.data())}).training.optimizer.kind == e.value, e.name.data());
        for (const auto& e : activationNames) {
            if (e.value == Activation::Softmax)
                continue;
            const Project p = saved({"--activation", QString::fromUtf8(e.name.data())});
            QVERIFY2(p.network.layers.size() == 3 && p.network.layers[0].activation == e.value, e.name.data());
        }
    }

    void predictScalesRawRowsAsTheTrainingData()
    {
        // Heights in cm and weights in kg, standardised for training; predict takes them raw.
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("body.csv"), bodyCsv(60)));
        QVERIFY(writeFile(dir.filePath("new.csv"), "height,weight\n198,93\n152,47\n"));
        Run r = backprop({"train", "--dataset", "body.csv", "--layers", "6", "--optimizer", "adam", "--lr", "0.05",
                          "--epochs", "400", "--save", "body.json"}, dir.path());
        QCOMPARE(r.exitCode, 0);
        r = backprop({"predict", "--load", "body.json", "--input", "new.csv"}, dir.path());
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[1].startsWith("198,93,") && lines[1].endsWith(",big"), qPrintable(r.out));
        QVERIFY2(lines[2].startsWith("152,47,") && lines[2].endsWith(",small"), qPrintable(r.out));
        r = backprop({"train", "--dataset", "body.csv", "--scaling", "zscore"}, dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--scaling"));
    }

    void aProjectMovedAwayFromItsCsvStillPredicts()
    {
        // A project keeps its data's scaling and names, so new rows need only the project; moved
        // with its CSV (a relative path) it trains on from anywhere.
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath("work/data") && QDir(dir.path()).mkpath("elsewhere"));
        QVERIFY(writeFile(dir.filePath("work/data/body.csv"), bodyCsv(40)));
        QVERIFY(writeFile(dir.filePath("new.csv"), "198,93\n152,47\n"));
        Run r = backprop({"train", "--dataset", "data/body.csv", "--layers", "4", "--epochs", "50", "--save", "body.json"},
                         dir.filePath("work"));
        QCOMPARE(r.exitCode, 0);
        const Run before = backprop({"predict", "--load", "work/body.json", "--input", "new.csv"}, dir.path());
        QCOMPARE(before.exitCode, 0);
        QVERIFY(QDir(dir.path()).rename("work/body.json", "elsewhere/body.json"));
        const Run after = backprop({"predict", "--load", "elsewhere/body.json", "--input", "new.csv"}, dir.path());
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(after.out, before.out);
        QVERIFY(after.out.startsWith("height,weight,predicted big,predicted small,class\n198,93,"));
        // Back beside its data, loaded from another folder, it finds the CSV.
        QVERIFY(QDir(dir.path()).rename("elsewhere/body.json", "work/body.json"));
        r = backprop({"train", "--load", "work/body.json", "--epochs", "60"}, dir.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void hostileFilesAreRefusedWithAMessage()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath("deep.json"), "{\"deep\": " + QByteArray(200000, '[') + QByteArray(200000, ']') + "}"));
        const Run r = backprop({"train", "--load", "deep.json", "--epochs", "1"}, dir.path());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("deep.json") && r.err.contains("nest more than"), qPrintable(r.err));
        const Run device = backprop({"train", "--dataset", "/dev/zero", "--epochs", "1"}, dir.path());
        QCOMPARE(device.exitCode, 3);
        QVERIFY2(device.err.contains("/dev/zero") && device.err.contains("not a regular file"), qPrintable(device.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
