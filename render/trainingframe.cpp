#include "trainingframe.h"

#include "dataviewframe.h"
#include "losschartwidget.h"
#include "theme.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPixmap>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace bp {

TrainingFrame::TrainingFrame(const NetworkSpec& spec, bool classifier, const Options& options)
    : options_(options), classifier_(classifier), spec_(spec)
{
    painter_.setSpec(spec);
    painter_.setMode(options.mode);
    painter_.setFade(1);
    NetworkPainter::Style style;
    style.background = NetworkPainter::Background::Canvas;
    style.showLabels = true;
    style.showLegend = true;
    painter_.setStyle(style);
    if (options.chart) {
        chart_ = std::make_unique<LossChartWidget>();
        chart_->setAttribute(Qt::WA_DontShowOnScreen);
        chart_->setClassifier(classifier);
    }
}

TrainingFrame::~TrainingFrame() = default;

void TrainingFrame::setData(std::shared_ptr<const Dataset> data)
{
    data_.reset();
    if (options_.data && data)
        data_ = std::make_unique<DataViewFrame>(spec_, std::move(data));
}

void TrainingFrame::setRun(const std::vector<HistoryEntry>& fullHistory)
{
    runEpochs_ = fullHistory.empty() ? 0 : fullHistory.back().epoch;
    runLossMax_ = 0;
    for (const HistoryEntry& e : fullHistory)
        for (std::optional<Scalar> loss : {std::optional<Scalar>(e.trainLoss), e.validationLoss})
            if (loss && std::isfinite(*loss))
                runLossMax_ = std::max(runLossMax_, double(*loss));
}

QString TrainingFrame::caption(const EpochReport& report)
{
    QString text = QStringLiteral("epoch %1 · loss %2").arg(report.epoch).arg(double(report.trainLoss), 0, 'g', 3);
    if (report.accuracy)
        text += QStringLiteral(" · accuracy %1 %").arg(100.0 * double(*report.accuracy), 0, 'f', 1);
    return text;
}

void TrainingFrame::updateChart(int epoch, const std::vector<HistoryEntry>& history)
{
    // The entries up to epoch; history is in epoch order.
    const auto end = std::upper_bound(history.begin(), history.end(), epoch,
                                      [](int e, const HistoryEntry& h) { return e < h.epoch; });
    if (epoch < chartEpoch_)
        chart_->setHistory(std::vector<HistoryEntry>(history.begin(), end));
    else {
        const auto begin = std::upper_bound(history.begin(), end, chartEpoch_,
                                            [](int e, const HistoryEntry& h) { return e < h.epoch; });
        chart_->append(std::vector<HistoryEntry>(begin, end));
    }
    chartEpoch_ = epoch;
    chart_->setMarker(epoch);
    QCustomPlot* plot = chart_->plot();
    if (runEpochs_ > 0) {
        const double first = history.empty() ? 1 : history.front().epoch;
        plot->xAxis->setRange(first, std::max(double(runEpochs_), first + 1));
        if (runLossMax_ > 0 && plot->yAxis->scaleType() == QCPAxis::stLinear)
            plot->yAxis->setRange(0, runLossMax_ * 1.08);
    }
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
    const qreal sideWidth = chart_ || data_ ? std::round(body.width() * 0.4) : 0;
    const QRectF graphRect(body.left(), body.top(), body.width() - sideWidth, body.height());
    const QRectF side(graphRect.right(), body.top() + 8 * unit, sideWidth - 10 * unit, body.height() - 16 * unit);
    const qreal chartHeight = !chart_ ? 0 : data_ ? std::round(side.height() * 0.5) : side.height();
    const QRectF chartRect(side.left(), side.top(), side.width(), chartHeight);
    const QRectF dataRect(side.left(), side.top() + chartHeight, side.width(), side.height() - chartHeight);

    p.setPen(theme::ink());
    p.setFont(font);
    p.drawText(captionRect.adjusted(18 * unit, 0, -18 * unit, 0), Qt::AlignVCenter | Qt::AlignLeft, caption(report));
    QColor rule = theme::restingEdge();
    p.fillRect(QRectF(18 * unit, band - 1, size.width() - 36 * unit, 1), rule);

    painter_.setReport(report);
    painter_.paint(p, graphRect);

    if (chart_) {
        updateChart(report.epoch, history);
        // Laid out as in a 960 × 540 frame, then scaled, so small frames keep readable ticks.
        const qreal zoom = std::min<qreal>(unit, 1.0);
        const QPixmap chart = chart_->plot()->toPixmap(int(chartRect.width() / zoom), int(chartRect.height() / zoom), zoom);
        p.drawPixmap(chartRect, chart, QRectF(QPointF(0, 0), QSizeF(chart.size())));
    }
    if (data_)
        data_->paint(p, dataRect, report);
    return image;
}

}  // namespace bp
