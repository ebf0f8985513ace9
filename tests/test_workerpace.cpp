// The worker's speed cap over a stretch of a running run: at N epochs a second, the epochs the
// snapshots count over a measured interval stay near N, and a speed chosen mid-run takes hold
// at once. The bounds are generous below (a busy machine trains slower) and tight above (no
// machine may train faster than the cap).
#include "builtindata.h"
#include "projectfile.h"
#include "studiosettings.h"
#include "threadspy.h"
#include "trainingthread.h"

#include <QElapsedTimer>
#include <QTest>

using namespace bp;

namespace {

int newestEpoch(const QList<QList<QVariant>>& snapshots)
{
    return snapshots.isEmpty() ? 0 : snapshots.last().at(0).value<Snapshot>().report.epoch;
}

// The epochs the snapshots count over about ms milliseconds, and the seconds that really took.
std::pair<int, double> epochsOver(const QList<QList<QVariant>>& snapshots, int ms)
{
    const int first = newestEpoch(snapshots);
    QElapsedTimer clock;
    clock.start();
    QTest::qWait(ms);
    return {newestEpoch(snapshots) - first, double(clock.elapsed()) / 1000.0};
}

}  // namespace

class TestWorkerPace : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { studiotest::useTestSettings(); }

    void capHoldsOverAStretchAndFollowsANewSpeed()
    {
        TrainingThread host;
        ThreadSpy snapshots(host.worker(), &TrainingWorker::snapshot);
        Project p = ProjectFile::fromJson(*presetText(QStringLiteral("xor")), "xor");
        p.training.epochs = 100000000;  // XOR unpaced trains thousands of epochs a second
        host.invoke([w = host.worker(), p] { w->load(p); w->setSpeed(20); w->train(); });
        QTRY_VERIFY_WITH_TIMEOUT(newestEpoch(snapshots) > 0, 10000);

        // A snapshot may arrive up to one snapshot gap late at either end: allow 0.1 s and an epoch more.
        const auto check = [](int cap, std::pair<int, double> measured) {
            const auto [epochs, seconds] = measured;
            const QString what = QStringLiteral("%1 epochs in %2 s at a cap of %3/s").arg(epochs).arg(seconds).arg(cap);
            qInfo("%s", qPrintable(what));
            QVERIFY2(epochs <= cap * (seconds + 0.1) + 1, qPrintable(what));
            QVERIFY2(epochs >= cap * seconds / 3, qPrintable(what));
        };
        QTest::qWait(300);
        const auto slow = epochsOver(snapshots, 1500);
        check(20, slow);

        host.invoke([w = host.worker()] { w->setSpeed(60); });
        QTest::qWait(300);
        const auto fast = epochsOver(snapshots, 1500);
        check(60, fast);
        QVERIFY2(fast.first > slow.first, qPrintable(QStringLiteral("%1 then %2").arg(slow.first).arg(fast.first)));

        host.invoke([w = host.worker()] { w->setSpeed(20); });
        QTest::qWait(300);
        check(20, epochsOver(snapshots, 1500));
        host.pause();
    }
};

QTEST_MAIN(TestWorkerPace)
#include "test_workerpace.moc"
