// Hostile files: documents nested too deep, special files and files too large for their kind.
// Each must be refused promptly with a message naming the file and the limit, never a crash or hang.
#include "csvreader.h"
#include "designlimits.h"
#include "inputerror.h"
#include "projectfile.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <fstream>
#include <functional>
#include <sstream>
#include <future>
#include <string>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

using namespace bp;

namespace {

// Returns the error work throws, run on another thread and given 10 s: a hang fails the test
// (the thread is left behind blocked, so the test process ends with it rather than waiting).
InputError errorWithin10s(std::function<void()> work)
{
    auto* task = new std::packaged_task<InputError()>([work] {
        try {
            work();
        } catch (const InputError& e) {
            return e;
        }
        return InputError("", "no error");
    });
    std::future<InputError> result = task->get_future();
    std::thread([task] { (*task)(); delete task; }).detach();
    if (result.wait_for(std::chrono::seconds(10)) != std::future_status::ready)
        return InputError("", "still running after 10 s");
    return result.get();
}

// Returns text with a member whose value nests levels deep: [[[…]]] or {"a":{"a":…}}.
std::string nested(int levels, bool objects)
{
    std::string text = "{\"format\": \"backprop-studio-project\", \"deep\": ";
    text.reserve(text.size() + std::size_t(levels) * 6);
    for (int i = 0; i < levels; ++i)
        text += objects ? "{\"a\":" : "[";
    text += "0";
    text.append(std::size_t(levels), objects ? '}' : ']');
    return text + "}";
}

bool contains(const InputError& e, const std::string& part) { return std::string(e.what()).find(part) != std::string::npos; }

}  // namespace

class TestHostileFiles : public QObject {
    Q_OBJECT
private slots:
    void deepNestingIsRefusedBeforeParsing_data();
    void deepNestingIsRefusedBeforeParsing();
    void bracketsInStringsDoNotCount();
    void aFifoIsRefusedPromptly();
    void aDeviceIsRefused();
    void aFileBeyondTheSizeCapIsRefusedBeforeReading();
    void moreLabelsThanTheClassCapAreRefused();
    void moreRowsThanTheSampleCapAreRefused();
    void moreCellsThanTheValueCapAreRefused();
    void oneHotTargetsBeyondTheValueCapAreRefused();
};

void TestHostileFiles::deepNestingIsRefusedBeforeParsing_data()
{
    QTest::addColumn<bool>("objects");
    QTest::newRow("arrays") << false;
    QTest::newRow("objects") << true;
}

void TestHostileFiles::deepNestingIsRefusedBeforeParsing()
{
    QFETCH(bool, objects);
    QTemporaryDir dir;
    const std::string path = dir.filePath("deep.json").toStdString();
    std::ofstream(path) << nested(200000, objects);
    const InputError e = errorWithin10s([&] { ProjectFile::load(path); });
    QCOMPARE(e.file, path);
    QCOMPARE(e.line, 1);
    QVERIFY2(e.column > 1, e.what());
    QVERIFY2(contains(e, "nest more than " + std::to_string(limits::maxJsonDepth)), e.what());
}

void TestHostileFiles::bracketsInStringsDoNotCount()
{
    // Brackets inside strings (also after an escaped quote) are text: the error is the project's
    // own complaint about its content, not the depth.
    const std::string brackets(1000, '[');
    const InputError e = errorWithin10s([&] { ProjectFile::fromJson("{\"name\": \"\\\"" + brackets + "\"}", "s.json"); });
    QVERIFY2(!contains(e, "nest more than"), e.what());
    QVERIFY2(e.file == "s.json" && !contains(e, "no error"), e.what());
}

void TestHostileFiles::aFifoIsRefusedPromptly()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("pipe.csv").toStdString();
    QCOMPARE(::mkfifo(path.c_str(), 0600), 0);
    const InputError csv = errorWithin10s([&] { readCsvFile(path, CsvOptions{}); });
    QCOMPARE(csv.file, path);
    QVERIFY2(contains(csv, "not a regular file"), csv.what());
    const InputError project = errorWithin10s([&] { ProjectFile::load(path); });
    QCOMPARE(project.file, path);
    QVERIFY2(contains(project, "not a regular file"), project.what());
}

void TestHostileFiles::aDeviceIsRefused()
{
    const InputError e = errorWithin10s([] { readCsvFile("/dev/zero", CsvOptions{}); });
    QCOMPARE(e.file, std::string("/dev/zero"));
    QVERIFY2(contains(e, "not a regular file"), e.what());
}

void TestHostileFiles::aFileBeyondTheSizeCapIsRefusedBeforeReading()
{
    // Sparse files: 2 GiB of holes would take seconds and gigabytes to read, so a quick refusal
    // shows that nothing was read.
    QTemporaryDir dir;
    const std::string csv = dir.filePath("huge.csv").toStdString(), project = dir.filePath("huge.json").toStdString();
    std::ofstream(csv) << "x,y\n1,2\n";
    std::ofstream(project) << "{}";
    QCOMPARE(::truncate(csv.c_str(), std::int64_t(2) << 30), 0);
    QCOMPARE(::truncate(project.c_str(), limits::maxProjectBytes + 1), 0);
    QElapsedTimer clock;
    clock.start();
    const InputError e = errorWithin10s([&] { readCsvFile(csv, CsvOptions{}); });
    QCOMPARE(e.file, csv);
    QVERIFY2(contains(e, "at most " + std::to_string(limits::maxCsvBytes >> 20) + " MiB"), e.what());
    const InputError p = errorWithin10s([&] { ProjectFile::load(project); });
    QCOMPARE(p.file, project);
    QVERIFY2(contains(p, "at most " + std::to_string(limits::maxProjectBytes >> 20) + " MiB"), p.what());
    QVERIFY2(clock.elapsed() < 2000, "refusing took long enough to have read the file");
}

void TestHostileFiles::moreLabelsThanTheClassCapAreRefused()
{
    const auto labels = [](int count) {
        std::string text = "x,label\n";
        for (int i = 0; i < count; ++i)
            text += std::to_string(i % 7) + ",c" + std::to_string(i) + "\n";
        return text;
    };
    QTemporaryDir dir;
    const std::string path = dir.filePath("labels.csv").toStdString();
    std::ofstream(path) << labels(limits::maxCsvClasses + 1);
    const InputError e = errorWithin10s([&] { readCsvFile(path, CsvOptions{}); });
    QCOMPARE(e.file, path);
    QVERIFY2(contains(e, "at most " + std::to_string(limits::maxCsvClasses) + " classes"), e.what());
    std::ofstream(path) << labels(limits::maxCsvClasses);
    QCOMPARE(readCsvFile(path, CsvOptions{}).classNames.size(), std::size_t(limits::maxCsvClasses));
}

void TestHostileFiles::moreRowsThanTheSampleCapAreRefused()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath("rows.csv").toStdString();
    {
        std::ofstream out(path);
        out << "x,y\n";
        for (int i = 0; i <= limits::maxSamples; ++i)
            out << "1,2\n";
    }
    const InputError e = errorWithin10s([&] { readCsvFile(path, CsvOptions{}); });
    QCOMPARE(e.file, path);
    QCOMPARE(e.line, limits::maxSamples + 2);  // the first row past the cap, after the header
    QVERIFY2(contains(e, "at most " + std::to_string(limits::maxSamples)), e.what());
}

void TestHostileFiles::moreCellsThanTheValueCapAreRefused()
{
    // Rows of 1,000 one-digit cells, a few over the cap: refused on the row that passes it.
    std::string row;
    for (int j = 0; j < 1000; ++j)
        row += j ? ",1" : "1";
    row += "\n";
    const std::int64_t rows = limits::maxDatasetValues / 1000 + 1;
    std::string text;
    text.reserve(std::size_t(rows) * row.size());
    for (std::int64_t i = 0; i < rows; ++i)
        text += row;
    const InputError e = errorWithin10s([&] {
        std::istringstream in(text);
        readCsv(in, "cells.csv", CsvOptions{});
    });
    QCOMPARE(e.file, std::string("cells.csv"));
    QCOMPARE(e.line, int(rows));  // the row holding the cap's first cell too many
    QVERIFY2(contains(e, "at most that many values") && contains(e, std::to_string(limits::maxDatasetValues)), e.what());
}

void TestHostileFiles::oneHotTargetsBeyondTheValueCapAreRefused()
{
    // Within the class cap and the row cap, yet classes × rows one-hot floats would pass the
    // value cap (1000 × 33,555 is 134 MB); refused before the targets are made.
    const int classes = limits::maxCsvClasses;
    const std::int64_t rows = limits::maxDatasetValues / classes + 1;
    std::string text = "x,label\n";
    for (std::int64_t i = 0; i < rows; ++i)
        text += "1,c" + std::to_string(i % classes) + "\n";
    const InputError e = errorWithin10s([&] {
        std::istringstream in(text);
        readCsv(in, "onehot.csv", CsvOptions{});
    });
    QCOMPARE(e.file, std::string("onehot.csv"));
    QVERIFY2(contains(e, "one-hot targets") && contains(e, std::to_string(limits::maxDatasetValues)), e.what());
}

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "test_hostilefiles.moc"
