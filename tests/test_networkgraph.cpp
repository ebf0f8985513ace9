// The network graph: edge colours follow ΔW and W, hits work, colours fade while training and
// hold at full strength once it stops. Paint times are the studio's --paint-benchmark.
#include "networkgraphwidget.h"
#include "networkpainter.h"

#include <QImage>
#include <QPainter>
#include <QtTest>

#include <algorithm>
#include <random>

using namespace bp;

namespace {

NetworkSpec makeSpec(int inputs, std::vector<int> sizes)
{
    NetworkSpec spec;
    spec.inputs = inputs;
    for (std::size_t k = 0; k < sizes.size(); ++k)
        spec.layers.push_back({sizes[k], k + 1 == sizes.size() ? Activation::Sigmoid : Activation::Tanh});
    return spec;
}

// A report shaped like real training: ΔW is a rank-one outer product δ·aᵀ plus a little noise.
EpochReport mixedReport(const NetworkSpec& spec, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> normal(0, 1);
    EpochReport report;
    report.epoch = 42;
    int in = spec.inputs;
    for (const LayerSpec& l : spec.layers) {
        LayerChange c;
        const float scale = std::sqrt(2.0f / float(in + l.neurons));
        c.W = Matrix::NullaryExpr(l.neurons, in, [&] { return scale * normal(rng); });
        c.b = Vector::NullaryExpr(l.neurons, [&] { return 0.1f * normal(rng); });
        const Vector delta = Vector::NullaryExpr(l.neurons, [&] { return normal(rng); });
        const Vector a = Vector::NullaryExpr(in, [&] { return std::tanh(normal(rng)); });
        c.dW = 0.01f * delta * a.transpose() + Matrix::NullaryExpr(l.neurons, in, [&] { return 0.002f * normal(rng); });
        c.db = 0.01f * delta;
        report.layers.push_back(std::move(c));
        in = l.neurons;
    }
    // Gradients shrink toward the input, as they often do: 0.8 at the output, × 0.45 per layer.
    float norm = 0.8f;
    for (auto c = report.layers.rbegin(); c != report.layers.rend(); ++c, norm *= 0.45f)
        c->gradNorm = norm;
    return report;
}

// 2-2-1 with ΔW(input 0 → hidden 0) = +0.5 and ΔW(input 1 → hidden 1) = −0.5, where W is twice
// that (+1, −1); the other edges change a tenth as much.
EpochReport knownReport()
{
    EpochReport r;
    r.epoch = 1;
    LayerChange l0;
    l0.W = Matrix{{1.0f, -0.3f}, {0.4f, -1.0f}};  // out × in
    l0.dW = Matrix{{0.5f, 0.05f}, {-0.05f, -0.5f}};
    l0.b = Vector{{0.2f, -0.2f}};
    l0.db = Vector{{0.01f, -0.01f}};
    l0.gradNorm = 0.7f;
    LayerChange l1;
    l1.W = Matrix{{0.8f, -0.6f}};
    l1.dW = Matrix{{0.2f, -0.1f}};
    l1.b = Vector{{0.1f}};
    l1.db = Vector{{-0.02f}};
    l1.gradNorm = 0.3f;
    r.layers = {l0, l1};
    return r;
}

// The most colourful pixel within 4 px of p: anti-aliasing and the exact line position stay out of the way.
QColor vividest(const QImage& image, QPointF p)
{
    QColor best(Qt::white);
    int bestChroma = -1;
    for (int dy = -4; dy <= 4; ++dy)
        for (int dx = -4; dx <= 4; ++dx) {
            const QColor c = image.pixelColor(int(p.x()) + dx, int(p.y()) + dy);
            const int chroma = std::max({c.red(), c.green(), c.blue()}) - std::min({c.red(), c.green(), c.blue()});
            if (chroma > bestChroma) {
                bestChroma = chroma;
                best = c;
            }
        }
    return best;
}

QImage render(const NetworkPainter& painter, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    painter.paint(p, QRectF(QPointF(0, 0), size));
    return image;
}

}  // namespace

class TestNetworkGraph : public QObject {
    Q_OBJECT
private slots:
    void deltaEdgesAreGreenUpAndRedDown();
    void weightsModeColoursBySignOfW();
    void fadedEdgesRest();
    void hitTestFindsNeuronsAndEdges();
    void mismatchedReportIsIgnored();
    void tooltipsNameFeaturesAndClasses();
    void widgetFadeTimerStops();
    void stoppedWidgetKeepsFullColour();
    void widgetCacheMatchesDirectPaint();
    void widgetShowsNewestReportOnceRendered();
};

static const QSize small(600, 400);
static const QRectF smallArea(QPointF(0, 0), small);

static NetworkPainter knownPainter(GraphMode mode, qreal fade)
{
    NetworkPainter painter;
    painter.setSpec(makeSpec(2, {2, 1}));
    painter.setStyle({NetworkPainter::Background::Light, true, true});
    const bool fits = painter.setReport(knownReport());  // checked in hitTestFindsNeuronsAndEdges
    Q_ASSERT(fits);
    Q_UNUSED(fits);
    painter.setMode(mode);
    painter.setFade(fade);
    return painter;
}

static QPointF edgeMid(const NetworkPainter& painter, int from, int to)
{
    return 0.5 * (painter.neuronCentre(0, from, smallArea) + painter.neuronCentre(1, to, smallArea));
}

void TestNetworkGraph::deltaEdgesAreGreenUpAndRedDown()
{
    const NetworkPainter painter = knownPainter(GraphMode::Delta, 1);
    const QImage image = render(painter, small);
    const QColor up = vividest(image, edgeMid(painter, 0, 0));
    const QColor down = vividest(image, edgeMid(painter, 1, 1));
    QVERIFY2(up.green() > up.red() + 60 && up.green() > up.blue() + 40, qPrintable(up.name()));
    QVERIFY2(down.red() > down.green() + 80 && down.red() > down.blue() + 80, qPrintable(down.name()));
}

void TestNetworkGraph::weightsModeColoursBySignOfW()
{
    const NetworkPainter painter = knownPainter(GraphMode::Weights, 1);
    const QImage image = render(painter, small);
    const QColor positive = vividest(image, edgeMid(painter, 0, 0));  // W = +1: blue
    const QColor negative = vividest(image, edgeMid(painter, 1, 1));  // W = −1: orange
    QVERIFY2(positive.blue() > positive.red() + 80 && positive.blue() > positive.green() + 40,
             qPrintable(positive.name()));
    QVERIFY2(negative.red() > negative.blue() + 100 && negative.green() > negative.blue(),
             qPrintable(negative.name()));
}

void TestNetworkGraph::fadedEdgesRest()
{
    const NetworkPainter painter = knownPainter(GraphMode::Delta, 0);
    const QImage image = render(painter, small);
    const QColor c = vividest(image, edgeMid(painter, 0, 0));
    const int chroma = std::max({c.red(), c.green(), c.blue()}) - std::min({c.red(), c.green(), c.blue()});
    QVERIFY2(chroma < 30, qPrintable(c.name()));  // grey like theme::restingEdge, not green
    QVERIFY2(c.red() < 240, qPrintable(c.name()));  // but drawn
}

void TestNetworkGraph::hitTestFindsNeuronsAndEdges()
{
    const NetworkPainter painter = knownPainter(GraphMode::Delta, 1);
    QVERIFY(painter.report());
    const auto neuron = painter.hitTest(painter.neuronCentre(1, 1, smallArea), smallArea);
    QVERIFY(neuron);
    QCOMPARE(*neuron, (NetworkPainter::Hit{NetworkPainter::Hit::Kind::Neuron, 1, 1}));
    QVERIFY(painter.describe(*neuron).contains(QStringLiteral("Δb = -0.01")));

    const auto edge = painter.hitTest(edgeMid(painter, 1, 1), smallArea);
    QVERIFY(edge);
    QCOMPARE(*edge, (NetworkPainter::Hit{NetworkPainter::Hit::Kind::Edge, 0, 0, 1, 1, 1, 1}));
    const QString text = painter.describe(*edge);
    QVERIFY2(text.contains(QStringLiteral("ΔW = -0.5")) && text.contains(QStringLiteral("W = -1")), qPrintable(text));
    QVERIFY(!painter.hitTest(QPointF(2, 2), smallArea));  // a corner holds nothing

    // In a strip the neuron comes from the height: input 400 of 784.
    NetworkPainter big;
    big.setSpec(makeSpec(784, {128, 10}));
    const QRectF area(0, 0, 1280, 720);
    const auto strip = big.hitTest(big.neuronCentre(0, 400, area), area);
    QVERIFY(strip);
    QCOMPARE(strip->index, 400);
}

void TestNetworkGraph::tooltipsNameFeaturesAndClasses()
{
    NetworkPainter painter = knownPainter(GraphMode::Delta, 1);
    const auto edge = painter.hitTest(edgeMid(painter, 1, 1), smallArea);
    QVERIFY(edge);
    QVERIFY2(painter.describe(*edge).startsWith(QStringLiteral("input #2 → hidden 1 #2")), qPrintable(painter.describe(*edge)));
    painter.setNames(GraphNames{{"sepal_width", "petal_width"}, {"no", "yes"}});
    const QString text = painter.describe(*edge);
    QVERIFY2(text.startsWith(QStringLiteral("petal_width → hidden 1 #2\n")), qPrintable(text));
    const auto input = painter.hitTest(painter.neuronCentre(0, 0, smallArea), smallArea);
    QVERIFY(input);
    QCOMPARE(painter.describe(*input), QStringLiteral("sepal_width · input #1 of 2"));
    // One sigmoid output for two classes: it is the probability of the second.
    const auto output = painter.hitTest(painter.neuronCentre(2, 0, smallArea), smallArea);
    QVERIFY(output);
    QVERIFY2(painter.describe(*output).startsWith(QStringLiteral("p(yes) · output #1 of 1")), qPrintable(painter.describe(*output)));
    // Three class names for one output do not fit: the neuron is numbered.
    painter.setNames(GraphNames{{"a", "b"}, {"x", "y", "z"}});
    QVERIFY(painter.describe(*output).startsWith(QStringLiteral("output #1 of 1")));
}

void TestNetworkGraph::mismatchedReportIsIgnored()
{
    NetworkPainter painter;
    painter.setSpec(makeSpec(3, {2, 1}));
    QVERIFY(!painter.setReport(knownReport()));  // built for 2 inputs, not 3
    QVERIFY(!painter.report());
    render(painter, small);  // and painting still works
}

void TestNetworkGraph::widgetFadeTimerStops()
{
    NetworkGraphWidget widget;
    widget.resize(small);
    widget.setNetwork(makeSpec(2, {2, 1}));
    widget.setTraining(true);
    QVERIFY(!widget.isFading());
    widget.setReport(knownReport());
    QVERIFY(widget.isFading());
    QCOMPARE(widget.painter().fade(), 1.0);
    QTRY_VERIFY_WITH_TIMEOUT(!widget.isFading(), 3000);
    QCOMPARE(widget.painter().fade(), 0.0);
    widget.setNetwork(makeSpec(2, {3, 1}));
    QVERIFY(!widget.painter().report());
}

// Largest channel difference between two same-sized pictures, over every pixel.
static int maxDifference(const QImage& a, const QImage& b)
{
    int worst = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QColor p = a.pixelColor(x, y), q = b.pixelColor(x, y);
            worst = std::max({worst, std::abs(p.red() - q.red()), std::abs(p.green() - q.green()),
                              std::abs(p.blue() - q.blue())});
        }
    return worst;
}

// Paused mid-fade, and a report that comes once stopped (a step, a pause's or the run's last):
// long after the fade time the graph still shows the report at full strength, green up and red
// down, the very picture an export draws (the painter at fade 1).
void TestNetworkGraph::stoppedWidgetKeepsFullColour()
{
    NetworkGraphWidget widget;
    widget.resize(small);
    widget.setNetwork(makeSpec(2, {2, 1}));
    widget.setTraining(true);
    widget.setReport(knownReport());
    QTest::qWait(NetworkGraphWidget::fadeMilliseconds / 2);
    QVERIFY(widget.painter().fade() < 0.9);  // fading while training
    NetworkPainter direct = widget.painter();
    direct.setFade(1);
    const auto fullColour = [&](const char* when) {
        const QImage shown = widget.grab().toImage();
        const QColor up = vividest(shown, 0.5 * (direct.neuronCentre(0, 0, smallArea) + direct.neuronCentre(1, 0, smallArea)));
        const QColor down = vividest(shown, 0.5 * (direct.neuronCentre(0, 1, smallArea) + direct.neuronCentre(1, 1, smallArea)));
        QVERIFY2(up.green() > up.red() + 60 && up.green() > up.blue() + 40, qPrintable(when + (" " + up.name())));
        QVERIFY2(down.red() > down.green() + 80 && down.red() > down.blue() + 80, qPrintable(when + (" " + down.name())));
        QVERIFY2(maxDifference(shown, render(direct, small)) <= 2, when);
    };

    widget.setTraining(false);  // paused
    QVERIFY(!widget.isFading());
    QTest::qWait(NetworkGraphWidget::fadeMilliseconds + 200);
    QCOMPARE(widget.painter().fade(), 1.0);
    fullColour("paused mid-fade");

    EpochReport next = knownReport();  // stepped, or the run's last epoch
    next.epoch = 2;
    widget.setReport(next);
    QVERIFY(!widget.isFading());
    direct.setReport(next);
    QTest::qWait(NetworkGraphWidget::fadeMilliseconds + 200);
    QCOMPARE(widget.painter().fade(), 1.0);
    QTRY_VERIFY(maxDifference(widget.grab().toImage(), render(direct, small)) <= 2);  // rendered off-thread
    fullColour("after a report once stopped");
}

void TestNetworkGraph::widgetCacheMatchesDirectPaint()
{
    NetworkGraphWidget widget;
    widget.resize(small);
    widget.setNetwork(makeSpec(2, {2, 1}));
    widget.setTraining(true);
    widget.setReport(knownReport());
    NetworkPainter direct = widget.painter();  // same spec, report, mode and style
    const QImage lit = widget.grab().toImage();
    QCOMPARE(lit.size(), small);
    direct.setFade(1);
    const QImage directLit = render(direct, small);
    QVERIFY2(maxDifference(lit, directLit) <= 2, "the lit picture differs from a direct paint at fade 1");
    QTRY_VERIFY_WITH_TIMEOUT(!widget.isFading(), 3000);
    direct.setFade(0);
    QVERIFY2(maxDifference(widget.grab().toImage(), render(direct, small)) <= 2,
             "the rest picture differs from a direct paint at fade 0");
    QVERIFY(maxDifference(directLit, render(direct, small)) > 40);  // lit and rest differ: both checks count
}

// Reports after the first are rendered off the GUI thread: the old picture stays until the newest
// report's arrives, and reports that come meanwhile are coalesced. Weights mode keeps the fade out of it.
void TestNetworkGraph::widgetShowsNewestReportOnceRendered()
{
    const NetworkSpec spec = makeSpec(4, {6, 3});
    NetworkGraphWidget widget;
    widget.resize(small);
    widget.setNetwork(spec);
    widget.setMode(GraphMode::Weights);
    widget.setReport(mixedReport(spec, 1));
    const QImage first = widget.grab().toImage();  // drawn at once: no picture of this size yet
    for (unsigned seed = 2; seed <= 5; ++seed)
        widget.setReport(mixedReport(spec, seed));
    NetworkPainter direct = widget.painter();  // holds the report of seed 5
    direct.setFade(1);
    const QImage newest = render(direct, small);
    QVERIFY(maxDifference(first, newest) > 40);  // the reports look different
    QTRY_VERIFY_WITH_TIMEOUT(maxDifference(widget.grab().toImage(), newest) <= 2, 5000);
}


QTEST_MAIN(TestNetworkGraph)
#include "test_networkgraph.moc"
