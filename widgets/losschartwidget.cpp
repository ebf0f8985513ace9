#include "losschartwidget.h"

#include "chartlegend.h"
#include "charttickfit.h"
#include "dashedgraph.h"
#include "ratelimiter.h"
#include "theme.h"

#include <QEvent>
#include <QResizeEvent>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace bp {

namespace {

/// Gives an axis the studio's quiet look: ink text, faint grid, no sub-grid.
void styleAxis(QCPAxis* axis, const QString& label)
{
    const QColor ink = theme::ink();
    QColor faint = theme::restingEdge();
    faint.setAlpha(110);
    axis->setLabel(label);
    axis->setLabelColor(ink);
    axis->setTickLabelColor(ink);
    axis->setBasePen(QPen(ink, 1));
    axis->setTickPen(QPen(ink, 1));
    axis->setSubTickPen(Qt::NoPen);
    axis->grid()->setPen(QPen(faint, 1));
    axis->grid()->setSubGridVisible(false);
    axis->grid()->setZeroLinePen(Qt::NoPen);
}

QCPGraph* makeGraph(QCustomPlot* plot, QCPAxis* valueAxis, const QString& name, const QPen& pen)
{
    QCPGraph* g = new DashedGraph(plot->xAxis, valueAxis);  // registers itself with the plot
    g->setName(name);
    g->setPen(pen);
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
    styleAxis(plot_->xAxis, tr("epoch"));
    styleAxis(plot_->yAxis, tr("loss"));
    styleAxis(plot_->yAxis2, tr("accuracy"));
    plot_->yAxis2->grid()->setVisible(false);  // one grid is enough

    QSharedPointer<QCPAxisTickerFixed> epochs(new QCPAxisTickerFixed);
    epochs->setTickStep(1.0);
    epochs->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);  // whole epochs only
    plot_->xAxis->setTicker(epochs);

    QSharedPointer<QCPAxisTickerText> percent(new QCPAxisTickerText);
    for (int p = 0; p <= 100; p += 25)
        percent->addTick(p, QStringLiteral("%1 %").arg(p));
    plot_->yAxis2->setTicker(percent);
    plot_->yAxis2->setRange(0, 100);

    const QColor green = theme::increase();
    trainLoss_ = makeGraph(plot_, plot_->yAxis, tr("training loss"), QPen(theme::positive(), 2.2));
    validationLoss_ = makeGraph(plot_, plot_->yAxis, tr("validation loss"),
                                QPen(theme::negative(), 2.0, Qt::DashLine));
    accuracy_ = makeGraph(plot_, plot_->yAxis2, tr("training accuracy"), QPen(green, 1.2));
    validationAccuracy_ = makeGraph(plot_, plot_->yAxis2, tr("validation accuracy"),
                                    QPen(green, 1.2, Qt::DashLine));

    legend_ = std::make_unique<ChartLegend>(plot_);

    readout_ = std::make_unique<ChartReadout>(plot_, trainLoss_);

    marker_ = new QCPItemStraightLine(plot_);
    for (QCPItemPosition* end : {marker_->point1, marker_->point2}) {
        end->setTypeX(QCPItemPosition::ptPlotCoords);
        end->setTypeY(QCPItemPosition::ptAxisRectRatio);  // spans the height in any scale
    }
    QColor markerInk = theme::ink();
    markerInk.setAlpha(150);
    marker_->setPen(QPen(markerInk, 1.5));
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

bool LossChartWidget::savePng(const QString& path, int width, int height)
{
    readout_->hide();  // a picture shows the curves, not the pointer
    legend_->fit(width);
    const bool saved = plot_->savePng(path, width, height);
    legend_->fit(plot_->width());  // back to the screen's width
    return saved;
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
    // x: from the first epoch shown to the last (at least ten epochs wide while it grows).
    const QCPGraphDataContainer& shown = *trainLoss_->data();
    const double first = shown.isEmpty() ? 0 : shown.constBegin()->key;
    const double last = shown.isEmpty() ? 10 : (shown.constEnd() - 1)->key;
    plot_->xAxis->setRange(first, std::max(last, first + 10));
    // y: from zero (linear) or a little below the smallest loss (log) to a little above the largest.
    if (logScale_)
        plot_->yAxis->setRange(lossMin_ > 0 ? lossMin_ / 1.5 : 1e-3, lossMax_ > 0 ? lossMax_ * 1.5 : 1);
    else
        plot_->yAxis->setRange(0, lossMax_ > 0 ? lossMax_ * 1.08 : 1);
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
