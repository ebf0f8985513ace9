// The one safe write every file goes through: a reader sees the old file or the whole new one;
// planted links are never followed, a link at the target is written through; a failed or abandoned
// write leaves no temporary file behind.
#include "historycsv.h"
#include "inputerror.h"
#include "projectfile.h"
#include "safefile.h"
#include "systemerror.h"
#include "temporaryfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <fstream>
#include <sstream>
#include <thread>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace bp;

namespace {

std::string readAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

QStringList entries(const QTemporaryDir& dir)
{
    return QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// Runs write and returns the InputError it throws; fails the test when it throws none.
InputError errorOf(const std::function<void()>& write)
{
    try {
        write();
    } catch (const InputError& e) {
        return e;
    }
    return InputError("", "no error was thrown");
}

}  // namespace

class TestSafeFile : public QObject {
    Q_OBJECT
private slots:
    void replacesTheTargetAndKeepsItsPermissions()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("out.csv").toStdString();
        SafeFile::writeAll(path, "old\n");
        QCOMPARE(::chmod(path.c_str(), 0640), 0);
        SafeFile file(path);
        const std::string temporary = file.temporaryPath();
        QCOMPARE(temporary.substr(0, temporary.rfind('/')), dir.path().toStdString());  // beside the target
        file.write("new\n");
        QCOMPARE(readAll(path), std::string("old\n"));  // untouched until commit
        file.commit();
        QCOMPARE(readAll(path), std::string("new\n"));
        struct stat st {};
        QCOMPARE(::stat(path.c_str(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0640);
        QCOMPARE(entries(dir), QStringList({"out.csv"}));
    }

    void plantedLinksAreNeverFollowed()
    {
        QTemporaryDir dir;
        const QString victim = dir.filePath("victim.txt");
        QVERIFY(QFile::copy(QStringLiteral(BACKPROP_SOURCE_DIR "/README.md"), victim));
        const QByteArray before = readAll(victim.toStdString()).c_str();
        // The names the old writers used: out.gif.part, out.csv.part, and a link at the target's own name.
        for (const char* name : {"out.gif.part", "loss.csv.part", "run.json.part", ".loss.csv.tmp"})
            QVERIFY(QFile::link(victim, dir.filePath(name)));
        HistoryEntry entry;
        entry.epoch = 1;
        saveHistoryCsv({entry}, dir.filePath("loss.csv").toStdString());
        SafeFile::writeAll(dir.filePath("out.gif").toStdString(), "GIF89a");
        QCOMPARE(QByteArray(readAll(victim.toStdString()).c_str()), before);
        // Two writers of one target at once get two different temporary names, both fresh files.
        SafeFile a(dir.filePath("same.txt").toStdString()), b(dir.filePath("same.txt").toStdString());
        QVERIFY(a.temporaryPath() != b.temporaryPath());
        QVERIFY(!QFileInfo(QString::fromStdString(a.temporaryPath())).isSymLink());
    }

    void aLinkIsWrittenThroughToItsFinalTarget()
    {
        QTemporaryDir dir, other;
        const std::string real = other.filePath("real.json").toStdString();
        SafeFile::writeAll(real, "old");
        QCOMPARE(::chmod(real.c_str(), 0640), 0);
        // project.json -> (relative) next.json -> (absolute) the other folder's real.json
        QCOMPARE(::symlink(real.c_str(), dir.filePath("next.json").toLocal8Bit().constData()), 0);
        QCOMPARE(::symlink("next.json", dir.filePath("project.json").toLocal8Bit().constData()), 0);
        const std::string link = dir.filePath("project.json").toStdString();
        QCOMPARE(SafeFile::finalTarget(link), real);
        SafeFile file(link);
        const std::string temporary = file.temporaryPath();
        QCOMPARE(temporary.substr(0, temporary.rfind('/')), other.path().toStdString());  // beside the target: one rename
        file.write("new");
        file.commit();
        QVERIFY(QFileInfo(dir.filePath("project.json")).isSymLink() && QFileInfo(dir.filePath("next.json")).isSymLink());
        QCOMPARE(readAll(real), std::string("new"));
        struct stat st {};
        QCOMPARE(::stat(real.c_str(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0640);
        QCOMPARE(entries(other), QStringList({"real.json"}));
        // A link to a file not there yet creates it; a loop of links is refused, naming the path.
        QCOMPARE(::symlink("fresh.json", dir.filePath("dangling.json").toLocal8Bit().constData()), 0);
        SafeFile::writeAll(dir.filePath("dangling.json").toStdString(), "fresh");
        QCOMPARE(readAll(dir.filePath("fresh.json").toStdString()), std::string("fresh"));
        QVERIFY(QFileInfo(dir.filePath("dangling.json")).isSymLink());
        QCOMPARE(::symlink("loop2", dir.filePath("loop1").toLocal8Bit().constData()), 0);
        QCOMPARE(::symlink("loop1", dir.filePath("loop2").toLocal8Bit().constData()), 0);
        const InputError e = errorOf([&] { SafeFile::writeAll(dir.filePath("loop1").toStdString(), "x"); });
        QVERIFY2(e.message.find("symbolic links") != std::string::npos, e.what());
    }

    void writabilityIsCheckedWithoutWriting()
    {
        QTemporaryDir dir;
        SafeFile::requireWritable(dir.filePath("new.json").toStdString());
        QCOMPARE(entries(dir), QStringList());
        InputError e = errorOf([&] { SafeFile::requireWritable(dir.filePath("no/new.json").toStdString()); });
        QVERIFY2(e.message == "cannot be written: the folder does not exist", e.what());
        e = errorOf([&] { SafeFile::requireWritable(dir.path().toStdString()); });
        QVERIFY2(e.message.find("it is a folder") != std::string::npos, e.what());
        e = errorOf([] { SafeFile::requireWritable("/dev/null"); });
        QVERIFY2(e.message.find("not a regular file") != std::string::npos, e.what());
        // A full disk in the words a person uses, from the one table of causes.
        QCOMPARE(systemErrorText(ENOSPC), std::string("no space left on the device"));
        QCOMPARE(systemErrorText(EFBIG).substr(0, 14), std::string("file too large"));
    }

    void concurrentWritersEachLeaveAWholeFile()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("shared.bin").toStdString();
        const std::string one(1 << 20, 'a'), two(3 << 19, 'b');  // 1 MB and 1.5 MB, so half of one shows
        SafeFile::writeAll(path, one);
        std::atomic<bool> done{false};
        std::atomic<int> torn{0};
        std::thread reader([&] {
            while (!done.load()) {
                const std::string seen = readAll(path);
                if (seen != one && seen != two)
                    ++torn;
            }
        });
        std::atomic<int> errors{0};
        const auto writer = [&](const std::string& text) {
            for (int k = 0; k < 20; ++k)
                try {
                    SafeFile::writeAll(path, text);
                } catch (const InputError&) {
                    ++errors;  // one writer's temporary file taken by the other would end here
                }
        };
        std::thread first(writer, one), second(writer, two);
        first.join();
        second.join();
        done.store(true);
        reader.join();
        QCOMPARE(torn.load(), 0);
        QCOMPARE(errors.load(), 0);
        const std::string last = readAll(path);
        QVERIFY(last == one || last == two);
        QCOMPARE(entries(dir), QStringList({"shared.bin"}));
    }

    void aFailedWriteLeavesTheOldFileAndNoTemporary()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("run.json").toStdString();
        SafeFile::writeAll(path, "old");
        // A folder as the target, and a missing folder: refused at once, naming the path and why.
        InputError e = errorOf([&] { SafeFile::writeAll(dir.path().toStdString(), "x"); });
        QCOMPARE(e.file, dir.path().toStdString());
        QVERIFY2(e.message.find("folder") != std::string::npos, e.what());
        e = errorOf([&] { SafeFile::writeAll(dir.filePath("no/such/run.json").toStdString(), "x"); });
        QVERIFY2(e.message.find("the folder does not exist") != std::string::npos, e.what());
        // A write the system refuses half-way (the file-size limit): the old file stays, no temporary.
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit saved {};
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &saved), 0);
        rlimit small = saved;
        small.rlim_cur = 100000;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
        e = errorOf([&] { SafeFile::writeAll(path, std::string(300000, 'x')); });
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &saved), 0);
        QCOMPARE(e.file, path);
        QVERIFY2(e.message.find("file too large") != std::string::npos, e.what());
        QCOMPARE(readAll(path), std::string("old"));
        QCOMPARE(entries(dir), QStringList({"run.json"}));
        if (::geteuid() != 0) {  // root writes into read-only folders
            QCOMPARE(::chmod(dir.path().toLocal8Bit().constData(), 0555), 0);
            e = errorOf([&] { ProjectFile::save(Project{}, path); });
            QCOMPARE(::chmod(dir.path().toLocal8Bit().constData(), 0755), 0);
            QVERIFY2(e.message.find("permission denied") != std::string::npos, e.what());
            QCOMPARE(readAll(path), std::string("old"));
        }
    }

    void anAbandonedWriteRemovesItsTemporary()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("out.gif").toStdString();
        try {
            SafeFile file(path);
            file.write("GIF89a");
            throw std::runtime_error("the export stopped");  // an exception unwinds past the file
        } catch (const std::runtime_error&) {
        }
        QCOMPARE(entries(dir), QStringList());
        // A signal handler's clean-up (the CLI's second Ctrl-C) removes a write still under way.
        SafeFile open(path);
        open.write("GIF89a");
        QVERIFY(QFile::exists(QString::fromStdString(open.temporaryPath())));
        TemporaryFiles::removeAll();
        QCOMPARE(entries(dir), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSafeFile)
#include "test_safefile.moc"
