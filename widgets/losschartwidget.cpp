#include "losschartwidget.h"

#include "axisticks.h"
#include "chartlegend.h"
#include "charttheme.h"
#include "charttickfit.h"
#include "dashedgraph.h"
#include "losschartpainter.h"
#include "ratelimiter.h"
#include "safefiledevice.h"
#include "theme.h"

#include <QEvent>
#include <QResizeEvent>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace bp {

namespace {

using charttheme::Curve;

/// Gives an axis the studio's quiet look: ink text, faint grid, no sub-grid.
void styleAxis(QCPAxis* axis, const QString& label)
{
    const QColor ink = theme::ink();
    axis->setLabel(label);
    axis->setLabelFont(charttheme::font());
    axis->setTickLabelFont(charttheme::font());
    axis->setLabelColor(ink);
    axis->setTickLabelColor(ink);
    axis->setBasePen(charttheme::axisPen());
    axis->setTickPen(charttheme::axisPen());
    axis->setSubTickPen(Qt::NoPen);
    axis->grid()->setPen(charttheme::gridPen());
    axis->grid()->setSubGridVisible(false);
    axis->grid()->setZeroLinePen(Qt::NoPen);
}

QCPGraph* makeGraph(QCustomPlot* plot, Curve curve)
{
    QCPAxis* valueAxis = charttheme::onPercentAxis(curve) ? plot->yAxis2 : plot->yAxis;
    QCPGraph* g = new DashedGraph(plot->xAxis, valueAxis);  // registers itself with the plot
    g->setName(charttheme::curveName(curve));
    g->setPen(charttheme::curvePen(curve));
    g->setAntialiased(true);
    return g;
}

}  // namespace

LossChartWidget::LossChartWidget(QWidget* parent) : QWidget(parent), plot_(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    setMinimumSize(240, 160);

    plot_->setBackground(theme::canvas());
    plot_->axisRect()->setBackground(theme::canvas());
    plot_->setAntialiasedElements(QCP::aePlottables | QCP::aeItems);
    // On screen, solid curves are drawn segment by segment: they look the same and replot several
    // times faster than one outlined polyline, which keeps the event loop free while training.
    plot_->setPlottingHint(QCP::phFastPolylines, true);
    // A replot marks the chart for the next paint rather than repainting the window there and then.
    plot_->setPlottingHint(QCP::phImmediateRefresh, false);
    replots_ = new RateLimiter(replotMs, [this] { plot_->replot(QCustomPlot::rpQueuedReplot); }, this);
    styleAxis(plot_->xAxis, charttheme::epochTitle());
    styleAxis(plot_->yAxis, charttheme::lossTitle());
    styleAxis(plot_->yAxis2, charttheme::accuracyTitle());
    plot_->yAxis2->grid()->setVisible(false);  // one grid is enough

    QSharedPointer<QCPAxisTickerFixed> epochs(new QCPAxisTickerFixed);
    epochs->setTickStep(1.0);
    epochs->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);  // whole epochs only
    plot_->xAxis->setTicker(epochs);

    QSharedPointer<QCPAxisTickerText> percent(new QCPAxisTickerText);
    for (const AxisTick& t : AxisTicks::percent(25))
        percent->addTick(t.value, t.label);
    plot_->yAxis2->setTicker(percent);
    plot_->yAxis2->setRange(0, 100);

    trainLoss_ = makeGraph(plot_, Curve::TrainLoss);
    validationLoss_ = makeGraph(plot_, Curve::ValidationLoss);
    accuracy_ = makeGraph(plot_, Curve::Accuracy);
    validationAccuracy_ = makeGraph(plot_, Curve::ValidationAccuracy);

    legend_ = std::make_unique<ChartLegend>(plot_);

    readout_ = std::make_unique<ChartReadout>(plot_, trainLoss_);

    marker_ = new QCPItemStraightLine(plot_);
    for (QCPItemPosition* end : {marker_->point1, marker_->point2}) {
        end->setTypeX(QCPItemPosition::ptPlotCoords);
        end->setTypeY(QCPItemPosition::ptAxisRectRatio);  // spans the height in any scale
    }
    marker_->setPen(charttheme::markerPen());
    marker_->setVisible(false);

    plot_->setMouseTracking(true);
    plot_->installEventFilter(this);
    // Once the layout has sized the axes, before the ticks are drawn (also a new log ticker's).
    connect(plot_, &QCustomPlot::afterLayout, this,
            [this] { fitTickCounts(plot_, plot_->axisRect()->rect().size()); });
    connect(plot_, &QCustomPlot::mouseMove, this, [this](QMouseEvent* e) { showReadout(e->position().x()); });
    setLogScale(false);  // the loss axis format, and the first rescale
    setClassifier(false);
}

void LossChartWidget::clear()
{
    for (QCPGraph* g : {trainLoss_, validationLoss_, accuracy_, validationAccuracy_})
        g->data()->clear();
    lossMin_ = lossMax_ = 0;
    marker_->setVisible(false);
    readout_->hide();
    rescale();
}

void LossChartWidget::setClassifier(bool classifier)
{
    classifier_ = classifier;
    plot_->yAxis2->setVisible(classifier);
    accuracy_->setVisible(classifier);
    validationAccuracy_->setVisible(classifier);
    updateLegend();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LossChartWidget::append(const std::vector<HistoryEntry>& entries)
{
    const QCPGraphDataContainer& shown = *trainLoss_->data();
    for (const HistoryEntry& e : entries) {
        if (!shown.isEmpty() && e.epoch <= (shown.constEnd() - 1)->key)
            continue;  // already shown: keys must grow
        const double t = e.epoch;
        trainLoss_->addData(t, e.trainLoss);
        if (e.validationLoss)
            validationLoss_->addData(t, *e.validationLoss);
        if (e.accuracy)
            accuracy_->addData(t, 100.0 * *e.accuracy);
        if (e.validationAccuracy)
            validationAccuracy_->addData(t, 100.0 * *e.validationAccuracy);
        for (std::optional<Scalar> loss : {std::optional<Scalar>(e.trainLoss), e.validationLoss}) {
            if (!loss || !std::isfinite(*loss))
                continue;
            lossMax_ = std::max(lossMax_, double(*loss));
            if (*loss > 0)
                lossMin_ = lossMin_ > 0 ? std::min(lossMin_, double(*loss)) : double(*loss);
        }
    }
    updateLegend();
    rescale();
}

void LossChartWidget::setHistory(const std::vector<HistoryEntry>& entries)
{
    clear();
    append(entries);
}

void LossChartWidget::setLogScale(bool log)
{
    logScale_ = log;
    QCPAxis* y = plot_->yAxis;
    if (log) {
        y->setScaleType(QCPAxis::stLogarithmic);
        y->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
        y->setNumberFormat("gb");  // 0.2, or 10⁻⁵ written as a power when it is that small
        y->setNumberPrecision(3);
    } else {
        y->setScaleType(QCPAxis::stLinear);
        y->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        y->setNumberFormat("g");
        y->setNumberPrecision(3);
    }
    rescale();
}

void LossChartWidget::setMarker(int epoch)
{
    marker_->setVisible(epoch >= 1);
    marker_->point1->setCoords(epoch, 0);
    marker_->point2->setCoords(epoch, 1);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

bool LossChartWidget::savePng(const QString& path, const std::vector<HistoryEntry>& history, QString* error,
                              QSize size) const
{
    // The static painter draws history as the chart shows it, without the pointer's readout.
    LossChartPainter painter;
    painter.setClassifier(classifier_);
    painter.setLogScale(logScale_);
    painter.setMarker(marker_->visible() ? int(std::lround(marker_->point1->coords().x())) : 0);
    return SafeFileDevice::writeImage(painter.image(size, history), path, "PNG", error);
}

bool LossChartWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == plot_ && event->type() == QEvent::Resize)
        legend_->fit(static_cast<QResizeEvent*>(event)->size().width());
    if (watched == plot_ && event->type() == QEvent::Leave) {
        readout_->hide();
        plot_->replot(QCustomPlot::rpQueuedReplot);
    }
    return QWidget::eventFilter(watched, event);
}

void LossChartWidget::rescale()
{
    const QCPGraphDataContainer& shown = *trainLoss_->data();
    const charttheme::Range x = charttheme::epochRange(shown.isEmpty() ? 0 : shown.constBegin()->key,
                                                       shown.isEmpty() ? 10 : (shown.constEnd() - 1)->key);
    const charttheme::Range y = charttheme::lossRange(lossMin_, lossMax_, logScale_);
    plot_->xAxis->setRange(x.lower, x.upper);
    plot_->yAxis->setRange(y.lower, y.upper);
    replots_->request();
}

void LossChartWidget::updateLegend()
{
    // Only what is drawn has a legend entry: no validation entries without a validation set.
    const std::pair<QCPGraph*, bool> shown[] = {
        {trainLoss_, true},
        {validationLoss_, !validationLoss_->data()->isEmpty()},
        {accuracy_, classifier_},
        {validationAccuracy_, classifier_ && !validationAccuracy_->data()->isEmpty()},
    };
    legend_->show(shown);
}

void LossChartWidget::showReadout(double pixelX)
{
    const QCPGraphDataContainer& shown = *trainLoss_->data();
    if (shown.isEmpty())
        return;
    // The epoch shown nearest the pointer.
    const double key = plot_->xAxis->pixelToCoord(pixelX);
    auto it = shown.findBegin(key, false);  // the first point at or after key
    if (it == shown.constEnd() || (it != shown.constBegin() && key - std::prev(it)->key < it->key - key))
        it = it == shown.constBegin() ? it : std::prev(it);
    readout_->show(entryNear(it->key), classifier_);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

HistoryEntry LossChartWidget::entryNear(double epoch) const
{
    // Read back from the graphs at epoch, where the training loss has a point.
    auto at = [epoch](const QCPGraph* graph, double scale) -> std::optional<Scalar> {
        const auto it = graph->data()->findBegin(epoch, false);
        if (it == graph->data()->constEnd() || it->key != epoch)
            return std::nullopt;
        return Scalar(it->value / scale);
    };
    HistoryEntry e;
    e.epoch = int(epoch);
    e.trainLoss = at(trainLoss_, 1).value_or(Scalar(0));
    e.validationLoss = at(validationLoss_, 1);
    e.accuracy = at(accuracy_, 100);
    e.validationAccuracy = at(validationAccuracy_, 100);
    return e;
}

}  // namespace bp
