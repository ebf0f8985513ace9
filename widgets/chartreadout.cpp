#include "chartreadout.h"

#include "theme.h"

#include <qcustomplot.h>

namespace bp {

ChartReadout::ChartReadout(QCustomPlot* plot, QCPGraph* graph)
    : plot_(plot), graph_(graph), tracer_(new QCPItemTracer(plot)), card_(new QCPItemText(plot))
{
    tracer_->setStyle(QCPItemTracer::tsCircle);
    tracer_->setSize(8);
    tracer_->setPen(QPen(theme::ink(), 1.5));
    tracer_->setBrush(theme::canvas());
    card_->position->setTypeX(QCPItemPosition::ptPlotCoords);
    card_->position->setTypeY(QCPItemPosition::ptAxisRectRatio);  // hangs from the top in any scale
    card_->setTextAlignment(Qt::AlignLeft);
    card_->setColor(theme::ink());
    card_->setPadding(QMargins(6, 4, 6, 4));
    QColor paper = theme::canvas();
    paper.setAlpha(235);
    card_->setBrush(paper);
    card_->setPen(QPen(theme::restingEdge()));
    hide();
}

void ChartReadout::show(const HistoryEntry& e, bool classifier)
{
    auto number = [](double v) { return QString::number(v, 'g', 4); };
    auto percent = [](double v) { return QString::number(100.0 * v, 'f', 1) + QStringLiteral(" %"); };
    QString text = QObject::tr("epoch %1\ntraining loss  %2").arg(e.epoch).arg(number(e.trainLoss));
    if (e.validationLoss)
        text += QObject::tr("\nvalidation loss  %1").arg(number(*e.validationLoss));
    if (classifier && e.accuracy)
        text += QObject::tr("\naccuracy  %1").arg(percent(*e.accuracy));
    if (classifier && e.validationAccuracy)
        text += QObject::tr("\nvalidation accuracy  %1").arg(percent(*e.validationAccuracy));
    card_->setText(text);

    // The card sits beside the ring, on the side of the chart with more room.
    const QCPRange range = plot_->xAxis->range();
    const bool leftHalf = e.epoch < range.center();
    card_->setPositionAlignment(Qt::AlignTop | (leftHalf ? Qt::AlignLeft : Qt::AlignRight));
    card_->position->setCoords(e.epoch + (leftHalf ? 0.02 : -0.02) * range.size(), 0.03);
    tracer_->setGraph(graph_);  // set only now: the graph has data
    tracer_->setGraphKey(e.epoch);
    tracer_->setVisible(true);
    card_->setVisible(true);
}

void ChartReadout::hide()
{
    tracer_->setVisible(false);
    card_->setVisible(false);
}

bool ChartReadout::visible() const
{
    return card_->visible();
}

}  // namespace bp
