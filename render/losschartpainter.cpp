#include "losschartpainter.h"

#include "axisticks.h"
#include "chartlegendrow.h"
#include "theme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace bp {

using charttheme::Curve;

namespace {
constexpr qreal kPadding = 5;       // between the picture's edge, a title, tick labels and the axis
constexpr qreal kTickLength = 5;    // ticks point into the plot
qreal widest(const QFontMetricsF& fm, const std::vector<AxisTick>& ticks)
{
    qreal w = 0;
    for (const AxisTick& t : ticks)
        w = std::max(w, fm.horizontalAdvance(t.label));
    return w;
}
}  // namespace

/// Where the plot sits and what its axes show.
struct LossChartPainter::Axes {
    QRectF frame;                 // the axis rectangle, pixels
    charttheme::Range x, y;       // epochs; losses
    bool log = false;
    std::vector<AxisTick> xTicks, yTicks, percentTicks;

    qreal px(double epoch) const { return frame.left() + (epoch - x.lower) / (x.upper - x.lower) * frame.width(); }
    qreal py(double loss) const
    {
        const double t = log ? std::log(loss / y.lower) / std::log(y.upper / y.lower) : (loss - y.lower) / (y.upper - y.lower);
        return frame.bottom() - t * frame.height();
    }
    qreal pyPercent(double percent) const { return frame.bottom() - percent / 100.0 * frame.height(); }
};

void LossChartPainter::setRun(int lastEpoch, double largestLoss)
{
    runEpochs_ = lastEpoch;
    runLossMax_ = largestLoss;
}

LossChartPainter::Axes LossChartPainter::axes(std::span<const HistoryEntry> history, QSizeF plot) const
{
    Axes a;
    a.log = logScale_;
    const double first = history.empty() ? 0 : history.front().epoch;
    a.x = charttheme::epochRange(first, history.empty() ? 10 : history.back().epoch);
    if (runEpochs_ > 0)
        a.x = {first, std::max(double(runEpochs_), first + 1)};
    if (runLossMax_ > 0 && !logScale_) {
        a.y = charttheme::lossRange(0, runLossMax_, false);  // the whole run's axis: no scan per frame
    } else {
        const charttheme::LossBounds b = charttheme::lossBounds(history);
        a.y = charttheme::lossRange(b.smallest, b.largest, logScale_);
    }
    a.xTicks = AxisTicks::linear(a.x.lower, a.x.upper, charttheme::xTickCount(int(plot.width())), 1);
    const int yCount = charttheme::yTickCount(int(plot.height()));
    a.yTicks = logScale_ ? AxisTicks::log(a.y.lower, a.y.upper, yCount) : AxisTicks::linear(a.y.lower, a.y.upper, yCount);
    if (classifier_)
        a.percentTicks = AxisTicks::percent(charttheme::percentStep(int(plot.height())));
    return a;
}

std::vector<Curve> LossChartPainter::shownCurves(std::span<const HistoryEntry> history) const
{
    // Only what is drawn has a legend entry: no validation entries without a validation set.
    std::vector<Curve> shown;
    for (int i = 0; i < charttheme::curveCount; ++i) {
        const Curve c = Curve(i);
        const bool always = c == Curve::TrainLoss || c == Curve::Accuracy;
        const bool hasData = std::any_of(history.begin(), history.end(),
                                         [c](const HistoryEntry& e) { return charttheme::valueAt(e, c).has_value(); });
        if ((classifier_ || !charttheme::onPercentAxis(c)) && (always || hasData))
            shown.push_back(c);
    }
    return shown;
}

void LossChartPainter::paint(QPainter& p, const QRectF& rect, std::span<const HistoryEntry> history) const
{
    p.save();
    p.fillRect(rect, theme::canvas());
    p.setFont(charttheme::font());
    const QFontMetricsF fm(p.font());
    const qreal legend = ChartLegendRow::paint(p, rect, shownCurves(history));

    // The axis rectangle leaves room for titles and tick labels: measured once for a first guess
    // at the tick counts, then again for the ticks that guess gives.
    const qreal line = fm.height();
    const QRectF area = rect.adjusted(0, legend, 0, 0);
    QMarginsF margins(3 * kPadding + line + fm.horizontalAdvance(QStringLiteral("0.00")), kPadding + line / 2,
                      classifier_ ? 5 * kPadding + line + fm.horizontalAdvance(QStringLiteral("100 %")) : 2 * kPadding + line,
                      3 * kPadding + 2 * line);
    Axes a = axes(history, area.marginsRemoved(margins).size());
    margins.setLeft(4 * kPadding + line + widest(fm, a.yTicks));
    a = axes(history, area.marginsRemoved(margins).size());
    a.frame = area.marginsRemoved(margins);
    const QRectF& f = a.frame;

    // Grid, axes and ticks: crisp lines, as on screen.
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(charttheme::gridPen());
    for (const AxisTick& t : a.xTicks)
        p.drawLine(QPointF(a.px(t.value), f.top()), QPointF(a.px(t.value), f.bottom()));
    for (const AxisTick& t : a.yTicks)
        p.drawLine(QPointF(f.left(), a.py(t.value)), QPointF(f.right(), a.py(t.value)));
    p.setPen(charttheme::axisPen());
    p.drawLine(f.bottomLeft(), f.bottomRight());
    p.drawLine(f.bottomLeft(), f.topLeft());
    if (classifier_)
        p.drawLine(f.bottomRight(), f.topRight());
    const qreal wide = 1000;  // a label's box, centred or aligned on its tick
    for (const AxisTick& t : a.xTicks) {
        p.drawLine(QPointF(a.px(t.value), f.bottom()), QPointF(a.px(t.value), f.bottom() - kTickLength));
        p.drawText(QRectF(a.px(t.value) - wide / 2, f.bottom() + kPadding, wide, line), Qt::AlignHCenter | Qt::AlignTop, t.label);
    }
    for (const AxisTick& t : a.yTicks) {
        p.drawLine(QPointF(f.left(), a.py(t.value)), QPointF(f.left() + kTickLength, a.py(t.value)));
        p.drawText(QRectF(f.left() - kPadding - wide, a.py(t.value) - line / 2, wide, line), Qt::AlignRight | Qt::AlignVCenter, t.label);
    }
    for (const AxisTick& t : a.percentTicks) {
        p.drawLine(QPointF(f.right(), a.pyPercent(t.value)), QPointF(f.right() - kTickLength, a.pyPercent(t.value)));
        p.drawText(QRectF(f.right() + kPadding, a.pyPercent(t.value) - line / 2, wide, line), Qt::AlignLeft | Qt::AlignVCenter, t.label);
    }
    p.setRenderHint(QPainter::Antialiasing, true);
    p.drawText(QRectF(f.left(), f.bottom() + 2 * kPadding + line, f.width(), line), Qt::AlignCenter, charttheme::epochTitle());
    p.save();
    p.translate(rect.left() + 2 * kPadding + line / 2, f.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-f.height() / 2, -line / 2, f.height(), line), Qt::AlignCenter, charttheme::lossTitle());
    p.restore();
    if (classifier_) {
        p.save();
        p.translate(f.right() + 3 * kPadding + widest(fm, a.percentTicks) + line / 2, f.center().y());
        p.rotate(90);
        p.drawText(QRectF(-f.height() / 2, -line / 2, f.height(), line), Qt::AlignCenter, charttheme::accuracyTitle());
        p.restore();
    }

    paintCurves(p, a, history);
    if (marker_ >= 1 && marker_ >= a.x.lower && marker_ <= a.x.upper) {
        p.setPen(charttheme::markerPen());
        p.drawLine(QPointF(a.px(marker_), f.top()), QPointF(a.px(marker_), f.bottom()));
    }
    p.restore();
}

void LossChartPainter::paintCurves(QPainter& p, const Axes& a, std::span<const HistoryEntry> history) const
{
    p.save();
    p.setClipRect(a.frame);
    p.setBrush(Qt::NoBrush);
    for (int i = 0; i < charttheme::curveCount; ++i) {
        const Curve curve = Curve(i);
        const bool percent = charttheme::onPercentAxis(curve);
        if (percent && !classifier_)
            continue;
        QPainterPath path;
        bool fresh = true;  // a non-finite or non-positive (log) value breaks the line
        for (const HistoryEntry& e : history) {
            const std::optional<double> v = charttheme::valueAt(e, curve);
            if (!v)
                continue;
            if (!std::isfinite(*v) || (!percent && a.log && *v <= 0)) {
                fresh = true;
                continue;
            }
            const QPointF at(a.px(e.epoch), percent ? a.pyPercent(*v) : a.py(*v));
            fresh ? path.moveTo(at) : path.lineTo(at);
            fresh = false;
        }
        p.setPen(charttheme::curvePen(curve));
        p.drawPath(path);
    }
    p.restore();
}

QImage LossChartPainter::image(QSize size, std::span<const HistoryEntry> history) const
{
    QImage picture(size, QImage::Format_RGB32);
    picture.fill(theme::canvas());
    QPainter p(&picture);
    p.setRenderHint(QPainter::TextAntialiasing);
    paint(p, QRectF(QPointF(0, 0), QSizeF(size)), history);
    return picture;
}

}  // namespace bp
