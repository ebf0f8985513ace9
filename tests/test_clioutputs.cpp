// The backprop command line's files and messages: --epochs on a loaded project trains more, every
// output path is checked before training, messages name the project file once, system errors in
// plain words, file names that are not UTF-8, links written through, and Ctrl-C during an export.
#include "clirun.h"
#include "projectfile.h"

#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace bp;
using namespace clitest;

namespace {

// While alive, the CLI processes started under the sanitizers ignore leaks: when libpng gives up
// on a failed write, Qt's PNG writer leaks its own copy of the image, which is not ours to find.
// (The test process itself read its options when it started; only its children see the change.)
struct QtPngLeakIgnored {
    const QByteArray before = qgetenv("ASAN_OPTIONS");
    QtPngLeakIgnored()
    {
#ifdef BACKPROP_SANITIZED
        qputenv("ASAN_OPTIONS", before + (before.isEmpty() ? "" : ":") + "detect_leaks=0");
#endif
    }
    ~QtPngLeakIgnored() { qputenv("ASAN_OPTIONS", before); }
};

// Runs the child as the unprivileged user nobody when the tests run as root, for whom folder
// permissions do not bind.
void asUser()
{
    if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0))
        ::_exit(127);
}

// Runs `sh -c script` in folder with the backprop program as $0, so arguments may hold any bytes
// (QProcess passes its arguments as UTF-8); locale, when given, is LC_ALL.
Run shell(const QString& script, const QString& folder, const QString& locale = {})
{
    QProcess p;
    p.setWorkingDirectory(folder);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!locale.isEmpty())
        env.insert("LC_ALL", locale);
    p.setProcessEnvironment(env);
    p.start("/bin/sh", {"-c", script, QStringLiteral(BACKPROP_CLI)});
    if (!p.waitForFinished(120000))
        qFatal("backprop did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

Project loaded(const QTemporaryDir& dir, const QString& name)
{
    return ProjectFile::load(dir.filePath(name).toStdString());
}

// The temporary files a write left in folder.
QStringList temporaries(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral(".*.tmp")}, QDir::Files | QDir::Hidden | QDir::System);
}

// A small tmpfs mounted for the test's life, where the system allows it (root with the right).
struct SmallDisk {
    QTemporaryDir dir;
    bool mounted = ::mount("tmpfs", dir.path().toLocal8Bit().constData(), "tmpfs", 0, "size=64k") == 0;
    ~SmallDisk()
    {
        if (mounted)
            ::umount2(dir.path().toLocal8Bit().constData(), MNT_DETACH);
    }
};

}  // namespace

class TestCliOutputs : public QObject {
    Q_OBJECT
private slots:
    void epochsOnALoadedProjectTrainMore()
    {
        QTemporaryDir dir;
        QCOMPARE(backprop({"train", "--preset", "xor", "--epochs", "20", "--save", "p.json"}, dir.path()).exitCode, 0);
        Run r = backprop({"train", "--load", "p.json", "--epochs", "30", "--save", "q.json"}, dir.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("epoch 50/50") && r.out.contains("epochs 50 ") && r.out.contains("epochs/s"), qPrintable(r.out));
        QCOMPARE(loaded(dir, "q.json").history.size(), std::size_t(50));
        QCOMPARE(loaded(dir, "q.json").training.epochs, 30);  // a run's length, as the studio saves it
        // Without --epochs a finished run trains another run's length, as the studio's Train does.
        r = backprop({"train", "--load", "q.json", "--save", "q.json"}, dir.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(loaded(dir, "q.json").history.size(), std::size_t(80));
        r = backprop({"train", "--help"});
        QVERIFY2(r.out.contains("more"), qPrintable(r.out));
    }

    void confusionPrintsTheMatricesWhoseDiagonalIsTheAccuracy()
    {
        Run r = backprop({"train", "--preset", "iris", "--epochs", "40", "--confusion"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("confusion matrix, training (120 samples") &&
                     r.out.contains("confusion matrix, validation (30 samples"), qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression("true \\\\ predicted +setosa +versicolor +virginica +accuracy")),
                 qPrintable(r.out));
        // The validation matrix's accuracy is the summary's validation accuracy: one rule for both.
        const QString summary = QRegularExpression("validation accuracy ([0-9.]+ %)").match(r.out).captured(1);
        const QString matrix =
            QRegularExpression("validation \\(30 samples[^\\n]*\\n(?:[^\\n]*\\n){4}accuracy ([0-9.]+ %)").match(r.out).captured(1);
        QVERIFY2(!summary.isEmpty() && summary == matrix, qPrintable(r.out));
        r = backprop({"train", "--dataset", "sine", "--epochs", "2", "--confusion"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("confusion matrix: none, the network predicts values, not classes"), qPrintable(r.out));
        QVERIFY(!backprop({"train", "--preset", "iris", "--epochs", "2"}).out.contains("confusion"));
    }

    void everyOutputIsCheckedBeforeTraining()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir("ro"));
        QCOMPARE(::chmod(dir.path().toLocal8Bit().constData(), 0755), 0);
        QCOMPARE(::chmod(dir.filePath("ro").toLocal8Bit().constData(), 0555), 0);
        const QStringList flags{"--save", "--export-architecture", "--export-loss", "--export-gif"};
        const QStringList files{"p.json", "a.png", "l.csv", "g.gif"};
        for (qsizetype i = 0; i < flags.size(); ++i) {
            for (const char* folder : {"missing", "ro"}) {
                const QString path = QString(folder) + "/" + files[i];
                const Run r = backprop({"train", "--preset", "xor", "--epochs", "2000", flags[i], path}, dir.path(), asUser);
                QCOMPARE(r.exitCode, 2);
                QVERIFY2(r.err.startsWith("backprop: " + flags[i] + ": " + path + ": cannot be written: "), qPrintable(r.err));
                QVERIFY2(r.err.contains(QString(folder) == "ro" ? "permission denied" : "the folder does not exist"), qPrintable(r.err));
                QVERIFY2(!r.out.contains("epoch "), qPrintable(r.out));  // refused before training
            }
        }
        Run r = backprop({"train", "--preset", "xor", "--save", "ro"}, dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--save: ro: cannot be written: it is a folder"), qPrintable(r.err));
        // The export command names the flags as the user gave them.
        QCOMPARE(backprop({"train", "--preset", "xor", "--epochs", "2", "--save", "p.json"}, dir.path()).exitCode, 0);
        r = backprop({"export", "--load", "p.json", "--loss", "l.csv", "--architecture", "missing/a.png"}, dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--architecture: missing/a.png"), qPrintable(r.err));
        QVERIFY(!QFile::exists(dir.filePath("l.csv")));  // nothing written before the check
    }

    void messagesNameTheProjectFileOnce()
    {
        QTemporaryDir dir;
        QCOMPARE(backprop({"train", "--preset", "xor", "--epochs", "2", "--save", "xor.json"}, dir.path()).exitCode, 0);
        const QByteArray json = contents(dir.filePath("xor.json"));
        const QByteArray xor_ = "\"kind\": \"generator\",\n    \"name\": \"xor\"";
        QVERIFY(json.contains(xor_));
        QVERIFY(writeFile(dir.filePath("mnist.json"), QByteArray(json).replace(xor_, "\"kind\": \"builtin\",\n    \"name\": \"mnist\"")));
        QVERIFY(writeFile(dir.filePath("iris.json"), QByteArray(json).replace(xor_, "\"kind\": \"builtin\",\n    \"name\": \"iris\"")));
        for (const char* command : {"train", "predict", "export"}) {
            QStringList arguments{command, "--load", "mnist.json"};
            if (QString(command) == "export")
                arguments << "--architecture" << "a.svg";
            Run r = backprop(arguments, dir.path());
            QCOMPARE(r.exitCode, 3);
            QVERIFY2(r.err.startsWith("backprop: mnist.json: dataset.name: ") && r.err.count("mnist.json") == 1, qPrintable(r.err));
            arguments[2] = "iris.json";
            r = backprop(arguments, dir.path());
            QCOMPARE(r.exitCode, 3);
            QVERIFY2(r.err.startsWith("backprop: iris.json: network: the trained network maps 2 inputs")
                         && r.err.contains("the dataset iris has 4 features") && r.err.count("iris.json") == 1,
                     qPrintable(r.err));
        }
    }

    void systemErrorsAreSaidInPlainWords()
    {
        // A file-size limit stops the PNG half-way: the message names the file and the cause.
        const QtPngLeakIgnored leaksIgnored;
        QTemporaryDir dir;
        const Run r = backprop({"train", "--preset", "xor", "--epochs", "1", "--export-architecture", "a.png", "--scale", "4"},
                               dir.path(), [] {
                                   std::signal(SIGXFSZ, SIG_IGN);
                                   const rlimit small{4096, 4096};
                                   ::setrlimit(RLIMIT_FSIZE, &small);
                               });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("a.png: cannot be written: file too large") && !r.err.contains("nknown"), qPrintable(r.err));
        QCOMPARE(temporaries(dir.path()), QStringList());
        // A full disk, on a 64 KiB file system.
        SmallDisk disk;
        if (!disk.mounted)
            QSKIP("no tmpfs can be mounted here (it needs root)");
        const QString path = disk.dir.filePath("a.png");
        const Run full = backprop({"train", "--preset", "xor", "--epochs", "1", "--export-architecture", path, "--scale", "4"});
        QCOMPARE(full.exitCode, 3);
        QVERIFY2(full.err.contains(path + ": cannot be written: no space left on the device"), qPrintable(full.err));
        QCOMPARE(temporaries(disk.dir.path()), QStringList());
    }

    void aFileNameThatIsNotUtf8Opens()
    {
        QTemporaryDir dir;
        QCOMPARE(backprop({"train", "--preset", "xor", "--epochs", "5", "--save", "p.json"}, dir.path()).exitCode, 0);
        QCOMPARE(::rename(QFile::encodeName(dir.filePath("p.json")).constData(),
                          (QFile::encodeName(dir.path()) + "/p\xff.json").constData()), 0);
        for (const char* locale : {"C.UTF-8", "C"}) {
            Run r = shell("exec \"$0\" train --load \"$(printf 'p\\377.json')\" --epochs 5", dir.path(), locale);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains("epochs 10 "), qPrintable(r.out + r.err));
            r = shell("exec \"$0\" predict --load \"$(printf 'p\\377.json')\"", dir.path(), locale);
            QCOMPARE(r.exitCode, 0);
            // A name the program would write or store in a project is refused, saying why.
            r = shell("exec \"$0\" train --preset xor --save \"$(printf 'q\\377.json')\"", dir.path(), locale);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("--save") && r.err.contains("not valid UTF-8"), qPrintable(r.err));
        }
        QCOMPARE(::unlink((QFile::encodeName(dir.path()) + "/p\xff.json").constData()), 0);  // QDir cannot name it
    }

    void savingThroughALinkWritesItsTarget()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir("real"));
        QCOMPARE(backprop({"train", "--preset", "xor", "--epochs", "5", "--save", "real/p.json"}, dir.path()).exitCode, 0);
        QCOMPARE(::symlink("real/p.json", dir.filePath("p.json").toLocal8Bit().constData()), 0);
        const Run r = backprop({"train", "--load", "p.json", "--epochs", "5", "--save", "p.json"}, dir.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFileInfo(dir.filePath("p.json")).isSymLink());
        QCOMPARE(loaded(dir, "real/p.json").history.size(), std::size_t(10));
        QCOMPARE(temporaries(dir.path()) + temporaries(dir.filePath("real")), QStringList());
    }

    void ctrlCDuringAnExportLeavesNoTemporary()
    {
        QTemporaryDir dir;
        QCOMPARE(backprop({"train", "--preset", "xor", "--epochs", "2", "--save", "p.json"}, dir.path()).exitCode, 0);
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(QStringLiteral(BACKPROP_CLI), {"export", "--load", "p.json", "--architecture", "a.png", "--scale", "4"});
        QTRY_VERIFY_WITH_TIMEOUT(!temporaries(dir.path()).isEmpty() || p.state() == QProcess::NotRunning, 60000);
        if (p.state() == QProcess::NotRunning)
            QSKIP("the export ended before Ctrl-C could reach it");
        QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);  // ended by the signal, as Ctrl-C does
        QCOMPARE(temporaries(dir.path()), QStringList());
        QVERIFY(!QFile::exists(dir.filePath("a.png")));
    }
};

QTEST_GUILESS_MAIN(TestCliOutputs)
#include "test_clioutputs.moc"
