// Hostile files: documents nested too deep, special files and files too large for their kind.
// Each must be refused promptly with a message naming the file and the limit, never a crash or hang.
#include "designlimits.h"
#include "inputerror.h"
#include "projectfile.h"

#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <fstream>
#include <functional>
#include <future>
#include <string>
#include <thread>

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

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "test_hostilefiles.moc"
