#include "chartlegend.h"

#include "charttheme.h"
#include "theme.h"

#include <qcustomplot.h>

namespace bp {

ChartLegend::ChartLegend(QCustomPlot* plot) : plot_(plot)
{
    // The legend sits in its own row above the chart, so it never covers a curve; spacers either
    // side keep it compact and centred.
    auto* legendRow = new QCPLayoutGrid;
    plot_->plotLayout()->insertRow(0);
    plot_->plotLayout()->addElement(0, 0, legendRow);
    plot_->plotLayout()->setRowStretchFactor(0, 0.001);
    legendRow->addElement(0, 0, new QCPLayoutElement(plot_));
    legendRow->addElement(0, 1, plot_->legend);
    legendRow->addElement(0, 2, new QCPLayoutElement(plot_));
    legendRow->setColumnStretchFactor(1, 0.001);
    plot_->legend->setFillOrder(QCPLegend::foColumnsFirst);  // entries per row: see fit
    plot_->legend->setBorderPen(Qt::NoPen);
    plot_->legend->setBrush(Qt::NoBrush);
    plot_->legend->setTextColor(theme::ink());
    plot_->legend->setFont(charttheme::font());
    plot_->legend->setMargins(QMargins(4, 2, 4, 0));
    plot_->legend->setVisible(true);
}

void ChartLegend::show(std::span<const std::pair<QCPGraph*, bool>> graphs)
{
    int mask = 0;
    for (std::size_t i = 0; i < graphs.size(); ++i)
        mask |= graphs[i].second ? 1 << i : 0;
    if (mask == mask_)
        return;  // unchanged: most epochs
    mask_ = mask;
    plot_->legend->clearItems();  // re-added in the given order
    for (const auto& [graph, visible] : graphs)
        if (visible)
            graph->addToLegend();
    fit(plot_->width());
}

void ChartLegend::fit(int width)
{
    // As many entries to a row as fit the width: all four, else two (losses over accuracies), else one.
    QCPLegend* legend = plot_->legend;
    for (int perRow : {4, 2, 1}) {
        legend->setWrap(perRow);
        legend->setFillOrder(QCPLegend::foColumnsFirst, true);  // rearranges the entries in the order given
        if (legend->minimumOuterSizeHint().width() <= width - 8)
            break;
    }
}

}  // namespace bp
