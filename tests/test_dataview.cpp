// The data view: the decision map behind 2-D points, and digit tiles with their reconstructions.
#include "dataset.h"
#include "dataview.h"
#include "featurepairpicker.h"
#include "generators.h"
#include "theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QSignalSpy>
#include <QtTest>

using namespace bp;

namespace {

int distance(const QColor& a, const QColor& b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

QImage render(DataView& view, QSize size)
{
    view.resize(size);
    QImage image(size, QImage::Format_RGB32);
    view.render(&image);
    return image;
}

/// Counts the runs of at least `minLength` pixels of exactly colour c along row y.
int runs(const QImage& image, int y, QRgb c, int minLength)
{
    int count = 0, length = 0;
    for (int x = 0; x <= image.width(); ++x) {
        const bool match = x < image.width() && (image.pixel(x, y) & 0xffffff) == (c & 0xffffff);
        if (match) {
            ++length;
        } else {
            count += length >= minLength ? 1 : 0;
            length = 0;
        }
    }
    return count;
}

/// Four features, three classes; features 2 and 3 separate the classes, 0 and 1 are noise.
Dataset fourFeatures()
{
    Dataset d;
    d.name = "four";
    d.X.resize(4, 6);
    d.X << 1, 3, 2, 1, 3, 2,
           2, 1, 3, 3, 2, 1,
           0, 0, 5, 5, 9, 9,
           1, 1, 4, 5, 8, 9;
    d.Y = Matrix::Zero(3, 6);
    for (int j = 0; j < 6; ++j)
        d.Y(j / 2, j) = 1;
    d.featureNames = {"noise_a", "noise_b", "petal_length", "petal_width"};
    d.classNames = {"setosa", "versicolor", "virginica"};
    return d;
}

/// Counts the pixels of image within `tolerance` of colour c.
int count(const QImage& image, const QColor& c, int tolerance = 0)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += distance(image.pixelColor(x, y), c) <= tolerance ? 1 : 0;
    return n;
}

/// A grid of `classes` outputs over pair, all cells predicting class 0 with certainty.
DecisionGrid certainGrid(FeaturePair pair, int classes)
{
    DecisionGrid g;
    g.resolution = 8;
    g.pair = pair;
    g.xMin = g.yMin = -1;
    g.xMax = g.yMax = 10;
    g.values = Matrix::Zero(classes, 64);
    g.values.row(0).setOnes();
    return g;
}

}  // namespace

class TestDataView : public QObject {
    Q_OBJECT
private slots:
    void decisionMapShowsEachClassOnItsSide()
    {
        Dataset d;
        d.name = "two";
        d.X.resize(2, 2);
        d.X << -1, 1,
               -1, 1;
        d.Y.resize(1, 2);
        d.Y << 0, 1;
        d.classNames = {"a", "b"};
        DataView view;
        view.setDataset(d);
        QCOMPARE(view.mode(), DataView::Mode::Plane);

        DecisionGrid g;
        g.resolution = 20;
        g.xMin = g.yMin = -1.2f;
        g.xMax = g.yMax = 1.2f;
        g.values.resize(1, 400);
        for (int c = 0; c < 400; ++c)
            g.values(0, c) = c % 20 < 10 ? 0.0f : 1.0f;  // left half class 0, right half class 1
        view.setDecisionGrid(g);

        const QImage image = render(view, QSize(300, 300));
        const QColor left = image.pixelColor(80, 150), right = image.pixelColor(220, 150);
        QVERIFY(distance(left, theme::classColour(0)) < distance(left, theme::classColour(1)));
        QVERIFY(distance(right, theme::classColour(1)) < distance(right, theme::classColour(0)));
        QVERIFY(left != theme::canvas());  // a tint, not the bare canvas
    }

    void xorCornersShowInASquareFrame()
    {
        DataView view;
        view.setDataset(generate("xor", 4, 0.0, 2, 1));  // the truth table, as the XOR preset makes it
        const QImage image = render(view, QSize(420, 260));  // a wide widget
        // The frame is white before a decision map exists: its white pixels span a square.
        int left = image.width(), right = -1, top = image.height(), bottom = -1;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if ((image.pixel(x, y) & 0xffffff) == 0xffffff) {
                    left = std::min(left, x), right = std::max(right, x);
                    top = std::min(top, y), bottom = std::max(bottom, y);
                }
        const int w = right - left + 1, h = bottom - top + 1;
        QVERIFY2(h > 150, qPrintable(QString("frame %1 × %2").arg(w).arg(h)));
        QVERIFY2(std::abs(w - h) <= 2, qPrintable(QString("frame %1 × %2").arg(w).arg(h)));
        // One dot near each corner of the frame (10 % padding on each side of the span of 2).
        const qreal inset = 0.2 / 2.4;
        for (const QPointF corner : {QPointF(0, 0), QPointF(1, 0), QPointF(0, 1), QPointF(1, 1)}) {
            const int x = left + int(std::lround((inset + corner.x() * (1 - 2 * inset)) * (w - 1)));
            const int y = top + int(std::lround((inset + corner.y() * (1 - 2 * inset)) * (h - 1)));
            QVERIFY2((image.pixel(x, y) & 0xffffff) != 0xffffff, qPrintable(QString("no dot at %1, %2").arg(x).arg(y)));
        }
    }

    void reconstructionsPaintTwoRowsOfTiles()
    {
        // Inputs: blank digits (white) except one lit pixel in the last; outputs: fully lit (dark).
        const int k = 6;
        Matrix inputs = Matrix::Zero(64, k);
        inputs(63, k - 1) = 1;
        const Matrix outputs = Matrix::Ones(64, k);
        DataView view;
        view.setReconstructions(inputs, outputs);
        QCOMPARE(view.mode(), DataView::Mode::Tiles);
        const QImage image = render(view, QSize(480, 240));

        // Find a row crossing k white tiles and a lower row crossing k dark tiles.
        const QRgb white = qRgb(255, 255, 255), ink = theme::ink().rgb();
        int whiteRow = -1, darkRow = -1;
        for (int y = 0; y < image.height(); ++y) {
            if (whiteRow < 0 && runs(image, y, white, 20) == k)
                whiteRow = y;
            if (darkRow < 0 && runs(image, y, ink, 20) == k)
                darkRow = y;
        }
        QVERIFY2(whiteRow >= 0, "no row of input tiles");
        QVERIFY2(darkRow >= 0, "no row of reconstruction tiles");
        QVERIFY(darkRow > whiteRow + 20);  // reconstructions beneath the inputs
    }

    void emptyDatasetPaintsWithoutData()
    {
        DataView view;
        view.setDataset(Dataset{});
        QCOMPARE(view.mode(), DataView::Mode::Empty);
        view.setDecisionGrid(DecisionGrid{});
        const QImage image = render(view, QSize(120, 80));
        QCOMPARE(image.pixelColor(2, 2), theme::canvas());
    }

    void curveShowsThePrediction()
    {
        Dataset d;
        d.name = "sine";
        d.X = Vector::LinSpaced(50, -1, 1).transpose();
        d.Y = d.X.array().sin().matrix();
        DataView view;
        view.setDataset(d);
        QCOMPARE(view.mode(), DataView::Mode::Curve);
        auto orangePixels = [&view] {
            const QImage image = render(view, QSize(300, 200));
            int count = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int xPix = 0; xPix < image.width(); ++xPix)
                    count += image.pixel(xPix, y) == theme::negative().rgb() ? 1 : 0;
            return count;
        };
        QCOMPARE(orangePixels(), 0);
        PredictionCurve curve;
        curve.xMin = -1.2f, curve.xMax = 1.2f;
        curve.values = Matrix::Zero(1, 100);  // the line y = 0 across the whole width
        view.setPredictionCurve(curve);
        QVERIFY(orangePixels() > 250);
    }

    void widerDataShowsTheMostInformativePairAndTheBoxesPickAnother()
    {
        DataView view;
        view.resize(400, 360);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDataset(fourFeatures());
        QCOMPARE(view.mode(), DataView::Mode::Plane);
        QCOMPARE(view.pair(), (FeaturePair{2, 3}));
        QVERIFY(view.picker()->isVisible());
        QComboBox* xBox = view.picker()->box(0);
        QCOMPARE(xBox->currentText(), QStringLiteral("petal_length"));
        QCOMPARE(view.picker()->box(1)->currentText(), QStringLiteral("petal_width"));

        view.setDecisionGrid(certainGrid({2, 3}, 3));  // class 0 everywhere: the frame tinted
        const QImage tinted = render(view, view.size());
        const int tint = count(tinted, Qt::white);

        QSignalSpy chosen(&view, &DataView::pairChosen);
        QTest::mouseClick(xBox, Qt::LeftButton);
        QAbstractItemView* list = xBox->view();
        QTRY_VERIFY(list->isVisible());
        QTest::qWait(QApplication::doubleClickInterval() + 50);  // the popup ignores a release sooner
        const QRect item = list->visualRect(list->model()->index(0, 0));  // noise_a
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, item.center());
        QTRY_COMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().at(0).toInt(), 0);
        QCOMPARE(chosen.first().at(1).toInt(), 3);
        QCOMPARE(view.pair(), (FeaturePair{0, 3}));
        QCOMPARE(xBox->currentText(), QStringLiteral("noise_a"));
        // The map over the old pair is gone: the frame is white until one for (0, 3) arrives.
        QVERIFY(count(render(view, view.size()), Qt::white) > tint + 5000);
        view.setDecisionGrid(certainGrid({2, 3}, 3));  // a late map for the old pair is ignored
        QVERIFY(count(render(view, view.size()), Qt::white) > tint + 5000);
        view.setDecisionGrid(certainGrid({0, 3}, 3));
        QVERIFY(count(render(view, view.size()), Qt::white) < tint + 500);
    }

    void pickingTheOtherAxisFeatureSwapsTheAxes()
    {
        DataView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDataset(fourFeatures());
        QComboBox* yBox = view.picker()->box(1);
        QTest::mouseClick(yBox, Qt::LeftButton);
        QAbstractItemView* list = yBox->view();
        QTRY_VERIFY(list->isVisible());
        QTest::qWait(QApplication::doubleClickInterval() + 50);  // the popup ignores a release sooner
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(2, 0)).center());
        QTRY_COMPARE(view.pair(), (FeaturePair{3, 2}));
    }

    void twoFeaturesNeedNoBoxes()
    {
        Dataset d = fourFeatures();
        d.X.conservativeResize(2, Eigen::NoChange);
        d.featureNames.resize(2);
        DataView view;
        view.show();
        view.setDataset(d);
        QVERIFY(!view.picker()->isVisible());
        QCOMPARE(view.pair(), (FeaturePair{0, 1}));
    }

    void twoInputRegressionShowsThePredictionAsAHeatmap()
    {
        Dataset d;
        d.name = "plane";
        d.X.resize(2, 3);
        d.X << 0, 1, 0,
               0, 0, 1;
        d.Y.resize(1, 3);
        d.Y << -2, 0, 2;  // no class names: regression
        DataView view;
        view.setDataset(d);
        QCOMPARE(view.mode(), DataView::Mode::Plane);
        DecisionGrid g;
        g.resolution = 4;
        g.xMin = g.yMin = -0.2f;
        g.xMax = g.yMax = 1.2f;
        g.values = Matrix::Constant(1, 16, 2.0f);  // the largest target everywhere
        view.setDecisionGrid(g);
        QImage image = render(view, QSize(300, 300));
        QColor centre = image.pixelColor(150, 170);
        QVERIFY2(distance(centre, theme::classColour(1)) < distance(centre, theme::classColour(0)), qPrintable(centre.name()));
        g.values.setConstant(-2.0f);  // the smallest
        view.setDecisionGrid(g);
        image = render(view, QSize(300, 300));
        centre = image.pixelColor(150, 170);
        QVERIFY2(distance(centre, theme::classColour(0)) < distance(centre, theme::classColour(1)), qPrintable(centre.name()));
    }

    void tinyViewsStillPaintWithLongNames()
    {
        Dataset d = fourFeatures();
        d.featureNames = {"a very long feature name indeed", "another very long feature name", "petal_length_in_centimetres", "petal_width_in_centimetres"};
        DataView view;
        view.setDataset(d);
        for (const QSize size : {QSize(200, 160), QSize(120, 60), QSize(40, 30)})
            QCOMPARE(render(view, size).size(), size);
    }

    void misclassifiedSamplesAreRinged()
    {
        DataView view;
        view.setDataset(fourFeatures());
        view.setDecisionGrid(certainGrid({2, 3}, 3));
        const int before = count(render(view, QSize(400, 360)), theme::ink(), 40);
        view.setPredictedClasses({0, 0, 1, 1, 2, 2});  // all right
        QCOMPARE(view.misclassifiedCount(), 0);
        view.setPredictedClasses({0, 0, 0, 1, 2, 0});  // samples 2 and 5 wrong
        QCOMPARE(view.misclassifiedCount(), 2);
        const int after = count(render(view, QSize(400, 360)), theme::ink(), 40);
        QVERIFY2(after > before + 40, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
    }
};

QTEST_MAIN(TestDataView)
#include "test_dataview.moc"
