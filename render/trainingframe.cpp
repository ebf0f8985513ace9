#include "trainingframe.h"

#include "theme.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace bp {

TrainingFrame::TrainingFrame(const NetworkSpec& spec, bool classifier, const Options& options)
    : options_(options), classifier_(classifier)
{
    painter_.setSpec(spec);
    painter_.setMode(options.mode);
    painter_.setFade(1);
    NetworkPainter::Style style;
    style.background = NetworkPainter::Background::Canvas;
    style.showLabels = true;
    style.showLegend = true;
    painter_.setStyle(style);
    chart_.setClassifier(classifier);
}

TrainingFrame::~TrainingFrame() = default;

void TrainingFrame::setPanel(std::unique_ptr<FramePanel> panel)
{
    panel_ = options_.data ? std::move(panel) : nullptr;
}

void TrainingFrame::setRun(const std::vector<HistoryEntry>& fullHistory)
{
    chart_.setRun(fullHistory.empty() ? 0 : fullHistory.back().epoch, charttheme::lossBounds(fullHistory).largest);
}

QString TrainingFrame::caption(const EpochReport& report)
{
    QString text = QStringLiteral("epoch %1 · loss %2").arg(report.epoch).arg(double(report.trainLoss), 0, 'g', 3);
    if (report.accuracy)
        text += QStringLiteral(" · accuracy %1 %").arg(100.0 * double(*report.accuracy), 0, 'f', 1);
    return text;
}

QImage TrainingFrame::render(const EpochReport& report, const std::vector<HistoryEntry>& history)
{
    const QSize size = options_.size;
    QImage image(size, QImage::Format_RGB32);
    image.fill(theme::canvas());
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    // Layout: a caption band across the top, then the graph (left) and the side column (right 40 %).
    const qreal unit = std::min(size.width() / 960.0, size.height() / 540.0);
    QFont font;
    font.setPixelSize(std::max(10, int(std::lround(22 * unit))));
    font.setWeight(QFont::DemiBold);
    const qreal band = QFontMetricsF(font).height() * 1.8;
    const QRectF captionRect(0, 0, size.width(), band);
    const QRectF body(0, band, size.width(), size.height() - band);
    // The right column holds the chart above the data view, either alone taking the whole height.
    const qreal sideWidth = options_.chart || panel_ ? std::round(body.width() * 0.4) : 0;
    const QRectF graphRect(body.left(), body.top(), body.width() - sideWidth, body.height());
    const QRectF side(graphRect.right(), body.top() + 8 * unit, sideWidth - 10 * unit, body.height() - 16 * unit);
    const qreal chartHeight = !options_.chart ? 0 : panel_ ? std::round(side.height() * 0.5) : side.height();
    const QRectF chartRect(side.left(), side.top(), side.width(), chartHeight);
    const QRectF dataRect(side.left(), side.top() + chartHeight, side.width(), side.height() - chartHeight);

    p.setPen(theme::ink());
    p.setFont(font);
    p.drawText(captionRect.adjusted(18 * unit, 0, -18 * unit, 0), Qt::AlignVCenter | Qt::AlignLeft, caption(report));
    QColor rule = theme::restingEdge();
    p.fillRect(QRectF(18 * unit, band - 1, size.width() - 36 * unit, 1), rule);

    painter_.setReport(report);
    painter_.paint(p, graphRect);

    if (options_.chart) {
        // The entries up to the epoch (history is in epoch order), with a marker there.
        const auto end = std::upper_bound(history.begin(), history.end(), report.epoch,
                                          [](int e, const HistoryEntry& h) { return e < h.epoch; });
        chart_.setMarker(report.epoch);
        // Laid out as in a 960 × 540 frame, then scaled, so small frames keep readable ticks.
        const qreal zoom = std::min<qreal>(unit, 1.0);
        p.save();
        p.translate(chartRect.topLeft());
        p.scale(zoom, zoom);
        chart_.paint(p, QRectF(QPointF(0, 0), chartRect.size() / zoom), std::span(history.begin(), end));
        p.restore();
    }
    if (panel_)
        panel_->paint(p, dataRect, report);
    return image;
}

}  // namespace bp
