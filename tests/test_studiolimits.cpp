// The studio at its limits, driven as a person drives it: a validation split that leaves no sample
// to train on disables Train and says why under Training; a project past the memory budget, or one
// the machine runs out of memory building, is shown with the reason, leaves Train disabled and
// never joins Recent files, where a project that opens does.
#include "designlimits.h"
#include "mainwindow.h"
#include "projectfile.h"
#include "studiodriver.h"
#include "studiosettings.h"

#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <sys/resource.h>
#include <unistd.h>

using namespace bp;

namespace {

// Saves spiral data of `samples` points through tanh layers of these widths (then one sigmoid
// output), trained in batches of batchSize (0: all at once), to path.
void saveSpiral(const QString& path, std::vector<int> hidden, int samples, int batchSize)
{
    Project p;
    p.data.kind = DataSource::Kind::Generator;
    p.data.name = "spiral";
    p.data.samples = samples;
    for (int w : hidden)
        p.network.layers.push_back({w, Activation::Tanh});
    p.network.layers.push_back({1, Activation::Sigmoid});
    p.training.loss = Loss::BinaryCrossEntropy;
    p.training.batchSize = batchSize;
    ProjectFile::save(p, path.toStdString());
}

// True when the Open Recent menu, or the setting behind it, lists path.
bool inRecentFiles(MainWindow& window, const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    bool listed = QSettings().value(QStringLiteral("recentFiles")).toStringList().contains(absolute);
    for (QMenu* menu : window.findChildren<QMenu*>())
        for (QAction* action : menu->actions())
            listed = listed || action->toolTip() == absolute;
    return listed;
}

// Caps this process's address space at what it uses now plus headroom bytes, until the guard ends.
auto capAddressSpace(rlim_t headroom)
{
    rlimit before{};
    getrlimit(RLIMIT_AS, &before);
    long pages = 0;
    if (QFile statm(QStringLiteral("/proc/self/statm")); statm.open(QIODevice::ReadOnly))
        pages = statm.readLine().split(' ').value(0).toLong();
    const rlimit cap{rlim_t(pages) * rlim_t(sysconf(_SC_PAGESIZE)) + headroom, before.rlim_max};
    setrlimit(RLIMIT_AS, &cap);
    return qScopeGuard([before] { setrlimit(RLIMIT_AS, &before); });
}

const QString bannerText(MainWindow& window) { return window.findChild<QLabel*>(QStringLiteral("banner"))->text(); }

}  // namespace

class TestStudioLimits : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { studiotest::useTestSettings(); }

    void aSplitThatLeavesNoSampleDisablesTrainAndSaysWhy()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QToolButton* train = studiodriver::trainButton(window);
        QVERIFY(train);
        QTRY_VERIFY(train->isEnabled());
        studiodriver::typeInto(window.findChild<QSpinBox*>(QStringLiteral("samples")), QStringLiteral("4"));
        auto* validation = window.findChild<QDoubleSpinBox*>(QStringLiteral("validation"));
        studiodriver::typeInto(validation, QStringLiteral("90"));  // 3.6 of 4 samples: all of them
        QTRY_VERIFY(!train->isEnabled());
        const auto* message = window.findChild<QLabel*>(QStringLiteral("trainingProblem"));
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("leaves none to train on")), qPrintable(message->text()));
        QTest::keyClick(&window, Qt::Key_Space);  // Train's key trains nothing
        QTest::qWait(100);
        QCOMPARE(window.state(), TrainingWorker::State::Idle);
        studiodriver::typeInto(validation, QStringLiteral("50"));
        QTRY_VERIFY(train->isEnabled());
        QVERIFY(!message->isVisible());
    }

    void aProjectPastTheMemoryBudgetShowsWhyAndStaysOutOfRecentFiles()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.json"));
        saveSpiral(big, {2000, 2000}, 200000, 0);  // one batch of 200,000 through 2 × 2000: some 6 GiB
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QToolButton* train = studiodriver::trainButton(window);
        QTRY_VERIFY(train->isEnabled());
#ifndef BACKPROP_SANITIZED  // a build that allocates dies here instead of filling the machine
        const auto restore = capAddressSpace(rlim_t(1) << 30);
#endif
        QVERIFY(window.openFile(big));
        QTRY_VERIFY(bannerText(window).contains(QStringLiteral("GiB of memory")));
        QVERIFY2(bannerText(window).contains(QStringLiteral("the most is 1 GiB")), qPrintable(bannerText(window)));
        QVERIFY(!train->isEnabled());
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("trainingProblem"))->text().contains(QStringLiteral("a batch of 200,000")));
        QVERIFY(!inRecentFiles(window, big));

        const QString small = dir.filePath(QStringLiteral("small.json"));
        saveSpiral(small, {8}, 400, 32);
        QVERIFY(window.openFile(small));
        QTRY_VERIFY(inRecentFiles(window, small));
        QTRY_VERIFY(train->isEnabled());
        QVERIFY(!inRecentFiles(window, big));
    }

    void runningOutOfMemoryWhileBuildingShowsWhyAndStaysOutOfRecentFiles()
    {
#ifdef BACKPROP_SANITIZED
        QSKIP("the sanitizer reserves terabytes of address space, so no address-space limit can be set");
#endif
        // Within every budget, but the network's 10 million weights need more than this process may take.
        QTemporaryDir dir;
        const QString full = dir.filePath(QStringLiteral("full.json"));
        saveSpiral(full, {3150, 3150}, 400, 32);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QToolButton* train = studiodriver::trainButton(window);
        QTRY_VERIFY(train->isEnabled());
        {
            const auto restore = capAddressSpace(rlim_t(64) << 20);
            QVERIFY(window.openFile(full));
            QTRY_VERIFY(bannerText(window).contains(QStringLiteral("not enough memory")));
        }
        QVERIFY(!train->isEnabled());
        QVERIFY(!inRecentFiles(window, full));
    }
};

QTEST_MAIN(TestStudioLimits)
#include "test_studiolimits.moc"
