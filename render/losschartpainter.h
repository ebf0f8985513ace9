#pragma once
// The loss chart drawn with QPainter, for pictures: exported PNGs and the frames of a training
// animation. It looks like the studio's on-screen chart (LossChartWidget), with whose look it
// shares colours, fonts and axis rules (charttheme), and needs no widget.
#include "charttheme.h"
#include "epochreport.h"

#include <QImage>
#include <QRectF>

#include <optional>
#include <span>
#include <vector>

class QPainter;

namespace bp {

class LossChartPainter {
public:
    /// Shows the accuracy curves and the percent axis on the right when true.
    void setClassifier(bool classifier) { classifier_ = classifier; }

    /// Shows the loss axis logarithmically when true, linearly when false.
    void setLogScale(bool log) { logScale_ = log; }

    /// Draws a vertical line at the given epoch; an epoch below 1 draws none.
    void setMarker(int epoch) { marker_ = epoch; }

    /// Fixes the axes to a whole run (epochs up to lastEpoch, a linear loss axis up to a little
    /// above largestLoss), so they stay still while the curves grow; 0 follows the data.
    void setRun(int lastEpoch, double largestLoss);

    /// Paints the chart of history (in epoch order) into rect: canvas, legend row, axes, grid,
    /// curves and marker.
    void paint(QPainter& p, const QRectF& rect, std::span<const HistoryEntry> history) const;

    /// Returns the chart of history as a picture of the given size.
    QImage image(QSize size, std::span<const HistoryEntry> history) const;

private:
    struct Axes;
    Axes axes(std::span<const HistoryEntry> history, QSizeF plot) const;
    std::vector<charttheme::Curve> shownCurves(std::span<const HistoryEntry> history) const;
    void paintCurves(QPainter& p, const Axes& axes, std::span<const HistoryEntry> history) const;

    bool classifier_ = false;
    bool logScale_ = false;
    int marker_ = 0;
    int runEpochs_ = 0;
    double runLossMax_ = 0;
};

}  // namespace bp
