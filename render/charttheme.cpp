#include "charttheme.h"

#include "theme.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <cmath>

namespace bp::charttheme {

namespace {
constexpr int pixelsPerXLabel = 90;   // "100000" and the gap to its neighbour
constexpr int pixelsPerYLabel = 34;   // a text line and as much again between labels
constexpr int tallPercentAxis = 5 * pixelsPerYLabel;  // five percent labels fit

QString text(const char* source) { return QCoreApplication::translate("bp::LossChart", source); }
}  // namespace

QPen curvePen(Curve curve)
{
    switch (curve) {
    case Curve::TrainLoss: return QPen(theme::positive(), 2.2);
    case Curve::ValidationLoss: return QPen(theme::negative(), 2.0, Qt::DashLine);
    case Curve::Accuracy: return QPen(theme::increase(), 1.2);
    case Curve::ValidationAccuracy: return QPen(theme::increase(), 1.2, Qt::DashLine);
    }
    return QPen(theme::ink());
}

QString curveName(Curve curve)
{
    switch (curve) {
    case Curve::TrainLoss: return text("training loss");
    case Curve::ValidationLoss: return text("validation loss");
    case Curve::Accuracy: return text("training accuracy");
    case Curve::ValidationAccuracy: return text("validation accuracy");
    }
    return {};
}

std::optional<double> valueAt(const HistoryEntry& e, Curve curve)
{
    const auto percent = [](std::optional<Scalar> v) { return v ? std::optional<double>(100.0 * *v) : std::nullopt; };
    switch (curve) {
    case Curve::TrainLoss: return double(e.trainLoss);
    case Curve::ValidationLoss: return e.validationLoss ? std::optional<double>(*e.validationLoss) : std::nullopt;
    case Curve::Accuracy: return percent(e.accuracy);
    case Curve::ValidationAccuracy: return percent(e.validationAccuracy);
    }
    return std::nullopt;
}

bool onPercentAxis(Curve curve) { return curve == Curve::Accuracy || curve == Curve::ValidationAccuracy; }

QString epochTitle() { return text("epoch"); }
QString lossTitle() { return text("loss"); }
QString accuracyTitle() { return text("accuracy"); }

QFont font() { return QGuiApplication::font(); }

QPen axisPen() { return QPen(theme::ink(), 1); }

QPen gridPen()
{
    QColor faint = theme::restingEdge();
    faint.setAlpha(110);
    return QPen(faint, 1);
}

QPen markerPen()
{
    QColor ink = theme::ink();
    ink.setAlpha(150);
    return QPen(ink, 1.5);
}

int xTickCount(int width) { return std::clamp(width / pixelsPerXLabel, 1, 6); }
int yTickCount(int height) { return std::clamp(height / pixelsPerYLabel, 1, 6); }
int percentStep(int height) { return height >= tallPercentAxis ? 25 : 50; }

LossBounds lossBounds(std::span<const HistoryEntry> history)
{
    LossBounds b;
    for (const HistoryEntry& e : history)
        for (Curve c : {Curve::TrainLoss, Curve::ValidationLoss})
            if (std::optional<double> loss = valueAt(e, c); loss && std::isfinite(*loss)) {
                b.largest = std::max(b.largest, *loss);
                if (*loss > 0)
                    b.smallest = b.smallest > 0 ? std::min(b.smallest, *loss) : *loss;
            }
    return b;
}

Range epochRange(double first, double last) { return {first, std::max(last, first + 10)}; }

Range lossRange(double smallest, double largest, bool log)
{
    if (log)
        return {smallest > 0 ? smallest / 1.5 : 1e-3, largest > 0 ? largest * 1.5 : 1};
    return {0, largest > 0 ? largest * 1.08 : 1};
}

}  // namespace bp::charttheme
