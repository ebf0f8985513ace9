// The data view: the decision map behind 2-D points, and digit tiles with their reconstructions.
#include "dataset.h"
#include "dataview.h"
#include "generators.h"
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
        QVERIFY2(h > 200, qPrintable(QString("frame %1 × %2").arg(w).arg(h)));
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
