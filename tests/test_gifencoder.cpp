// GifEncoder: frames written, decoded back with giflib and composited, match what was drawn.
#include "gifdecode.h"
#include "gifencoder.h"

#include <QDir>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace bp;

using bp::GifEncoder;
using giftest::decode;
using giftest::Decoded;

namespace {

const QSize kSize(160, 90);
constexpr int kFrames = 12;
bool flashes(int k) { return k == 4 || k == 8; }  // frames where edges turn green and red

// A small network picture: grey edges between three layers of circles, a progress bar that grows,
// and on flashing frames some edges drawn thick green or red with varying alpha.
QImage networkFrame(int k)
{
    QImage image(kSize, QImage::Format_RGB32);
    image.fill(QColor(0xfb, 0xfb, 0xfc));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const auto node = [](int layer, int i) { return QPointF(25 + 55 * layer, 15 + 20 * i); };
    for (int layer = 0; layer < 2; ++layer)
        for (int i = 0; i < 4; ++i)
            for (int j = 0; j < 4; ++j) {
                QColor colour(0xc8, 0xcc, 0xd4);
                qreal width = 1;
                if (flashes(k) && (i + j) % 2 == 0) {
                    colour = (i + layer) % 2 == 0 ? QColor(0x1f, 0xa8, 0x4a) : QColor(0xd9, 0x3a, 0x3a);
                    colour.setAlpha(140 + 30 * j);
                    width = 3;
                }
                p.setPen(QPen(colour, width));
                p.drawLine(node(layer, i), node(layer + 1, j));
            }
    p.setPen(QPen(QColor(0x2b, 0x2f, 0x36), 1.5));
    p.setBrush(Qt::white);
    for (int layer = 0; layer < 3; ++layer)
        for (int i = 0; i < 4; ++i)
            p.drawEllipse(node(layer, i), 6, 6);
    p.fillRect(QRectF(4, 84, 4 + 12 * k, 3), QColor(0x2f, 0x6f, 0xd6));
    return image;
}

QList<QImage> networkFrames()
{
    QList<QImage> frames;
    for (int k = 0; k < kFrames; ++k)
        frames.append(networkFrame(k));
    return frames;
}

int countPixels(const QImage& image, bool green)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb c = image.pixel(x, y);
            const int hue = green ? qGreen(c) : qRed(c), other = green ? qRed(c) : qGreen(c);
            n += hue > other + 60 && hue > qBlue(c) + 60 ? 1 : 0;
        }
    return n;
}

// Largest channel difference and mean absolute difference over all channels of two images.
std::pair<int, double> difference(const QImage& a, const QImage& b)
{
    int worst = 0;
    double sum = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            for (int d : {qRed(p) - qRed(q), qGreen(p) - qGreen(q), qBlue(p) - qBlue(q)}) {
                worst = std::max(worst, std::abs(d));
                sum += std::abs(d);
            }
        }
    return {worst, sum / (3.0 * a.width() * a.height())};
}

QStringList filesIn(const QTemporaryDir& dir) { return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden); }

}  // namespace

class TestGifEncoder : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data()
    {
        QTest::addColumn<bool>("changedRectOnly");
        QTest::addColumn<int>("worstError");  // largest channel error allowed after colour reduction
        QTest::addColumn<double>("meanError");  // mean absolute channel error allowed
        QTest::newRow("changed rect") << true << 16 << 0.5;
        QTest::newRow("full frames") << false << 16 << 0.5;
    }

    void roundTrip()
    {
        QFETCH(bool, changedRectOnly);
        QFETCH(int, worstError);
        QFETCH(double, meanError);
        QTemporaryDir dir;
        const QString path = dir.filePath("training.gif");
        GifEncoder::Options options;
        options.changedRectOnly = changedRectOnly;
        GifEncoder encoder(path, kSize, 20.0, options);
        const QList<QImage> frames = networkFrames();
        for (const QImage& frame : frames)
            QVERIFY2(encoder.addFrame(frame), qPrintable(encoder.errorString()));
        QVERIFY2(encoder.finish(), qPrintable(encoder.errorString()));
        QCOMPARE(filesIn(dir), QStringList{"training.gif"});

        const Decoded gif = decode(path);
        QCOMPARE(gif.imageCount, kFrames);
        QCOMPARE(gif.width, 160);
        QCOMPARE(gif.height, 90);
        QCOMPARE(gif.loopCount, 0);
        QVERIFY(gif.keepsCanvas);
        QCOMPARE(gif.delays, QList<int>(kFrames, 5));  // 20 fps = 5 centiseconds
        for (int k = 0; k < kFrames; ++k) {
            const auto [worst, mean] = difference(gif.canvases[k], frames[k]);
            QVERIFY2(worst <= worstError && mean < meanError,
                     qPrintable(QString("frame %1: worst %2, mean %3").arg(k).arg(worst).arg(mean)));
            QCOMPARE(countPixels(gif.canvases[k], true) > 20, flashes(k));
            QCOMPARE(countPixels(gif.canvases[k], false) > 20, flashes(k));
        }
    }

    void delaysFollowFractionalRates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("thirty.gif");
        QVERIFY(GifEncoder::encodeAll(networkFrames() + networkFrames() + networkFrames().mid(6), path, 30.0, {}));
        const QList<int> delays = decode(path).delays;
        QCOMPARE(delays.size(), 30);
        QCOMPARE(std::accumulate(delays.begin(), delays.end(), 0), 100);  // 30 frames at 30 fps last one second
        QVERIFY(std::all_of(delays.begin(), delays.end(), [](int d) { return d == 3 || d == 4; }));
    }

    void changedRectShrinksMostlyStaticFrames()
    {
        QTemporaryDir dir;
        qint64 sizes[2] = {};
        for (bool changedOnly : {false, true}) {
            GifEncoder::Options options;
            options.changedRectOnly = changedOnly;
            const QString path = dir.filePath(changedOnly ? "rect.gif" : "full.gif");
            QVERIFY(GifEncoder::encodeAll(networkFrames(), path, 20.0, options));
            sizes[changedOnly] = QFileInfo(path).size();
        }
        QVERIFY2(sizes[1] * 2 < sizes[0], qPrintable(QString("%1 vs %2 bytes").arg(sizes[1]).arg(sizes[0])));
    }

    void paletteIsSampledUpToTheLastFrame()
    {
        // Each frame adds a square of its own colour; the last one's must come back exact, so the
        // palette's sample reaches the last frame and not only the first few.
        QList<QImage> frames;
        QImage image(kSize, QImage::Format_RGB32);
        image.fill(Qt::white);
        for (int k = 0; k < 20; ++k) {
            QPainter(&image).fillRect(QRect(8 * k, 0, 8, 8), QColor(10 * k, 200 - 5 * k, 40));
            frames.append(image.copy());
        }
        QTemporaryDir dir;
        const QString path = dir.filePath("squares.gif");
        QVERIFY(GifEncoder::encodeAll(frames, path, 10.0, {}));
        const Decoded gif = decode(path);
        QCOMPARE(gif.imageCount, 20);
        QCOMPARE(QColor(gif.canvases.last().pixel(8 * 19 + 4, 4)), QColor(190, 105, 40));
        QCOMPARE(QColor(gif.canvases.first().pixel(4, 4)), QColor(0, 200, 40));
    }

    void cancelLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("cancelled.gif");
        {
            GifEncoder encoder(path, kSize, 20.0);
            for (int k = 0; k < kFrames / 2; ++k)
                QVERIFY(encoder.addFrame(networkFrame(k)));
            QVERIFY(QFileInfo::exists(encoder.temporaryPath()));
            encoder.cancel();
            QVERIFY(!encoder.finish());
        }
        QCOMPARE(filesIn(dir), QStringList());
        {
            GifEncoder abandoned(path, kSize, 20.0);  // destroyed without finish()
            QVERIFY(abandoned.addFrame(networkFrame(0)));
        }
        QCOMPARE(filesIn(dir), QStringList());
        int calls = 0;
        QString error;
        const bool done = GifEncoder::encodeAll(networkFrames(), path, 20.0, {},
                                                [&calls](int done, int) { ++calls; return done < 5; }, &error);
        QVERIFY(!done);
        QCOMPARE(calls, 5);
        QVERIFY(error.contains(path));
        QCOMPARE(filesIn(dir), QStringList());
    }

    void missingDirectoryFailsNamingThePath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("no/such/folder/out.gif");
        GifEncoder encoder(path, kSize, 20.0);
        QVERIFY(!encoder.addFrame(networkFrame(0)));
        QVERIFY(!encoder.finish());
        QVERIFY2(encoder.errorString().contains(path), qPrintable(encoder.errorString()));
        QVERIFY(encoder.errorString().contains("the folder does not exist"));
        QCOMPARE(filesIn(dir), QStringList());
    }
};

QTEST_MAIN(TestGifEncoder)
#include "test_gifencoder.moc"
