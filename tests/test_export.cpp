// Exports: a recorded run decodes back to the asked frames, size, delays and loop; frames flash green
// and red; PNG and SVG pictures come out as asked; a cancelled export leaves no file; same seed, same bytes.
#include "architectureexport.h"
#include "coretestdata.h"
#include "gifrecorder.h"
#include "trainer.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <gif_lib.h>

#include <cstring>

using namespace bp;

namespace {

const NetworkSpec kSpec{2, {{3, Activation::Tanh}, {1, Activation::Sigmoid}}, Init::Glorot};
const QSize kFrameSize(320, 180);
constexpr int kEpochs = 40, kEvery = 4;
constexpr double kFps = 8;  // 12.5 cs per frame: delays alternate 12 and 13

// A 40-epoch XOR run recorded every 4 epochs; history receives the run's loss history.
GifRecorder recordRun(std::uint64_t seed, std::vector<HistoryEntry>& history, std::vector<EpochReport>* reports = nullptr)
{
    static const Dataset data = coretest::xorData();
    static const Dataset none;
    Network net(kSpec);
    net.initialise(seed);
    TrainConfig c;
    c.loss = Loss::BinaryCrossEntropy;
    c.optimizer.kind = OptimizerKind::Adam;
    c.optimizer.learningRate = 0.05f;
    c.epochs = kEpochs;
    c.batchSize = 0;
    c.seed = seed;
    GifRecorder::Options o;
    o.every = kEvery;
    o.fps = kFps;
    o.holdSeconds = 0;
    o.frame.size = kFrameSize;
    o.frame.chart = true;
    GifRecorder recorder(kSpec, false, kEpochs, o);
    Trainer trainer(net, data, none, c);
    trainer.setObserver([&](const EpochReport& r) {
        recorder.record(r);
        if (reports)
            reports->push_back(r);
    }, kEvery);
    trainer.run();
    history = trainer.history();
    return recorder;
}

struct Decoded {
    QSize size;
    int frames = 0;
    bool loops = false;  // NETSCAPE2.0 with loop count 0
    QList<int> delays;
    QList<QImage> composites;  // the screen after each frame
};

Decoded decodeGif(const QString& path)
{
    Decoded d;
    int error = 0;
    GifFileType* gif = DGifOpenFileName(QFile::encodeName(path).constData(), &error);
    if (!gif)
        return d;
    if (DGifSlurp(gif) == GIF_OK) {
        d.size = QSize(gif->SWidth, gif->SHeight);
        d.frames = gif->ImageCount;
        QImage screen(d.size, QImage::Format_RGB32);
        screen.fill(Qt::black);
        for (int i = 0; i < gif->ImageCount; ++i) {
            const SavedImage& s = gif->SavedImages[i];
            for (int b = 0; b + 1 < s.ExtensionBlockCount; ++b) {
                const ExtensionBlock& app = s.ExtensionBlocks[b];
                const ExtensionBlock& sub = s.ExtensionBlocks[b + 1];
                if (app.Function == APPLICATION_EXT_FUNC_CODE && app.ByteCount == 11
                    && std::memcmp(app.Bytes, "NETSCAPE2.0", 11) == 0 && sub.ByteCount == 3)
                    d.loops = sub.Bytes[0] == 1 && sub.Bytes[1] == 0 && sub.Bytes[2] == 0;
            }
            GraphicsControlBlock gcb{};
            gcb.TransparentColor = NO_TRANSPARENT_COLOR;
            DGifSavedExtensionToGCB(gif, i, &gcb);
            d.delays.append(gcb.DelayTime);
            const GifImageDesc& r = s.ImageDesc;
            const ColorMapObject* map = r.ColorMap ? r.ColorMap : gif->SColorMap;
            for (int y = 0; y < r.Height; ++y)
                for (int x = 0; x < r.Width; ++x) {
                    const int k = s.RasterBits[y * r.Width + x];
                    if (k != gcb.TransparentColor)
                        screen.setPixel(r.Left + x, r.Top + y,
                                        qRgb(map->Colors[k].Red, map->Colors[k].Green, map->Colors[k].Blue));
                }
            d.composites.append(screen.copy());
        }
    }
    DGifCloseFile(gif, &error);
    return d;
}

// Counts clearly green (g ≫ r, b) or clearly red (r ≫ g, b) pixels in the graph's part of a frame.
int countHue(const QImage& frame, bool green)
{
    int n = 0;
    for (int y = 0; y < frame.height(); ++y)
        for (int x = 0; x < frame.width() * 55 / 100; ++x) {
            const QRgb c = frame.pixel(x, y);
            const int main = green ? qGreen(c) : qRed(c), other = green ? qRed(c) : qGreen(c);
            n += main > other + 50 && main > qBlue(c) + 50 && (green || qRed(c) > 2 * qGreen(c) - 30) ? 1 : 0;
        }
    return n;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestExport : public QObject {
    Q_OBJECT
private slots:
    void gifDecodesToTheRecordedRun()
    {
        QTemporaryDir dir;
        std::vector<HistoryEntry> history;
        std::vector<EpochReport> reports;
        const GifRecorder recorder = recordRun(7, history, &reports);
        QCOMPARE(recorder.frameCount(), kEpochs / kEvery);
        const QString path = dir.filePath("run.gif");
        QString error;
        QVERIFY2(recorder.save(path, history, {}, &error), qPrintable(error));
        const Decoded d = decodeGif(path);
        QCOMPARE(d.frames, kEpochs / kEvery);
        QCOMPARE(d.size, kFrameSize);
        QVERIFY(d.loops);
        for (int i = 0; i < d.frames; ++i)  // frame i ends at round(100 (i + 1) / 8) cs
            QCOMPARE(d.delays[i], int(std::lround(100.0 * (i + 1) / kFps) - std::lround(100.0 * i / kFps)));

        // A frame whose first layer's ΔW has both signs shows both green and red edges.
        int checked = 0;
        for (int i = 0; i < d.frames; ++i) {
            const Matrix& dW = reports[std::size_t(i)].layers[0].dW;
            QCOMPARE(reports[std::size_t(i)].epoch, (i + 1) * kEvery);
            if (dW.maxCoeff() > 0 && dW.minCoeff() < 0) {
                QVERIFY2(countHue(d.composites[i], true) > 20, qPrintable(QString("frame %1 has no green").arg(i)));
                QVERIFY2(countHue(d.composites[i], false) > 20, qPrintable(QString("frame %1 has no red").arg(i)));
                ++checked;
            }
        }
        QVERIFY(checked > 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);  // no temporary left behind
    }

    void sameSeedSameBytes()
    {
        QTemporaryDir dir;
        std::vector<HistoryEntry> h1, h2, h3;
        QVERIFY(recordRun(11, h1).save(dir.filePath("a.gif"), h1));
        QVERIFY(recordRun(11, h2).save(dir.filePath("b.gif"), h2));
        QVERIFY(recordRun(12, h3).save(dir.filePath("c.gif"), h3));
        const QByteArray a = readAll(dir.filePath("a.gif"));
        QVERIFY(a.size() > 1000);
        QCOMPARE(a, readAll(dir.filePath("b.gif")));
        QVERIFY(a != readAll(dir.filePath("c.gif")));  // another seed, another run
    }

    void cancelLeavesNoFile()
    {
        QTemporaryDir dir;
        std::vector<HistoryEntry> history;
        const GifRecorder recorder = recordRun(3, history);
        const QString path = dir.filePath("cancelled.gif");
        int calls = 0;
        QString error;
        QVERIFY(!recorder.save(path, history, [&](int done, int) { ++calls; return done < 3; }, &error));
        QCOMPARE(calls, 3);
        QVERIFY(error.contains(path));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        // The same through render-then-encode, the studio's path.
        const QList<QImage> frames = recorder.renderFrames(history);
        QCOMPARE(frames.size(), kEpochs / kEvery);
        QVERIFY(!recorder.encode(frames, path, [](int done, int) { return done < 5; }));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

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
    QApplication app(argc, argv);
    TestExport test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_export.moc"
