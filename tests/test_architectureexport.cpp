// Architecture pictures: PNGs with the asked pixels and background, the last ΔW shown even after the
// screen has faded, and SVGs drawn as vectors and text.
#include "architectureexport.h"
#include "exporttestdata.h"

#include <QGuiApplication>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace bp;
using namespace exporttest;

class TestArchitectureExport : public QObject {
    Q_OBJECT
private slots:
    void pngHasTheAskedPixels()
    {
        QTemporaryDir dir;
        NetworkPainter painter;
        painter.setSpec(NetworkSpec{4, {{8, Activation::ReLU}, {6, Activation::Tanh}, {3, Activation::Softmax}}});
        const QString path = dir.filePath("arch.png");
        QString error;
        QVERIFY2(exportArchitecturePng(painter, path, QSize(400, 300), 2, NetworkPainter::Background::Light, &error),
                 qPrintable(error));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(800, 600));
        QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white));  // light background
        int ink = 0;  // neuron outlines and labels are dark
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                ink += qGray(image.pixel(x, y)) < 120 ? 1 : 0;
        QVERIFY(ink > 500);
        QVERIFY(exportArchitecturePng(painter, dir.filePath("t.png"), QSize(200, 100), 1,
                                      NetworkPainter::Background::Transparent));
        QCOMPARE(QImage(dir.filePath("t.png")).pixelColor(0, 0).alpha(), 0);
        QVERIFY(!exportArchitecturePng(painter, dir.filePath("no/such/dir.png"), QSize(200, 100), 1,
                                       NetworkPainter::Background::Light, &error));
        QVERIFY(error.contains("no/such/dir.png"));
        // A scale between the offered ones is refused, and the message lists exactly those accepted.
        QVERIFY(!exportArchitecturePng(painter, dir.filePath("half.png"), QSize(200, 100), 1.5,
                                       NetworkPainter::Background::Light, &error));
        QVERIFY2(error.endsWith("the scale must be 1, 2 or 4"), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath("half.png")));
    }

    void pngShowsTheLastChangesEvenWhenTheScreenHasFaded()
    {
        // The on-screen graph fades to rest after a report; an exported picture must show the last
        // epoch's ΔW at full strength all the same: exactly the picture of an unfaded graph.
        std::vector<HistoryEntry> history;
        std::vector<EpochReport> reports;
        recordRun(1, history, &reports);
        NetworkPainter painter;
        painter.setSpec(kSpec);
        QVERIFY(painter.setReport(reports.back()));
        QTemporaryDir dir;
        painter.setFade(1);
        QVERIFY(exportArchitecturePng(painter, dir.filePath("lit.png"), QSize(480, 270), 1, NetworkPainter::Background::Light));
        painter.setFade(0);
        QVERIFY(exportArchitecturePng(painter, dir.filePath("faded.png"), QSize(480, 270), 1, NetworkPainter::Background::Light));
        const QImage lit(dir.filePath("lit.png"));
        QVERIFY(countHue(lit, true) > 20 && countHue(lit, false) > 20);
        QCOMPARE(QImage(dir.filePath("faded.png")), lit);
    }

    void svgIsVector()
    {
        QTemporaryDir dir;
        NetworkPainter painter;
        painter.setSpec(kSpec);
        const QString path = dir.filePath("arch.svg");
        QString error;
        QVERIFY2(exportArchitectureSvg(painter, path, QSize(640, 360), NetworkPainter::Background::Light, &error),
                 qPrintable(error));
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        QVERIFY(!renderer.viewBoxF().isEmpty());
        QCOMPARE(renderer.viewBoxF().size(), QSizeF(640, 360));
        const QByteArray text = readAll(path);
        QVERIFY(text.contains("<path") || text.contains("<line"));
        QVERIFY(!text.contains("<image"));  // edges are not a picture
        QVERIFY(text.contains("input 2"));  // labels are text
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);  // the export needs no widgets
    TestArchitectureExport test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_architectureexport.moc"
