// The static loss chart of exported pictures: its ticks, its curves and that it draws the chart
// the studio shows on screen.
#include "axisticks.h"
#include "charttheme.h"
#include "losschartpainter.h"
#include "losschartwidget.h"

#include <QImage>
#include <QtTest>

#include <cmath>

using namespace bp;

namespace {

std::vector<HistoryEntry> falling(int epochs, bool classifier)
{
    std::vector<HistoryEntry> h;
    for (int e = 1; e <= epochs; ++e) {
        HistoryEntry entry;
        entry.epoch = e;
        entry.trainLoss = Scalar(0.9 * std::exp(-0.03 * e) + 0.05);
        entry.validationLoss = Scalar(1.0 * std::exp(-0.025 * e) + 0.08);
        if (classifier)
            entry.accuracy = Scalar(0.95 - 0.6 * std::exp(-0.04 * e));
        h.push_back(entry);
    }
    return h;
}

/// Returns, for each column, the mean row of the pixels close to colour below the legend row (the
/// top 40 pixels); -1 where there are none.
std::vector<double> curveRows(const QImage& image, QColor colour)
{
    std::vector<double> rows(std::size_t(image.width()), -1);
    for (int x = 0; x < image.width(); ++x) {
        double sum = 0;
        int n = 0;
        for (int y = 40; y < image.height(); ++y) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) + std::abs(c.blue() - colour.blue()) < 60) {
                sum += y;
                ++n;
            }
        }
        rows[std::size_t(x)] = n > 0 ? sum / n : -1;
    }
    return rows;
}

QStringList labels(const std::vector<AxisTick>& ticks)
{
    QStringList out;
    for (const AxisTick& t : ticks)
        out << t.label;
    return out;
}

}  // namespace

class TestLossChartPainter : public QObject {
    Q_OBJECT
private slots:
    void ticksAreRoundNumbers()
    {
        QCOMPARE(labels(AxisTicks::linear(0, 1.08, 5)), QStringList({"0", "0.2", "0.4", "0.6", "0.8", "1"}));
        QCOMPARE(labels(AxisTicks::linear(1, 200, 6, 1)), QStringList({"25", "50", "75", "100", "125", "150", "175", "200"}));
        QCOMPARE(labels(AxisTicks::linear(1, 4, 6, 1)), QStringList({"1", "2", "3", "4"}));  // whole epochs only
        QCOMPARE(labels(AxisTicks::log(1e-5, 2, 6)), QStringList({"1·10⁻⁵", "0.0001", "0.001", "0.01", "0.1", "1"}));
        QCOMPARE(labels(AxisTicks::percent(50)), QStringList({"0 %", "50 %", "100 %"}));
    }

    void drawsTheCurvesInTheirColours()
    {
        LossChartPainter chart;
        const std::vector<HistoryEntry> h = falling(100, true);
        const QImage plain = chart.image(QSize(640, 360), h);
        chart.setClassifier(true);
        const QImage classifier = chart.image(QSize(640, 360), h);
        auto drawn = [](const QImage& image, QColor colour) {
            const std::vector<double> rows = curveRows(image, colour);
            return std::count_if(rows.begin(), rows.end(), [](double r) { return r >= 0; });
        };
        QCOMPARE(plain.size(), QSize(640, 360));
        QVERIFY(drawn(plain, charttheme::curvePen(charttheme::Curve::TrainLoss).color()) > 300);
        QVERIFY(drawn(plain, charttheme::curvePen(charttheme::Curve::ValidationLoss).color()) > 100);
        QCOMPARE(drawn(plain, charttheme::curvePen(charttheme::Curve::Accuracy).color()), 0);
        // A thin line: where it runs between two pixel rows neither has its full colour.
        const auto accuracy = drawn(classifier, charttheme::curvePen(charttheme::Curve::Accuracy).color());
        QVERIFY2(accuracy > 150, qPrintable(QString::number(accuracy)));
    }

    void drawsTheChartTheStudioShows()
    {
        // The same history on screen (QCustomPlot) and in a picture (the painter): the training
        // loss curve runs along the same rows, within a few pixels, across the chart.
        const QSize size = charttheme::exportSize;
        const std::vector<HistoryEntry> h = falling(300, true);
        LossChartWidget screen;
        screen.setClassifier(true);
        screen.setHistory(h);
        screen.resize(size);
        const QImage shown = screen.grab().toImage();
        LossChartPainter painter;
        painter.setClassifier(true);
        const QImage picture = painter.image(size, h);
        const QColor blue = charttheme::curvePen(charttheme::Curve::TrainLoss).color();
        const std::vector<double> a = curveRows(shown, blue), b = curveRows(picture, blue);
        int compared = 0, worst = 0;
        for (std::size_t x = 0; x < a.size(); ++x)
            if (a[x] >= 0 && b[x] >= 0) {
                ++compared;
                worst = std::max(worst, int(std::lround(std::abs(a[x] - b[x]))));
            }
        QVERIFY2(compared > size.width() * 3 / 4, qPrintable(QString::number(compared)));
        QVERIFY2(worst <= 8, qPrintable(QStringLiteral("rows differ by up to %1 px").arg(worst)));
    }
};

QTEST_MAIN(TestLossChartPainter)
#include "test_losschartpainter.moc"
