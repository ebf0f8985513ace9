// Dashed loss curves: the dash cutting is exact, and the picture matches Qt's own dashed stroke.
#include "dashedgraph.h"

#include <QImage>
#include <QtTest>
#include <qcustomplot.h>

#include <cmath>
#include <ctime>
#include <limits>

using namespace bp;

namespace {

// A plot of a wobbly falling curve of n points drawn with a dashed pen 2 px wide, by a plain
// QCPGraph or by a DashedGraph.
struct Plot {
    QCustomPlot plot;
    QCPGraph* graph;

    Plot(bool dashedGraph, int n)
    {
        plot.resize(400, 300);
        graph = dashedGraph ? new DashedGraph(plot.xAxis, plot.yAxis) : plot.addGraph();
        graph->setPen(QPen(Qt::black, 2.0, Qt::DashLine));
        graph->setAntialiased(true);
        for (int i = 0; i < n; ++i)
            graph->addData(i, std::exp(-3.0 * i / n) + 0.03 * std::sin(0.7 * i));
        plot.rescaleAxes();
    }
    QImage image() { return plot.toPixmap(400, 300).toImage().convertToFormat(QImage::Format_RGB32); }
};

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double medianReplotMs(Plot& p)
{
    std::vector<double> ms;
    for (int k = 0; k < 9; ++k) {
        const double t0 = threadCpuMs();
        p.plot.replot(QCustomPlot::rpImmediateRefresh);
        ms.push_back(threadCpuMs() - t0);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

}  // namespace

class TestDashedGraph : public QObject {
    Q_OBJECT
private slots:
    void straightLineIsCutByThePattern()
    {
        const auto d = DashedGraph::dashes({{0, 0}, {20, 0}}, {4, 2});
        QCOMPARE(int(d.size()), 4);  // [0, 4], [6, 10], [12, 16], [18, 20]
        QCOMPARE(d[0], QLineF(0, 0, 4, 0));
        QCOMPARE(d[1], QLineF(6, 0, 10, 0));
        QCOMPARE(d[2], QLineF(12, 0, 16, 0));
        QCOMPARE(d[3], QLineF(18, 0, 20, 0));
    }

    void dashesTurnCornersAndRestartAfterGaps()
    {
        const qreal nan = std::numeric_limits<qreal>::quiet_NaN();
        // 3 right, then 10 down: the first dash bends round the corner at (3, 0).
        auto d = DashedGraph::dashes({{0, 0}, {3, 0}, {3, 10}}, {4, 2});
        QCOMPARE(int(d.size()), 4);
        QCOMPARE(d[0], QLineF(0, 0, 3, 0));
        QCOMPARE(d[1], QLineF(3, 0, 3, 1));
        QCOMPARE(d[2], QLineF(3, 3, 3, 7));
        QCOMPARE(d[3], QLineF(3, 9, 3, 10));
        // A NaN breaks the line; the pattern starts afresh after it.
        d = DashedGraph::dashes({{0, 0}, {5, 0}, {nan, nan}, {10, 0}, {15, 0}}, {4, 2});
        QCOMPARE(int(d.size()), 2);
        QCOMPARE(d[0], QLineF(0, 0, 4, 0));
        QCOMPARE(d[1], QLineF(10, 0, 14, 0));
        QVERIFY(DashedGraph::dashes({{0, 0}, {5, 0}}, {}).empty());
    }

    void looksLikeQtsDashedStroke()
    {
        Plot qt(false, 400), ours(true, 400);
        const QImage a = qt.image(), b = ours.image();
        QCOMPARE(a.size(), b.size());
        // Inked pixels (darker than mid grey) in either picture, and how many of them disagree
        // by more than a third of the range: anti-aliased fringes may differ, dashes may not.
        int inked = 0, differing = 0;
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x) {
                const int ga = qGray(a.pixel(x, y)), gb = qGray(b.pixel(x, y));
                if (std::min(ga, gb) > 128)
                    continue;
                ++inked;
                differing += std::abs(ga - gb) > 85 ? 1 : 0;
            }
        QVERIFY2(inked > 1000, qPrintable(QStringLiteral("only %1 inked pixels").arg(inked)));
        QVERIFY2(differing < inked / 20,
                 qPrintable(QStringLiteral("%1 of %2 inked pixels differ").arg(differing).arg(inked)));
    }

    void replotsFasterThanQt()
    {
#ifdef BACKPROP_SANITIZED
        QSKIP("a speed comparison under the sanitizers measures the sanitizers");
#endif
        Plot qt(false, 3000), ours(true, 3000);
        const double qtMs = medianReplotMs(qt), oursMs = medianReplotMs(ours);
        qInfo("replot of 3000 dashed points: Qt %.2f ms CPU, DashedGraph %.2f ms CPU", qtMs, oursMs);
        QVERIFY2(oursMs < 0.6 * qtMs, "cutting the dashes ourselves should save at least 40 %");
    }
};

QTEST_MAIN(TestDashedGraph)
#include "test_dashedgraph.moc"
