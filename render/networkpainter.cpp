#include "networkpainter.h"
#include "columnpainter.h"
#include "edgebatch.h"
#include "edgeraster.h"
#include "graphinspector.h"
#include "graphlegend.h"
#include "theme.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace bp {

namespace {

// The two colour families a mode draws with: the sign ≥ 0 colour, then the sign < 0 colour.
std::pair<QColor, QColor> families(GraphMode mode)
{
    switch (mode) {
    case GraphMode::Weights: return {theme::positive(), theme::negative()};
    case GraphMode::Gradient: return {theme::gradient(), theme::gradient()};
    default: return {theme::increase(), theme::decrease()};
    }
}

}  // namespace

void NetworkPainter::setSpec(const NetworkSpec& spec)
{
    spec_ = spec;
    report_.reset();
    ++specVersion_;
}

bool NetworkPainter::setReport(const EpochReport& report)
{
    if (report.layers.size() != spec_.layers.size())
        return false;
    Index in = spec_.inputs;
    for (std::size_t k = 0; k < report.layers.size(); ++k) {
        const LayerChange& c = report.layers[k];
        const Index out = spec_.layers[k].neurons;
        if (c.W.rows() != out || c.W.cols() != in || c.dW.rows() != out || c.dW.cols() != in
            || c.b.size() != out || c.db.size() != out)
            return false;
        in = out;
    }
    report_ = report;
    return true;
}

void NetworkPainter::clearReport() { report_.reset(); }

void NetworkPainter::setFade(qreal fade) { fade_ = std::clamp<qreal>(fade, 0, 1); }

const NetworkPainter::Frame& NetworkPainter::frame(const QRectF& area) const
{
    const bool trained = report_.has_value();
    const Frame& old = frame_;
    if (old.specVersion == specVersion_ && old.area == area && old.mode == mode_
        && old.trained == trained && old.style.showLabels == style_.showLabels
        && old.style.showLegend == style_.showLegend)
        return frame_;

    Frame f;
    f.area = area;
    f.mode = mode_;
    f.trained = trained;
    f.style = style_;
    f.specVersion = specVersion_;
    const qreal scale = std::max(0.25, std::min(area.width() / 1280, area.height() / 720));
    f.font.setPixelSize(int(std::clamp(15 * scale, 10.0, 44.0)));
    const QFontMetricsF fm(f.font);
    const qreal pad = std::max(6.0, 0.03 * std::min(area.width(), area.height()));
    QRectF inner = area.adjusted(pad, pad, -pad, -pad);
    if (style_.showLegend) {
        f.legendRows = GraphLegend(mode_, trained).rows(f.font, inner.width());
        f.legendBand = QRectF(inner.left(), inner.top(), inner.width(), f.legendRows * fm.height());
        inner.setTop(f.legendBand.bottom() + pad);
    }
    std::vector<int> sizes{spec_.inputs};
    for (const LayerSpec& l : spec_.layers)
        sizes.push_back(l.neurons);
    if (style_.showLabels) {
        const GraphLayout probe(sizes, inner);  // where the columns fall, to see if labels fit between
        f.stackedLabels = sizes.size() > 1 && labelsCollide(fm, probe.column(1).x - probe.column(0).x);
        f.labelLines = (f.stackedLabels ? 2 : 1) + (mode_ == GraphMode::Gradient && trained ? 1 : 0);
        const qreal h = f.labelLines * fm.height();
        f.labelBand = QRectF(inner.left(), inner.bottom() - h, inner.width(), h);
        inner.setBottom(f.labelBand.top() - 0.6 * pad);
    }
    f.layout = GraphLayout(sizes, inner);
    frame_ = std::move(f);
    return frame_;
}

qreal NetworkPainter::layerFactor(int k) const
{
    if (mode_ != GraphMode::Gradient || !report_)
        return 1;
    Scalar largest = 0;
    for (const LayerChange& c : report_->layers)
        largest = std::max(largest, c.gradNorm);
    const Scalar g = report_->layers[std::size_t(k)].gradNorm;
    return largest > 0 && std::isfinite(largest) ? qreal(g / largest) : 0.0;
}

Scalar NetworkPainter::edgeValue(int k, int i0, int i1, int j0, int j1) const
{
    if (!report_)
        return 0;
    const LayerChange& c = report_->layers[std::size_t(k)];
    // W is out × in, so the edge from source i to target j is W(j, i).
    const auto block = [&](const Matrix& M) { return M.block(j0, i0, j1 - j0, i1 - i0); };
    switch (mode_) {
    case GraphMode::Weights: return block(c.W).mean();
    case GraphMode::Gradient: return block(c.dW).cwiseAbs().mean();
    default: return block(c.dW).mean();
    }
}

std::vector<Scalar> NetworkPainter::neuronValues(int c) const
{
    if (!report_ || c == 0)
        return {};
    const LayerChange& l = report_->layers[std::size_t(c - 1)];
    const Vector v = mode_ == GraphMode::Weights ? l.b
                   : mode_ == GraphMode::Gradient ? Vector(l.db.cwiseAbs()) : l.db;
    return std::vector<Scalar>(v.data(), v.data() + v.size());
}

void NetworkPainter::paint(QPainter& p, const QRectF& area) const
{
    const Frame& f = frame(area);
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    if (style_.background == Background::Canvas)
        p.fillRect(area, theme::canvas());
    else if (style_.background == Background::Light)
        p.fillRect(area, Qt::white);
    paintEdges(p, f);
    paintNeurons(p, f);
    if (style_.showLabels)
        paintLabels(p, f);
    if (style_.showLegend) {
        const QString corner = report_ ? QStringLiteral("epoch %1").arg(report_->epoch) : QString();
        GraphLegend(mode_, f.trained).paint(p, f.legendBand, f.font, f.legendRows, corner);
    }
    p.restore();
}

void NetworkPainter::paintEdges(QPainter& p, const Frame& f) const
{
    const GraphLayout& L = f.layout;
    const auto [first, second] = families(mode_);
    EdgeBatch batch;
    std::vector<Scalar> v;
    // On pixels, edges are blended straight into one layer; on vector devices (SVG) they are paths.
    const bool raster = EdgeRaster::suits(p);
    if (raster)
        raster_.begin(p, f.area);
    for (int k = 0; k + 1 < L.columns(); ++k) {
        const int nIn = L.column(k).bins, nOut = L.column(k + 1).bins;
        // One value per bin pair (a single weight unless a side is a strip), row j for target bin j.
        v.assign(std::size_t(nIn) * std::size_t(nOut), 0);
        if (report_)
            for (int j = 0; j < nOut; ++j)
                for (int i = 0; i < nIn; ++i)
                    v[std::size_t(j * nIn + i)] = edgeValue(k, L.binStart(k, i), L.binStart(k, i + 1),
                                                             L.binStart(k + 1, j), L.binStart(k + 1, j + 1));
        // strength s = |v| / max |v| over this layer's edges (times the layer's share in gradient mode)
        Scalar top = 0;
        for (Scalar x : v)
            top = std::isfinite(x) ? std::max(top, std::abs(x)) : top;
        const qreal factor = layerFactor(k);
        batch.clear();
        for (int j = 0; j < nOut; ++j) {
            const QPointF b = L.anchor(k + 1, j, false);
            for (int i = 0; i < nIn; ++i) {
                const Scalar x = v[std::size_t(j * nIn + i)];
                const qreal s = top > 0 ? std::abs(x) / top * factor : 0.0;
                batch.add(x < 0 ? 1 : 0, s, QLineF(L.anchor(k, i, true), b));
            }
        }
        batch.draw(p, raster ? &raster_ : nullptr, first, second, theme::restingEdge(), liveFade(),
                   L.edgeWidth(k));
    }
    if (raster)
        raster_.end(p);
}

void NetworkPainter::paintNeurons(QPainter& p, const Frame& f) const
{
    const auto [first, second] = families(mode_);
    QColor outline = theme::ink();
    outline.setAlphaF(0.55f);
    const QPen pen(outline, std::max(1.0, 1.1 * f.layout.unit()));
    for (int c = 0; c < f.layout.columns(); ++c)
        ColumnPainter(neuronValues(c), first, second, liveFade(), c > 0 ? layerFactor(c - 1) : 1.0)
            .paint(p, f.layout, c, pen);
}

void NetworkPainter::paintLabels(QPainter& p, const Frame& f) const
{
    const GraphLayout& L = f.layout;
    const QFontMetricsF fm(f.font);
    p.save();
    p.setFont(f.font);
    // Stacked labels get the column spacing less a gap; anything wider is elided.
    const qreal room = L.columns() > 1 ? 0.92 * (L.column(1).x - L.column(0).x) : f.area.width();
    for (int c = 0; c < L.columns(); ++c) {
        QStringList lines = columnLabel(c, f.stackedLabels);
        if (mode_ == GraphMode::Gradient && report_ && c > 0) {  // stacked: the bare norm, as it fits
            const Scalar norm = report_->layers[std::size_t(c - 1)].gradNorm;
            lines << (f.stackedLabels ? QString::number(norm, 'g', 2)
                                      : QStringLiteral("‖∂L/∂W‖ %1").arg(norm, 0, 'g', 3));
        }
        for (int n = 0; n < lines.size(); ++n) {
            if (f.stackedLabels)
                lines[n] = fm.elidedText(lines[n], Qt::ElideRight, room);
            const qreal w = fm.horizontalAdvance(lines[n]);
            const qreal x = std::max(f.area.left() + 2, std::min(L.column(c).x - w / 2, f.area.right() - w - 2));
            QColor ink = theme::ink();
            ink.setAlphaF(n == 0 ? 0.85f : 0.55f);
            p.setPen(ink);
            p.drawText(QRectF(x, f.labelBand.top() + n * fm.height(), w + 1, fm.height()),
                       Qt::AlignCenter, lines[n]);
        }
    }
    p.restore();
}

QStringList NetworkPainter::columnLabel(int c, bool stacked) const
{
    // "input 2" or "16 · tanh" on one line; stacked, "input" over "2" or "16" over "tanh".
    if (c == 0)
        return stacked ? QStringList{QStringLiteral("input"), QString::number(spec_.inputs)}
                       : QStringList{QStringLiteral("input %1").arg(spec_.inputs)};
    const LayerSpec& l = spec_.layers[std::size_t(c - 1)];
    const QString activation = GraphInspector::activationLabel(l.activation);
    return stacked ? QStringList{QString::number(l.neurons), activation}
                   : QStringList{QStringLiteral("%1 · %2").arg(l.neurons).arg(activation)};
}

bool NetworkPainter::labelsCollide(const QFontMetricsF& fm, qreal spacing) const
{
    // Two neighbours' one-line labels collide when their half-widths and a gap of two spaces
    // exceed the spacing of the (evenly spread) columns.
    const int columns = int(spec_.layers.size()) + 1;
    const qreal gap = fm.horizontalAdvance(QStringLiteral("  "));
    for (int c = 0; c + 1 < columns; ++c) {
        const qreal a = fm.horizontalAdvance(columnLabel(c, false).first());
        const qreal b = fm.horizontalAdvance(columnLabel(c + 1, false).first());
        if ((a + b) / 2 + gap > spacing)
            return true;
    }
    return false;
}

QPointF NetworkPainter::neuronCentre(int layer, int index, const QRectF& area) const
{
    return frame(area).layout.centre(layer, index);
}

std::optional<NetworkPainter::Hit> NetworkPainter::hitTest(QPointF pos, const QRectF& area) const
{
    return GraphInspector::hitTest(frame(area).layout, pos);
}

QString NetworkPainter::describe(const Hit& hit) const
{
    return GraphInspector::describe(spec_, report_, hit, names_);
}

}  // namespace bp
