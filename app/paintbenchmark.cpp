#include "paintbenchmark.h"

#include "epochreport.h"
#include "networkpainter.h"
#include "random.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace bp {

namespace {

NetworkSpec specOf(const std::vector<int>& widths)
{
    NetworkSpec spec;
    spec.inputs = widths.front();
    for (std::size_t k = 1; k < widths.size(); ++k)
        spec.layers.push_back({widths[k], k + 1 == widths.size() ? Activation::Sigmoid : Activation::Tanh});
    return spec;
}

// A report as training gives one: W of Glorot's scale, ΔW a rank-one step δ·aᵀ, norms falling toward the input.
EpochReport reportFor(const NetworkSpec& spec)
{
    Random random(7);
    EpochReport report;
    report.epoch = 1;
    int in = spec.inputs;
    Scalar norm = 1;
    for (const LayerSpec& layer : spec.layers) {
        const Scalar scale = std::sqrt(Scalar(2) / Scalar(in + layer.neurons));
        LayerChange c;
        c.W = Matrix::NullaryExpr(layer.neurons, in, [&] { return scale * random.normal(); });
        c.b = Vector::Zero(layer.neurons);
        const Vector delta = Vector::NullaryExpr(layer.neurons, [&] { return random.normal(); });
        const Vector a = Vector::NullaryExpr(in, [&] { return random.uniform(-1, 1); });
        c.dW = Scalar(0.01) * delta * a.transpose();
        c.db = Scalar(0.01) * delta;
        c.gradNorm = norm;
        report.layers.push_back(std::move(c));
        in = layer.neurons;
        norm *= Scalar(2);
    }
    return report;
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

}  // namespace

std::vector<PaintBenchmark::Case> PaintBenchmark::cases()
{
    return {{{64, 128, 64, 10}, 8.0}, {{784, 128, 10}, 16.0}};
}

std::pair<double, double> PaintBenchmark::medianPaintMs(const std::vector<int>& widths)
{
    const NetworkSpec spec = specOf(widths);
    NetworkPainter painter;
    painter.setSpec(spec);
    painter.setReport(reportFor(spec));
    painter.setFade(1);
    QImage image(area, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> wall, cpu;
    for (int n = 0; n < paints; ++n) {
        QElapsedTimer clock;
        clock.start();
        const double cpu0 = threadCpuMs();
        QPainter p(&image);
        painter.paint(p, QRectF(QPointF(0, 0), area));
        p.end();
        wall.push_back(double(clock.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - cpu0);
    }
    return {median(wall), median(cpu)};
}

QString PaintBenchmark::line(const Case& c, double wallMs, double cpuMs)
{
    QStringList names;
    long edges = 0;
    for (std::size_t k = 0; k < c.widths.size(); ++k) {
        names << QString::number(c.widths[k]);
        if (k > 0)
            edges += long(c.widths[k - 1]) * c.widths[k];
    }
    return QStringLiteral("PAINT network=%1 edges=%2 size=%3x%4 median_ms=%5 cpu_ms=%6 target_ms=%7 %8")
        .arg(names.join('-')).arg(edges).arg(area.width()).arg(area.height())
        .arg(wallMs, 0, 'f', 2).arg(cpuMs, 0, 'f', 2).arg(c.targetMs, 0, 'f', 0)
        .arg(wallMs < c.targetMs ? QStringLiteral("met") : QStringLiteral("missed"));
}

int PaintBenchmark::run()
{
    for (const Case& c : cases()) {
        const auto [wallMs, cpuMs] = medianPaintMs(c.widths);
        std::printf("%s\n", qPrintable(line(c, wallMs, cpuMs)));
        std::fflush(stdout);
    }
    return 0;
}

}  // namespace bp
