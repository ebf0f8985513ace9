#pragma once
// The loss chart's look and axis rules, shared by the on-screen chart (a QCustomPlot) and the
// static chart painter of exported pictures, so both draw the same chart.
#include "epochreport.h"

#include <QFont>
#include <QPen>
#include <QSize>
#include <QString>

#include <optional>
#include <span>

namespace bp::charttheme {

/// The chart's four curves, in the order of its legend.
enum class Curve { TrainLoss, ValidationLoss, Accuracy, ValidationAccuracy };
inline constexpr int curveCount = 4;

/// An axis's shown interval.
struct Range {
    double lower = 0;
    double upper = 1;
};

/// The size of an exported loss chart picture, in the studio and the CLI.
inline constexpr QSize exportSize{1200, 700};

/// Returns the pen of a curve: blue training loss, dashed orange validation loss, thin green
/// accuracies (validation dashed).
QPen curvePen(Curve curve);
/// Returns a curve's legend name, e.g. "training loss".
QString curveName(Curve curve);
/// Returns a curve's value at entry: a loss as it is, an accuracy in percent; none when the
/// entry has no such value (no validation set).
std::optional<double> valueAt(const HistoryEntry& entry, Curve curve);
/// Returns true for the accuracy curves, which are drawn in percent on the right axis.
bool onPercentAxis(Curve curve);

/// Returns the axis titles: "epoch", "loss", "accuracy".
QString epochTitle();
QString lossTitle();
QString accuracyTitle();

/// Returns the font of every text on the chart: the application's font.
QFont font();
/// Returns the pen of the axis lines and ticks (ink, 1 px).
QPen axisPen();
/// Returns the pen of the grid lines: the resting edge colour, faint.
QPen gridPen();
/// Returns the pen of the epoch marker: ink, half transparent, 1.5 px.
QPen markerPen();

/// Returns how many tick labels fit along the x axis of an axis rectangle width pixels wide
/// (about one per 90 px, 1 to 6).
int xTickCount(int width);
/// Returns how many tick labels fit along the loss axis of an axis rectangle height pixels tall
/// (about one per 34 px, 1 to 6).
int yTickCount(int height);
/// Returns the step of the percent axis labels: 25 where five labels fit in height, else 50.
int percentStep(int height);

/// The finite training and validation losses of a history: the smallest positive and the largest
/// (0 where there is none).
struct LossBounds {
    double smallest = 0;
    double largest = 0;
};
/// Returns the loss bounds of history, for lossRange.
LossBounds lossBounds(std::span<const HistoryEntry> history);

/// Returns the epoch axis's interval: first to last shown, at least ten epochs wide.
Range epochRange(double first, double last);
/// Returns the loss axis's interval for losses from smallest (positive) to largest: from zero
/// to a little above the largest, or on a log scale a little beyond both; 0 means none yet.
Range lossRange(double smallest, double largest, bool log);

}  // namespace bp::charttheme
