// The loss chart: data counts per graph, incremental appends, log scale, marker, the hover
// readout and PNG export.
#include "losschartwidget.h"

#include <QImage>
#include <QTemporaryDir>
#include <QtTest>
#include <qcustomplot.h>

#include <cmath>

using namespace bp;

namespace {

/// Epochs first..last of a falling loss; validation on even epochs only; accuracy on every epoch.
std::vector<HistoryEntry> falling(int first, int last)
{
    std::vector<HistoryEntry> h;
    for (int e = first; e <= last; ++e) {
        HistoryEntry entry;
        entry.epoch = e;
        entry.trainLoss = Scalar(std::exp(-0.05 * e));
        if (e % 2 == 0) {
            entry.validationLoss = Scalar(1.1 * std::exp(-0.04 * e));
            entry.validationAccuracy = Scalar(0.5 + 0.004 * e);
        }
        entry.accuracy = Scalar(0.5 + 0.005 * e);
        h.push_back(entry);
    }
    return h;
}

}  // namespace

class TestLossChart : public QObject {
    Q_OBJECT
private slots:
    void appendAddsOnePointPerEntry()
    {
        LossChartWidget chart;
        chart.setClassifier(true);
        chart.append(falling(1, 100));
        QCustomPlot* plot = chart.plot();
        QCOMPARE(plot->graphCount(), 4);
        QCOMPARE(plot->graph(0)->dataCount(), 100);  // training loss
        QCOMPARE(plot->graph(1)->dataCount(), 50);   // validation loss: even epochs only
        QCOMPARE(plot->graph(2)->dataCount(), 100);  // accuracy
        QCOMPARE(plot->graph(3)->dataCount(), 50);   // validation accuracy
        QCOMPARE(plot->graph(2)->data()->at(99)->value, 100.0);  // accuracy in percent: 0.5 + 0.5
        QVERIFY(plot->yAxis->range().upper >= std::exp(-0.05));   // the largest loss is in view
        QCOMPARE(plot->xAxis->range().upper, 100.0);

        chart.append(falling(95, 110));  // epochs already shown are skipped
        QCOMPARE(plot->graph(0)->dataCount(), 110);
        QCOMPARE(plot->graph(1)->dataCount(), 55);
        chart.setHistory(falling(1, 10));
        QCOMPARE(plot->graph(0)->dataCount(), 10);
        chart.clear();
        QCOMPARE(plot->graph(0)->dataCount(), 0);
    }

    void classifierShowsAccuracyAxis()
    {
        LossChartWidget chart;
        chart.append(falling(1, 20));
        QVERIFY(!chart.plot()->yAxis2->visible());
        QVERIFY(!chart.plot()->graph(2)->visible());
        QCOMPARE(chart.plot()->legend->itemCount(), 2);  // training and validation loss
        chart.setClassifier(true);
        QVERIFY(chart.plot()->yAxis2->visible());
        QCOMPARE(chart.plot()->legend->itemCount(), 4);
    }

    void legendWrapsToFitTheWidth()
    {
        LossChartWidget chart;
        chart.setAttribute(Qt::WA_DontShowOnScreen);
        chart.setClassifier(true);
        chart.append(falling(1, 20));
        QCPLegend* legend = chart.plot()->legend;
        chart.resize(900, 300);
        chart.show();
        QTRY_COMPARE(legend->rowCount(), 1);  // all four entries side by side
        chart.resize(380, 300);
        QTRY_COMPARE(legend->rowCount(), 2);  // losses over accuracies
        QVERIFY(legend->minimumOuterSizeHint().width() <= 380);
        chart.resize(240, 300);
        QTRY_COMPARE(legend->rowCount(), 4);  // one entry to a row
    }

    void tickLabelsKeepApartWhenSmall()
    {
        LossChartWidget chart;
        chart.setAttribute(Qt::WA_DontShowOnScreen);
        chart.setClassifier(true);
        chart.append(falling(1, 30000));
        chart.show();
        // Returns the smallest pixel gap between neighbouring tick labels' centres on axis.
        auto closest = [&chart](QCPAxis* axis) {
            chart.plot()->replot();
            const QVector<double> ticks = axis->tickVector();
            double gap = 1e9;
            for (int i = 1; i < ticks.size(); ++i)
                gap = std::min(gap, std::abs(axis->coordToPixel(ticks[i]) - axis->coordToPixel(ticks[i - 1])));
            return gap;
        };
        const QFontMetrics fm(chart.plot()->xAxis->tickLabelFont());
        for (const QSize size : {QSize(240, 160), QSize(300, 220), QSize(900, 600)}) {
            chart.resize(size);
            QTest::qWait(20);
            const QString at = QStringLiteral("%1×%2: axis rect %3×%4, y gap %5, ticks %6, fm %7").arg(size.width()).arg(size.height())
                .arg(chart.plot()->axisRect()->width()).arg(chart.plot()->axisRect()->height()).arg(closest(chart.plot()->yAxis))
                .arg(chart.plot()->yAxis->tickVector().size()).arg(fm.height())
                + QStringLiteral(", x gap %1 ticks %2").arg(closest(chart.plot()->xAxis)).arg(chart.plot()->xAxis->tickVector().size());
            QVERIFY2(closest(chart.plot()->yAxis) >= fm.height(), qPrintable(at));
            QVERIFY2(closest(chart.plot()->yAxis2) >= fm.height(), qPrintable(at));
            QVERIFY2(closest(chart.plot()->xAxis) >= fm.horizontalAdvance(QStringLiteral("30000")) + 10, qPrintable(at));
        }
        QCOMPARE(chart.plot()->yAxis2->tickVector().size(), 5);  // tall: 0, 25, 50, 75, 100 %
    }

    void logScaleTogglesTheLossAxis()
    {
        LossChartWidget chart;
        chart.append(falling(1, 100));
        QCOMPARE(chart.plot()->yAxis->scaleType(), QCPAxis::stLinear);
        QCOMPARE(chart.plot()->yAxis->range().lower, 0.0);
        chart.setLogScale(true);
        QCOMPARE(chart.plot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
        QVERIFY(chart.plot()->yAxis->range().lower > 0);
        QVERIFY(chart.plot()->yAxis->range().lower < std::exp(-5.0));  // the smallest loss is in view
        chart.setLogScale(false);
        QCOMPARE(chart.plot()->yAxis->scaleType(), QCPAxis::stLinear);
    }

    void markerIsAVerticalLineAtTheEpoch()
    {
        LossChartWidget chart;
        chart.append(falling(1, 100));
        chart.setMarker(40);
        QCPItemStraightLine* marker = nullptr;
        for (int i = 0; i < chart.plot()->itemCount(); ++i)
            if (auto* line = qobject_cast<QCPItemStraightLine*>(chart.plot()->item(i)))
                marker = line;
        QVERIFY(marker);
        QVERIFY(marker->visible());
        QCOMPARE(marker->point1->key(), 40.0);
        QCOMPARE(marker->point2->key(), 40.0);
        chart.setMarker(0);
        QVERIFY(!marker->visible());
    }

    void readoutShowsTheHoveredEpochsNumbers()
    {
        LossChartWidget chart;
        chart.setAttribute(Qt::WA_DontShowOnScreen);
        chart.setClassifier(true);
        chart.append(falling(1, 20));
        chart.resize(600, 400);
        chart.show();
        QCustomPlot* plot = chart.plot();
        plot->replot();
        QCPItemText* card = nullptr;
        for (int i = 0; i < plot->itemCount(); ++i)
            if (auto* text = qobject_cast<QCPItemText*>(plot->item(i)))
                card = text;
        QVERIFY(card);
        QVERIFY(!card->visible());
        auto hover = [plot](double epoch) {
            const QPointF at(plot->xAxis->coordToPixel(epoch), plot->height() / 2.0);
            QMouseEvent move(QEvent::MouseMove, at, plot->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
            QApplication::sendEvent(plot, &move);
        };
        hover(10.3);  // nearest epoch 10, which has every number
        QVERIFY(card->visible());
        QCOMPARE(card->text(), QStringLiteral("epoch 10\ntraining loss  0.6065\nvalidation loss  0.7374"
                                              "\naccuracy  55.0 %\nvalidation accuracy  54.0 %"));
        hover(10.8);  // epoch 11: no validation that epoch
        QCOMPARE(card->text(), QStringLiteral("epoch 11\ntraining loss  0.5769\naccuracy  55.5 %"));
    }

    void savePngWritesTheAskedSize()
    {
        QTemporaryDir dir;
        LossChartWidget chart;
        chart.setClassifier(true);
        const auto history = falling(1, 100);
        chart.append(history);
        const QString path = dir.filePath("loss.png");
        QVERIFY(chart.savePng(path, history, nullptr, QSize(640, 360)));
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(640, 360));
        // The training loss is drawn in blue somewhere in the picture.
        bool blue = false;
        for (int y = 0; y < image.height() && !blue; ++y)
            for (int x = 0; x < image.width() && !blue; ++x) {
                const QColor c = image.pixelColor(x, y);
                blue = c.blue() > 180 && c.red() < 90;
            }
        QVERIFY(blue);
    }
};

QTEST_MAIN(TestLossChart)
#include "test_losschart.moc"
