#pragma once
// A short recorded XOR run and pixel counts, shared by the export tests.
#include "coretestdata.h"
#include "gifrecorder.h"
#include "trainer.h"

#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QSize>

#include <vector>

namespace exporttest {

using namespace bp;

const NetworkSpec kSpec{2, {{3, Activation::Tanh}, {1, Activation::Sigmoid}}, Init::Glorot};
const QSize kFrameSize(320, 180);
constexpr int kEpochs = 40, kEvery = 4;
constexpr double kFps = 8;  // 12.5 cs per frame: delays alternate 12 and 13

/// Trains a 40-epoch XOR run, recording a frame every 4 epochs; history receives the run's loss
/// history and reports, when given, the recorded epochs' reports.
inline GifRecorder recordRun(std::uint64_t seed, std::vector<HistoryEntry>& history, std::vector<EpochReport>* reports = nullptr)
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

/// Counts clearly green (g ≫ r, b) or clearly red (r ≫ g, b) pixels in the graph's part of a frame.
inline int countHue(const QImage& frame, bool green)
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

/// Returns the bytes of the file at path, or nothing if it cannot be read.
inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace exporttest
