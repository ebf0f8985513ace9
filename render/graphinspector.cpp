#include "graphinspector.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace bp {

namespace {

// Distance from p to the segment ab.
qreal segmentDistance(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const qreal len2 = QPointF::dotProduct(ab, ab);
    const qreal t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return std::sqrt(QPointF::dotProduct(d, d));
}

QString signedNumber(double x) { return (x > 0 ? QStringLiteral("+") : QString()) + QString::number(x, 'g', 4); }

QString columnName(const NetworkSpec& spec, int c)
{
    if (c == 0)
        return QStringLiteral("input");
    return c == int(spec.layers.size()) ? QStringLiteral("output") : QStringLiteral("hidden %1").arg(c);
}

/// Names count neurons of column c: a single one by name, a group as "input #1–#8".
QString groupName(const NetworkSpec& spec, const GraphNames& names, int c, int first, int count)
{
    if (count == 1)
        return GraphInspector::neuronName(spec, names, c, first);
    return QStringLiteral("%1 #%2–#%3").arg(columnName(spec, c)).arg(first + 1).arg(first + count);
}

}  // namespace

QString GraphInspector::activationLabel(Activation f)
{
    const std::string_view label = labelOf(activationNames, f);
    return QString::fromUtf8(label.data(), qsizetype(label.size()));
}

QString GraphInspector::neuronName(const NetworkSpec& spec, const GraphNames& names, int c, int index)
{
    const int last = int(spec.layers.size());
    const int size = c == 0 ? spec.inputs : c <= last ? spec.layers[std::size_t(c - 1)].neurons : 0;
    const auto i = std::size_t(index);
    if (c == 0 && int(names.inputs.size()) == size && !names.inputs[i].empty())
        return QString::fromStdString(names.inputs[i]);
    if (c == last && c > 0 && int(names.outputs.size()) == size && !names.outputs[i].empty())
        return QString::fromStdString(names.outputs[i]);
    if (c == last && c > 0 && size == 1 && names.outputs.size() == 2)  // one sigmoid for two classes
        return QStringLiteral("p(%1)").arg(QString::fromStdString(names.outputs[1]));
    return QStringLiteral("%1 #%2").arg(columnName(spec, c)).arg(index + 1);
}

std::optional<GraphHit> GraphInspector::hitTest(const GraphLayout& L, QPointF pos)
{
    const qreal tolerance = std::max(3.0, 4 * L.unit());
    for (int c = 0; c < L.columns(); ++c)
        if (const auto i = L.neuronAt(c, pos, 0.5 * tolerance))
            return GraphHit{GraphHit::Kind::Neuron, c, *i};

    std::optional<GraphHit> best;
    qreal bestDistance = 0;
    for (int k = 0; k + 1 < L.columns(); ++k) {
        if (pos.x() < L.column(k).x || pos.x() > L.column(k + 1).x)
            continue;
        const qreal reach = tolerance + L.edgeWidth(k);
        for (int j = 0; j < L.column(k + 1).bins; ++j)
            for (int i = 0; i < L.column(k).bins; ++i) {
                const qreal d = segmentDistance(pos, L.anchor(k, i, true), L.anchor(k + 1, j, false));
                if (d > reach || (best && d >= bestDistance))
                    continue;
                const int i0 = L.binStart(k, i), j0 = L.binStart(k + 1, j);
                best = GraphHit{GraphHit::Kind::Edge, k, 0, i0, j0,
                                L.binStart(k, i + 1) - i0, L.binStart(k + 1, j + 1) - j0};
                bestDistance = d;
            }
    }
    return best;
}

QString GraphInspector::describe(const NetworkSpec& spec, const std::optional<EpochReport>& report,
                                 const GraphHit& hit, const GraphNames& names)
{
    QStringList lines;
    const int k = hit.kind == GraphHit::Kind::Neuron ? hit.layer - 1 : hit.layer;  // dense layer
    if (hit.kind == GraphHit::Kind::Neuron && hit.layer == 0) {
        const QString name = neuronName(spec, names, 0, hit.index);
        const QString numbered = QStringLiteral("input #%1 of %2").arg(hit.index + 1).arg(spec.inputs);
        return name.startsWith(QStringLiteral("input #")) ? numbered : name + QStringLiteral(" · ") + numbered;
    }
    if (k < 0 || k >= int(spec.layers.size()))
        return {};
    const LayerChange* change = report ? &report->layers[std::size_t(k)] : nullptr;
    if (hit.kind == GraphHit::Kind::Neuron) {
        const QString numbered = QStringLiteral("%1 #%2").arg(columnName(spec, hit.layer)).arg(hit.index + 1);
        const QString name = neuronName(spec, names, hit.layer, hit.index);
        lines << (name == numbered ? QString() : name + QStringLiteral(" · "))
                     + QStringLiteral("%1 of %2").arg(numbered).arg(spec.layers[std::size_t(k)].neurons);
        if (change)
            lines << QStringLiteral("bias b = %1").arg(change->b(hit.index), 0, 'g', 4)
                  << QStringLiteral("Δb = %1").arg(signedNumber(change->db(hit.index)));
    } else {
        const int n = hit.fromCount * hit.toCount;
        lines << QStringLiteral("%1 → %2").arg(groupName(spec, names, k, hit.from, hit.fromCount),
                                              groupName(spec, names, k + 1, hit.to, hit.toCount));
        if (n > 1)
            lines << QStringLiteral("%1 weights, values are means").arg(n);
        if (change) {
            // W is out × in: the block of targets (rows) × sources (columns).
            const auto W = change->W.block(hit.to, hit.from, hit.toCount, hit.fromCount);
            const auto dW = change->dW.block(hit.to, hit.from, hit.toCount, hit.fromCount);
            lines << QStringLiteral("weight W = %1").arg(W.mean(), 0, 'g', 4)
                  << QStringLiteral("ΔW = %1").arg(signedNumber(dW.mean()));
            if (n > 1)
                lines << QStringLiteral("mean |ΔW| = %1").arg(dW.cwiseAbs().mean(), 0, 'g', 4);
        }
    }
    lines << QStringLiteral("activation: %1").arg(activationLabel(spec.layers[std::size_t(k)].activation));
    if (change)
        lines << QStringLiteral("layer ‖∂L/∂W‖ = %1").arg(change->gradNorm, 0, 'g', 4);
    else
        lines << QStringLiteral("no epoch yet");
    return lines.join(QLatin1Char('\n'));
}

}  // namespace bp
