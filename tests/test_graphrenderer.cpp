// The graph renderer: pictures drawn on its thread are the pixels a direct paint gives.
#include "graphrenderer.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace bp;

namespace {

// A 3-4-2 network whose ΔW alternates in sign and grows along each layer, W twice ΔW.
NetworkSpec spec342()
{
    NetworkSpec spec;
    spec.inputs = 3;
    spec.layers = {{4, Activation::Tanh}, {2, Activation::Sigmoid}};
    return spec;
}

EpochReport alternating(const NetworkSpec& spec, int epoch, float sign)
{
    EpochReport r;
    r.epoch = epoch;
    Index in = spec.inputs;
    for (const LayerSpec& l : spec.layers) {
        LayerChange c;
        c.dW = Matrix::NullaryExpr(l.neurons, in, [&](Index j, Index i) {
            return sign * float((i + j) % 2 == 0 ? 1 : -1) * 0.01f * float(1 + i + j);
        });
        c.W = 2 * c.dW;
        c.db = Vector::Constant(l.neurons, sign * 0.01f);
        c.b = 2 * c.db;
        c.gradNorm = 0.5f;
        r.layers.push_back(std::move(c));
        in = l.neurons;
    }
    return r;
}

// The painter's picture at fade on a transparent image, painted right here.
QImage direct(const NetworkSpec& spec, const std::optional<EpochReport>& report, GraphMode mode, qreal fade, QSize size)
{
    NetworkPainter painter;
    painter.setSpec(spec);
    if (report)
        painter.setReport(*report);
    painter.setMode(mode);
    painter.setFade(fade);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    painter.paint(p, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

// Number of pixels whose ARGB values differ at all.
int differingPixels(const QImage& a, const QImage& b)
{
    if (a.size() != b.size())
        return -1;
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            n += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    return n;
}

}  // namespace

class TestGraphRenderer : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        renderer_ = new GraphRenderer;
        renderer_->moveToThread(&thread_);
        connect(&thread_, &QThread::finished, renderer_, &QObject::deleteLater);
        thread_.start();
    }
    void cleanup()
    {
        thread_.quit();
        thread_.wait();
    }

    void picturesMatchADirectPaint()
    {
        const NetworkSpec spec = spec342();
        GraphRenderJob job;
        job.spec = spec;
        job.specGeneration = 1;
        job.report = alternating(spec, 7, 1);
        job.size = QSize(500, 300);
        job.rest = true;
        job.version = 41;
        const GraphPictures p = run(job);
        QCOMPARE(p.version, quint64(41));
        QCOMPARE(p.lit.size(), job.size);
        QCOMPARE(differingPixels(p.lit, direct(spec, job.report, GraphMode::Delta, 1, job.size)), 0);
        QCOMPARE(differingPixels(p.rest, direct(spec, job.report, GraphMode::Delta, 0, job.size)), 0);
        QVERIFY(differingPixels(p.lit, p.rest) > 500);  // lit edges are coloured, resting ones grey

        // The same network, another report and mode: only the lit picture was asked for.
        job.report = alternating(spec, 8, -1);
        job.mode = GraphMode::Weights;
        job.rest = false;
        const GraphPictures q = run(job);
        QVERIFY(q.rest.isNull());
        QCOMPARE(differingPixels(q.lit, direct(spec, job.report, GraphMode::Weights, 1, job.size)), 0);
        QVERIFY(differingPixels(q.lit, p.lit) > 500);
    }

    void newNetworkIsLaidOutAgain()
    {
        NetworkSpec spec = spec342();
        GraphRenderJob job;
        job.spec = spec;
        job.specGeneration = 1;
        job.size = QSize(400, 240);
        run(job);
        spec.layers.insert(spec.layers.begin(), {5, Activation::ReLU});
        job.spec = spec;
        job.specGeneration = 2;
        job.report = alternating(spec342(), 3, 1);  // shaped for the old network: ignored
        job.ratio = 2;                              // and a high-DPI picture this time
        const GraphPictures p = run(job);
        QCOMPARE(p.lit.size(), QSize(800, 480));
        QCOMPARE(p.lit.devicePixelRatio(), 2.0);
        NetworkPainter painter;
        painter.setSpec(spec);
        QCOMPARE(differingPixels(p.lit, GraphRenderer::picture(painter, 1, job.size, 2)), 0);
    }

private:
    GraphPictures run(const GraphRenderJob& job)
    {
        QSignalSpy spy(renderer_, &GraphRenderer::rendered);
        QMetaObject::invokeMethod(renderer_, [r = renderer_, job] { r->render(job); }, Qt::QueuedConnection);
        // Polled, not spy.wait(): the signal may come from the render thread before wait() starts.
        QElapsedTimer clock;
        clock.start();
        while (spy.isEmpty() && clock.elapsed() < 10000)
            QTest::qWait(5);
        return spy.isEmpty() ? GraphPictures{} : spy.first().first().value<GraphPictures>();
    }

    QThread thread_;
    GraphRenderer* renderer_ = nullptr;
};

QTEST_MAIN(TestGraphRenderer)
#include "test_graphrenderer.moc"
