// GIF export of a run: a recorded run decodes back to the asked frames, size, delays and loop;
// frames flash green and red; a cancelled export leaves no file; same seed, same bytes.
// Architecture pictures are tested in test_architectureexport.
#include "exporttestdata.h"
#include "gifdecode.h"
#include "dataviewframe.h"
#include "theme.h"
#include "trainingframe.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bp;
using namespace exporttest;
using giftest::decode;

namespace {

// A recorder for a 1,000-epoch run that takes every epoch and keeps at most 16 frames.
GifRecorder everyEpochUpTo16Frames()
{
    GifRecorder::Options o;
    o.every = 1;
    o.maxFrames = 16;
    return GifRecorder(kSpec, false, 1000, o);
}

EpochReport reportAt(int epoch)
{
    EpochReport r;
    r.epoch = epoch;
    return r;
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
        const giftest::Decoded d = decode(path);
        QCOMPARE(d.imageCount, kEpochs / kEvery);
        QCOMPARE(QSize(d.width, d.height), kFrameSize);
        QCOMPARE(d.loopCount, 0);  // loops for ever
        for (int i = 0; i < d.imageCount; ++i)  // frame i ends at round(100 (i + 1) / 8) cs
            QCOMPARE(d.delays[i], int(std::lround(100.0 * (i + 1) / kFps) - std::lround(100.0 * i / kFps)));

        // A frame whose first layer's ΔW has both signs shows both green and red edges.
        int checked = 0;
        for (int i = 0; i < d.imageCount; ++i) {
            const Matrix& dW = reports[std::size_t(i)].layers[0].dW;
            QCOMPARE(reports[std::size_t(i)].epoch, (i + 1) * kEvery);
            if (dW.maxCoeff() > 0 && dW.minCoeff() < 0) {
                QVERIFY2(countHue(d.canvases[i], true) > 20, qPrintable(QString("frame %1 has no green").arg(i)));
                QVERIFY2(countHue(d.canvases[i], false) > 20, qPrintable(QString("frame %1 has no red").arg(i)));
                ++checked;
            }
        }
        QVERIFY(checked > 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);  // no temporary left behind
    }

    void anInterruptedRunEndsOnItsLastEpoch()
    {
        // The CLI stops a run on Ctrl-C at whatever epoch it reached; the GIF still ends there.
        const Dataset data = coretest::xorData(), none;
        Network net(kSpec);
        net.initialise(5);
        TrainConfig c;
        c.epochs = kEpochs;
        c.batchSize = 0;
        GifRecorder::Options o;
        o.every = kEvery;
        o.holdSeconds = 0;
        o.frame.size = kFrameSize;
        GifRecorder recorder(kSpec, false, kEpochs, o);
        Trainer trainer(net, data, none, c);
        trainer.setObserver([&](const EpochReport& r) { recorder.record(r); }, 1);
        trainer.run(10);  // stopped after epoch 10 of 40
        QCOMPARE(recorder.frameCount(), 2);  // epochs 4 and 8
        QVERIFY(!recorder.record(trainer.report()));  // 10 is no frame epoch, nor the run's end
        QVERIFY(recorder.recordFinal(trainer.report()));
        QVERIFY(!recorder.recordFinal(trainer.report()));  // never twice the same epoch
        QCOMPARE(recorder.frameCount(), 3);
        QTemporaryDir dir;
        const QString path = dir.filePath("stopped.gif");
        QVERIFY(recorder.save(path, trainer.history()));
        QCOMPARE(decode(path).imageCount, 3);
    }

    void longRunsThinToTheCap()
    {
        // One report per epoch for 1,000 epochs into a recorder that keeps at most 16.
        GifRecorder recorder = everyEpochUpTo16Frames();
        for (int epoch = 1; epoch <= 1000; ++epoch) {
            recorder.record(reportAt(epoch));
            QVERIFY2(recorder.frameCount() <= 16, qPrintable(QString("%1 frames at epoch %2").arg(recorder.frameCount()).arg(epoch)));
        }
        const std::vector<int> epochs = recorder.frameEpochs();
        QCOMPARE(epochs.back(), 1000);  // the last epoch always ends the recording
        QVERIFY(epochs.size() >= 8);
        QCOMPARE(recorder.every(), 64);  // 1 doubled until 1000 / every fits in 16 frames
        for (std::size_t k = 0; k + 1 < epochs.size(); ++k)
            QCOMPARE(epochs[k], int(k + 1) * recorder.every());  // evenly spread over the run
    }

    void aFullRecordingCopiedForSavingIsNotThinnedByItsLastEpoch()
    {
        GifRecorder recorder = everyEpochUpTo16Frames();
        for (int epoch = 1; epoch <= 16; ++epoch)
            recorder.record(reportAt(epoch));
        QCOMPARE(recorder.frameCount(), 16);  // full, not yet thinned
        GifRecorder copy = recorder.resampled(recorder.options());
        QVERIFY(copy.recordFinal(reportAt(17)));  // the epoch a pause stopped at, between recorded ones
        QCOMPARE(copy.frameCount(), 17);  // every frame the dialog promised, and the newest
        QCOMPARE(copy.every(), 1);
    }

    void resamplingKeepsTheSpacingAndTheLastEpoch()
    {
        std::vector<HistoryEntry> history;
        const GifRecorder recorder = recordRun(7, history);  // epochs 4, 8, …, 40
        GifRecorder::Options o = recorder.options();
        o.every = 12;
        o.frame.size = QSize(200, 120);
        const GifRecorder every12 = recorder.resampled(o);
        QCOMPARE(every12.frameEpochs(), (std::vector<int>{4, 16, 28, 40}));
        QCOMPARE(every12.every(), 12);
        o.every = 1;  // finer than recorded: every recorded frame
        QCOMPARE(recorder.resampled(o).frameCount(), kEpochs / kEvery);
        QTemporaryDir dir;
        QVERIFY(every12.save(dir.filePath("small.gif"), history));
        const giftest::Decoded d = decode(dir.filePath("small.gif"));
        QCOMPARE(d.imageCount, 4);
        QCOMPARE(QSize(d.width, d.height), QSize(200, 120));
    }

    void framesCanShowTheDataView()
    {
        std::vector<HistoryEntry> history;
        std::vector<EpochReport> reports;
        recordRun(7, history, &reports);
        auto render = [&](bool data) {
            TrainingFrame::Options o;
            o.size = QSize(640, 360);
            o.data = data;
            TrainingFrame frame(kSpec, true, o);
            frame.setPanel(std::make_unique<DataViewFrame>(kSpec, std::make_shared<const Dataset>(coretest::xorData())));
            return frame.render(reports.back(), history);
        };
        // The four XOR points, dots of the class colours, in the right-hand column.
        auto dots = [](const QImage& image, int c) {
            int n = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = image.width() * 62 / 100; x < image.width(); ++x)
                    n += image.pixel(x, y) == theme::classColour(c).rgb() ? 1 : 0;
            return n;
        };
        const QImage with = render(true), without = render(false);
        QVERIFY2(dots(with, 0) > 20 && dots(with, 1) > 20, qPrintable(QString("%1 %2").arg(dots(with, 0)).arg(dots(with, 1))));
        QCOMPARE(dots(without, 0) + dots(without, 1), 0);
    }

    void autoencoderFramesShowReconstructions()
    {
        // 64-feature images reconstructed through 64-4-64: the data view draws input and output tiles.
        Dataset d;
        d.name = "blocks";
        d.X = Matrix::Zero(64, 16);
        for (Index j = 0; j < 16; ++j)
            d.X.col(j).segment(4 * j, 4).setOnes();  // a lit bar, moving along the image
        d.Y = d.X;
        const NetworkSpec spec{64, {{4, Activation::Sigmoid}, {64, Activation::Sigmoid}}, Init::Glorot};
        Network net(spec);
        net.initialise(3);
        TrainConfig c;
        c.epochs = 5;
        c.batchSize = 0;
        const Dataset none;
        Trainer trainer(net, d, none, c);
        trainer.run();
        auto render = [&](bool data) {
            TrainingFrame::Options o;
            o.size = QSize(640, 360);
            o.data = data;
            TrainingFrame frame(spec, false, o);
            frame.setPanel(std::make_unique<DataViewFrame>(spec, std::make_shared<const Dataset>(d)));
            return frame.render(trainer.report(), trainer.history());
        };
        // The tiles: white (unlit input pixels) and lit ink in the right-hand column.
        auto tilePixels = [](const QImage& image, QRgb c) {
            int n = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = image.width() * 62 / 100; x < image.width(); ++x)
                    n += image.pixel(x, y) == c ? 1 : 0;
            return n;
        };
        const QImage with = render(true), without = render(false);
        if (qEnvironmentVariableIsSet("BACKPROP_KEEP_FRAMES"))
            with.save(QDir::temp().filePath("autoencoder-frame.png"));
        const int white = tilePixels(with, qRgb(255, 255, 255)), ink = tilePixels(with, theme::ink().rgb());
        QVERIFY2(white > 1000 && ink > 50, qPrintable(QString("%1 white, %2 ink").arg(white).arg(ink)));
        QVERIFY(tilePixels(without, qRgb(255, 255, 255)) < white / 4 && tilePixels(without, theme::ink().rgb()) < 10);
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
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    TestExport test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_export.moc"
