#include "gradientmeterpainter.h"

#include "axisticks.h"
#include "charttheme.h"
#include "theme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace bp {

namespace {
constexpr qreal kMargin = 8;
constexpr qreal kGap = 10;  // between columns

// The rows' area and the decades the bars span, as paint and shownLayers both need them.
struct Layout {
    QFontMetricsF fm{charttheme::font()};
    QRectF rows;       // every row, between the header and the axis
    qreal nameWidth = 0, valueWidth = 0, sparkWidth = 0, ratioWidth = 0, barWidth = 0;

    explicit Layout(const QRectF& rect)
    {
        const qreal line = fm.height();
        rows = rect.adjusted(kMargin, kMargin + line + 6, -kMargin, -kMargin - line - 4);
        const QString number = AxisTicks::label(8.88e-10);
        nameWidth = std::max(fm.horizontalAdvance(QStringLiteral("layer 9999")), fm.horizontalAdvance(QStringLiteral("output")));
        valueWidth = fm.horizontalAdvance(number);
        ratioWidth = std::max(fm.horizontalAdvance(number), fm.horizontalAdvance(QStringLiteral("‖ΔW‖/‖W‖")));
        sparkWidth = std::clamp(rows.width() * 0.22, 50.0, 200.0);
        barWidth = std::max(30.0, rows.width() - nameWidth - valueWidth - sparkWidth - ratioWidth - 4 * kGap);
    }
    qreal barLeft() const { return rows.left() + nameWidth + kGap; }
    qreal valueLeft() const { return barLeft() + barWidth + kGap; }
    qreal sparkLeft() const { return valueLeft() + valueWidth + kGap; }
    qreal ratioLeft() const { return sparkLeft() + sparkWidth + kGap; }
    int fittingRows() const { return std::max(1, int(rows.height() / (fm.height() + 1))); }
};

// The decades of the bars' log axis: from the power of ten at or below the smallest norm to the
// one at or above the largest, at least one and at most twelve decades.
std::pair<int, int> decades(const GradientMeter& meter)
{
    const auto range = meter.normRange();
    if (!range)
        return {-4, 0};
    const int hi = int(std::ceil(std::log10(double(range->second))));
    int lo = int(std::floor(std::log10(double(range->first))));
    lo = std::clamp(lo, hi - 12, hi - 1);
    return {lo, hi};
}

QString layerName(std::size_t layer, std::size_t layers)
{
    return layer + 1 == layers ? QStringLiteral("output") : QStringLiteral("layer %1").arg(layer + 1);
}

QString normText(Scalar v) { return !std::isfinite(v) ? QStringLiteral("not finite") : v == 0 ? QStringLiteral("0") : AxisTicks::label(v); }

// Draws the history as a line in box, log scale over its own positive, finite range.
void paintSparkline(QPainter& p, const QRectF& box, const std::deque<Scalar>& history)
{
    double lo = INFINITY, hi = -INFINITY;
    for (Scalar v : history)
        if (v > 0 && std::isfinite(v)) {
            lo = std::min(lo, std::log10(double(v)));
            hi = std::max(hi, std::log10(double(v)));
        }
    if (lo > hi)
        return;
    if (hi - lo < 0.1) {  // a flat history sits in the middle
        lo -= 0.5;
        hi += 0.5;
    }
    const qreal dx = history.size() > 1 ? box.width() / qreal(history.size() - 1) : 0;
    QPainterPath path;
    bool started = false;
    QPointF last;
    for (std::size_t i = 0; i < history.size(); ++i) {
        const Scalar v = history[i];
        if (!(v > 0) || !std::isfinite(v)) {
            started = false;
            continue;
        }
        last = {box.left() + dx * qreal(i), box.bottom() - (std::log10(double(v)) - lo) / (hi - lo) * box.height()};
        started ? path.lineTo(last) : path.moveTo(last);
        started = true;
    }
    p.setPen(QPen(theme::ink(), 1.2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setPen(Qt::NoPen);
    p.setBrush(theme::gradient());
    p.drawEllipse(last, 2.5, 2.5);
}
}  // namespace

std::vector<std::size_t> GradientMeterPainter::shownLayers(const GradientMeter& meter, qreal height)
{
    const std::size_t n = meter.layers();
    const std::size_t fit = std::size_t(Layout(QRectF(0, 0, 600, height)).fittingRows());
    std::vector<std::size_t> shown;
    if (n <= fit) {
        for (std::size_t i = 0; i < n; ++i)
            shown.push_back(i);
        return shown;
    }
    for (std::size_t k = 0; k < fit; ++k)
        shown.push_back(fit == 1 ? n - 1 : std::size_t(std::lround(double(k) * double(n - 1) / double(fit - 1))));
    return shown;
}

void GradientMeterPainter::paint(QPainter& p, const QRectF& rect, const GradientMeter& meter)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect, theme::canvas());
    p.setFont(charttheme::font());
    const Layout l(rect);
    const qreal line = l.fm.height();
    QColor faint = theme::ink();
    faint.setAlphaF(0.6);

    // One line on top: the title with the epoch, and the headers of the history and ratio columns.
    const qreal top = rect.top() + kMargin;
    p.setPen(theme::ink());
    const QString epoch = meter.epoch() > 0 ? QStringLiteral(" · epoch %1").arg(meter.epoch()) : QStringLiteral(" · train to see them");
    p.drawText(QRectF(rect.left() + kMargin, top, l.sparkLeft() - kGap - rect.left() - kMargin, line),
               Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("Gradient ‖∂L/∂W‖ per layer, log scale") + epoch);
    p.setPen(faint);
    p.drawText(QRectF(l.sparkLeft(), top, l.sparkWidth, line), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("history"));
    p.drawText(QRectF(l.ratioLeft(), top, l.ratioWidth, line), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("‖ΔW‖/‖W‖"));

    // The rows at most 2.4 lines tall, the axis right under them.
    const std::vector<std::size_t> shown = shownLayers(meter, rect.height());
    const qreal rowHeight = shown.empty() ? 0 : std::min(l.rows.height() / qreal(shown.size()), 2.4 * line);
    const qreal rowsBottom = l.rows.top() + rowHeight * qreal(std::max<std::size_t>(1, shown.size()));
    const auto [lo, hi] = decades(meter);
    const auto barX = [&](double v) {
        const double t = std::clamp((std::log10(v) - lo) / double(hi - lo), 0.0, 1.0);
        return l.barLeft() + t * l.barWidth;
    };
    const std::vector<AxisTick> ticks = AxisTicks::log(std::pow(10.0, lo), std::pow(10.0, hi), std::max(2, int(l.barWidth / 70)));
    for (const AxisTick& t : ticks) {
        const qreal x = barX(t.value);
        p.setPen(charttheme::gridPen());
        p.drawLine(QPointF(x, l.rows.top()), QPointF(x, rowsBottom));
        p.setPen(theme::ink());
        p.drawText(QRectF(x - 40, rowsBottom + 4, 80, line), Qt::AlignCenter, t.label);
    }

    for (std::size_t r = 0; r < shown.size(); ++r) {
        const std::size_t i = shown[r];
        const LayerGradient& g = meter.latest()[i];
        const QRectF row(l.rows.left(), l.rows.top() + rowHeight * qreal(r), l.rows.width(), rowHeight);
        const qreal barHeight = std::max(2.0, rowHeight * 0.6);
        p.setPen(theme::ink());
        p.drawText(QRectF(row.left(), row.top(), l.nameWidth, row.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   layerName(i, meter.layers()));
        const bool trained = meter.epoch() > 0;
        if (trained && g.gradNorm > 0 && std::isfinite(g.gradNorm)) {
            const QRectF bar(l.barLeft(), row.center().y() - barHeight / 2, std::max(2.0, barX(g.gradNorm) - l.barLeft()), barHeight);
            p.fillRect(bar, theme::gradient());
        }
        p.drawText(QRectF(l.valueLeft(), row.top(), l.valueWidth, row.height()), Qt::AlignRight | Qt::AlignVCenter,
                   trained ? normText(g.gradNorm) : QStringLiteral("—"));
        paintSparkline(p, QRectF(l.sparkLeft(), row.top() + 3, l.sparkWidth, row.height() - 6), meter.history(i));
        p.setPen(theme::ink());
        p.drawText(QRectF(l.ratioLeft(), row.top(), l.ratioWidth, row.height()), Qt::AlignRight | Qt::AlignVCenter,
                   trained && g.updateRatio ? normText(*g.updateRatio) : QStringLiteral("—"));
    }
    p.restore();
}

QImage GradientMeterPainter::image(QSize size, const GradientMeter& meter)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(theme::canvas());
    QPainter p(&image);
    paint(p, QRectF(QPointF(0, 0), QSizeF(size)), meter);
    return image;
}

}  // namespace bp
