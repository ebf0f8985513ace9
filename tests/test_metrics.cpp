// Accuracy counts: thresholds for one output, argmax for several, ties and column blocks.
#include "metrics.h"
#include "random.h"

#include <QTest>

using namespace bp;

class TestMetrics : public QObject {
    Q_OBJECT
private slots:
    void oneOutputThresholdsAtHalf()
    {
        Matrix P(1, 5), Y(1, 5);
        P << 0.2f, 0.5f, 0.49f, 0.9f, 0.7f;
        Y << 0.0f, 1.0f, 1.0f, 1.0f, 0.0f;
        QCOMPARE(correctCount(P, Y), Index(3));  // 0.5 counts as class 1; 0.49 and 0.7 are wrong
        QCOMPARE(accuracy(P, Y), 0.6f);
    }

    void severalOutputsCompareArgmax()
    {
        Matrix P(3, 4), Y(3, 4);
        P << 0.1f, 0.7f, 0.3f, 0.4f,
             0.8f, 0.2f, 0.3f, 0.4f,
             0.1f, 0.1f, 0.4f, 0.2f;
        Y << 0, 1, 0, 1,
             1, 0, 0, 0,
             0, 0, 1, 0;
        // Columns 0–2 are right; column 3 ties between rows 0 and 1, and the first one wins.
        QCOMPARE(correctCount(P, Y), Index(4));
        Y.col(3) << 0, 1, 0;
        QCOMPARE(correctCount(P, Y), Index(3));
    }

    void columnBlocksAndEmptyBatches()
    {
        Random r(5);
        Matrix P(4, 50), Y = Matrix::Zero(4, 50);
        for (Index j = 0; j < 50; ++j) {
            for (Index i = 0; i < 4; ++i)
                P(i, j) = r.uniform();
            Y(Index(r.below(4)), j) = 1;
        }
        Index want = 0;
        for (Index j = 10; j < 30; ++j) {
            Index p = 0, y = 0;
            P.col(j).maxCoeff(&p);
            Y.col(j).maxCoeff(&y);
            want += p == y;
        }
        QVERIFY(want > 0 && want < 20);  // a count that could be wrong either way
        QCOMPARE(correctCount(P.middleCols(10, 20), Y.middleCols(10, 20)), want);
        QCOMPARE(accuracy(P.middleCols(0, 0), Y.middleCols(0, 0)), 0.0f);
    }
};

QTEST_APPLESS_MAIN(TestMetrics)
#include "test_metrics.moc"
