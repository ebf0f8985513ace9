// The rate limiter: a burst of requests runs the action twice, at once and when the interval is up.
#include "ratelimiter.h"

#include <QElapsedTimer>
#include <QtTest>

#include <vector>

using namespace bp;

class TestRateLimiter : public QObject {
    Q_OBJECT
private slots:
    void burstRunsNowAndOnceMore()
    {
        std::vector<qint64> runs;  // milliseconds since the burst began
        QElapsedTimer clock;
        RateLimiter limiter(80, [&] { runs.push_back(clock.elapsed()); });
        clock.start();
        for (int k = 0; k < 10; ++k)
            limiter.request();
        QCOMPARE(int(runs.size()), 1);  // the first request ran at once
        QVERIFY(limiter.pending());
        QTRY_COMPARE_WITH_TIMEOUT(int(runs.size()), 2, 2000);
        QVERIFY2(runs[1] >= 75, qPrintable(QStringLiteral("second run after %1 ms").arg(runs[1])));
        QVERIFY(!limiter.pending());
        QTest::qWait(120);
        QCOMPARE(int(runs.size()), 2);  // nothing more was asked for
        limiter.request();              // the interval is long past: runs at once
        QCOMPARE(int(runs.size()), 3);
    }

    void flushAndCancel()
    {
        int runs = 0;
        RateLimiter limiter(10000, [&] { ++runs; });
        limiter.request();
        limiter.request();
        QCOMPARE(runs, 1);
        limiter.flush();  // the waiting run happens now
        QCOMPARE(runs, 2);
        limiter.flush();  // nothing waits
        QCOMPARE(runs, 2);
        limiter.request();
        QVERIFY(limiter.pending());
        limiter.cancel();
        QVERIFY(!limiter.pending());
        QCOMPARE(runs, 2);
    }
};

QTEST_MAIN(TestRateLimiter)
#include "test_ratelimiter.moc"
