#pragma once
// The live loss chart: training and validation loss per epoch, and accuracy for classifiers.
#include "chartlegend.h"
#include "charttheme.h"
#include "chartreadout.h"
#include "epochreport.h"

#include <QWidget>

#include <memory>
#include <vector>

class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;

namespace bp {

class RateLimiter;

class LossChartWidget : public QWidget {
    Q_OBJECT
public:
    /// While training appends, the chart is redrawn at most once per this many milliseconds.
    static constexpr int replotMs = 80;

    /// Builds the chart once: loss graphs on the left axis, accuracy graphs on the right (0–100 %).
    explicit LossChartWidget(QWidget* parent = nullptr);

    /// Removes every data point and the marker; the axes and settings stay.
    void clear();

    /// Shows the accuracy graphs and the right axis when true, hides them when false.
    void setClassifier(bool classifier);

    /// Adds the entries (epochs after those already shown) to the graphs, rescales and queues a redraw.
    /// Entries without a validation loss or accuracy add no point to those graphs. The chart keeps
    /// no history of its own: its graphs' points are all it holds (the studio's is RunHistory).
    void append(const std::vector<HistoryEntry>& entries);

    /// Replaces everything shown with the given history: clear() then append().
    void setHistory(const std::vector<HistoryEntry>& entries);

    /// Shows the loss axis logarithmically when true, linearly when false.
    void setLogScale(bool log);

    /// Draws a vertical line at the given epoch; an epoch below 1 hides it.
    void setMarker(int epoch);

    /// Writes history as this chart shows it (scale, accuracy axis, marker) as a PNG of the given
    /// size to path (a safe write), drawn by the static chart painter as every exported chart is;
    /// false with *error naming the path and the cause if it could not be written.
    bool savePng(const QString& path, const std::vector<HistoryEntry>& history, QString* error = nullptr,
                 QSize size = charttheme::exportSize) const;

    /// Returns the underlying plot, for tests and exports. Its graphs, in order: training loss,
    /// validation loss, training accuracy, validation accuracy.
    QCustomPlot* plot() const { return plot_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rescale();
    void updateLegend();
    void showReadout(double pixelX);
    HistoryEntry entryNear(double epoch) const;

    QCustomPlot* plot_;
    RateLimiter* replots_;          // redraws after appends and rescales
    QCPGraph* trainLoss_;
    QCPGraph* validationLoss_;
    QCPGraph* accuracy_;            // percent, on the right axis
    QCPGraph* validationAccuracy_;  // percent, on the right axis
    std::unique_ptr<ChartLegend> legend_;    // the row of entries above the chart
    std::unique_ptr<ChartReadout> readout_;  // the hovered epoch's numbers
    QCPItemStraightLine* marker_;   // the epoch marker of setMarker
    bool classifier_ = false;
    bool logScale_ = false;
    double lossMin_ = 0, lossMax_ = 0;  // smallest positive and largest loss shown
};

}  // namespace bp
