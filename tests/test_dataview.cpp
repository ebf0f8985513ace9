// The data view: the decision map behind 2-D points, and digit tiles with their reconstructions.
#include "dataset.h"
#include "dataview.h"
#include "theme.h"

#include <QImage>
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
        const Matrix x = view.curveInputs(100);
        QCOMPARE(x.cols(), Index(100));
        QVERIFY(x(0, 0) < -1 && x(0, 99) > 1);  // the padded range
        auto orangePixels = [&view] {
            const QImage image = render(view, QSize(300, 200));
            int count = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int xPix = 0; xPix < image.width(); ++xPix)
                    count += image.pixel(xPix, y) == theme::negative().rgb() ? 1 : 0;
            return count;
        };
        QCOMPARE(orangePixels(), 0);
        view.setPredictionCurve(Matrix::Zero(1, 100));  // the line y = 0 across the whole width
        QVERIFY(orangePixels() > 250);
    }
};

QTEST_MAIN(TestDataView)
#include "test_dataview.moc"
