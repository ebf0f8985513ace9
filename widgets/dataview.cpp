#include "dataview.h"

#include "dataimages.h"
#include "dataset.h"
#include "theme.h"

#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace bp {

namespace {

constexpr Index maxPoints = 4000;  // more samples are strided down to about this many
constexpr int maxTiles = 16;

}  // namespace

DataView::DataView(QWidget* parent) : QWidget(parent)
{
    setMinimumSize(200, 160);
}

void DataView::setDataset(const Dataset& data)
{
    points_ = {}, prediction_ = {}, inputTiles_ = {}, outputTiles_ = {};  // forget the last dataset's
    grid_ = DecisionGrid{}, heatmap_ = QImage();
    classification_ = data.isClassification();
    const Index n = data.samples(), f = data.features();
    summary_ = tr("%1 — %2 samples, %3 features").arg(QString::fromStdString(data.name)).arg(n).arg(f);
    QStringList classes;
    for (const std::string& c : data.classNames)
        classes << QString::fromStdString(c);
    summary_ += classification_ ? tr(", %1 classes: %2").arg(classes.size()).arg(classes.join(", "))
                                : tr(", regression");
    mode_ = n == 0 || f == 0 || data.targets() == 0 ? Mode::Empty
          : f == 2 ? Mode::Plane : f == 1 ? Mode::Curve : f == 64 ? Mode::Tiles : Mode::Summary;
    if (mode_ == Mode::Empty)
        return update();
    targetMin_ = data.Y.row(0).minCoeff();
    targetMax_ = data.Y.row(0).maxCoeff();
    auto name = [](const std::vector<std::string>& names, std::size_t i, const char* fallback) {
        return i < names.size() ? QString::fromStdString(names[i]) : QString::fromUtf8(fallback);
    };
    xName_ = name(data.featureNames, 0, "x₁");
    yName_ = mode_ == Mode::Curve ? name(data.targetNames, 0, "y") : name(data.featureNames, 1, "x₂");

    if (mode_ == Mode::Tiles) {
        const Scalar lo = data.X.minCoeff(), hi = data.X.maxCoeff();
        for (Index j = 0; j < std::min<Index>(n, 8); ++j)
            inputTiles_.push_back(digitImage(data.X.col(j), lo, hi));
        update();
        return;
    }
    // The plotted pair: (x₁, x₂) for Plane and Summary, (x, y) for Curve.
    const Matrix& second = mode_ == Mode::Curve ? data.Y : data.X;
    const Index row = mode_ == Mode::Curve ? 0 : 1;
    const Index step = std::max<Index>(1, n / maxPoints);
    const Scalar span = targetMax_ > targetMin_ ? targetMax_ - targetMin_ : Scalar(1);
    for (Index j = 0; j < n; j += step) {
        QColor fill = theme::classColour(0);
        if (classification_)
            fill = theme::classColour(data.label(j));
        else if (mode_ != Mode::Curve)
            fill = twoClassColour(double((data.Y(0, j) - targetMin_) / span));
        points_.push_back({QPointF(data.X(0, j), second(row, j)), fill});
    }
    bounds_ = PlotFrame::paddedBounds(data.X.row(0).minCoeff(), data.X.row(0).maxCoeff(),
                                      second.row(row).minCoeff(), second.row(row).maxCoeff());
    update();
}

void DataView::setDecisionGrid(const DecisionGrid& grid)
{
    if (mode_ != Mode::Plane || grid.empty())
        return;
    grid_ = grid;
    // Classifiers output probabilities in [0, 1]; a regression output is scaled by the target range.
    heatmap_ = classification_ ? heatmapImage(grid_, 0, 1) : heatmapImage(grid_, targetMin_, targetMax_);
    bounds_ = QRectF(grid.xMin, grid.yMin, grid.xMax - grid.xMin, grid.yMax - grid.yMin);
    update();
}

Matrix DataView::curveInputs(int count) const
{
    count = std::max(count, 2);
    Matrix X(1, count);
    for (int i = 0; i < count; ++i)
        X(0, i) = Scalar(bounds_.left() + bounds_.width() * i / (count - 1));
    return X;
}

void DataView::setPredictionCurve(const Matrix& P)
{
    if (mode_ != Mode::Curve || P.rows() < 1 || P.cols() < 2)
        return;
    const Matrix X = curveInputs(int(P.cols()));
    prediction_.clear();
    for (Index i = 0; i < P.cols(); ++i)
        prediction_.emplace_back(X(0, i), P(0, i));
    update();
}

void DataView::setReconstructions(const Matrix& inputs, const Matrix& outputs)
{
    if (inputs.rows() != 64 || outputs.rows() != 64 || inputs.cols() == 0)
        return;
    mode_ = Mode::Tiles;
    inputTiles_.clear();
    outputTiles_.clear();
    const Scalar lo = inputs.minCoeff(), hi = inputs.maxCoeff();  // both rows on the inputs' scale
    const Index k = std::min<Index>({inputs.cols(), outputs.cols(), maxTiles});
    for (Index j = 0; j < k; ++j) {
        inputTiles_.push_back(digitImage(inputs.col(j), lo, hi));
        outputTiles_.push_back(digitImage(outputs.col(j), lo, hi));
    }
    update();
}

void DataView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), theme::canvas());
    QRectF area = QRectF(rect()).adjusted(10, 10, -10, -10);
    p.setPen(theme::ink());
    const bool header = mode_ == Mode::Summary || (mode_ == Mode::Tiles && outputTiles_.empty());
    if (header) {
        const qreal h = p.fontMetrics().height() + 6;
        p.drawText(QRectF(area.left(), area.top(), area.width(), h), Qt::AlignLeft | Qt::AlignVCenter, summary_);
        area.setTop(area.top() + h + 4);
    }
    switch (mode_) {
    case Mode::Empty:
        p.drawText(rect(), Qt::AlignCenter, tr("no data"));
        break;
    case Mode::Plane:
    case Mode::Summary:
        paintPlane(p, area);
        break;
    case Mode::Curve:
        paintCurve(p, area);
        break;
    case Mode::Tiles:
        if (outputTiles_.empty())
            paintTileRows(p, area, {inputTiles_}, {tr("input")});
        else
            paintTileRows(p, area, {inputTiles_, outputTiles_}, {tr("input"), tr("reconstruction")});
        break;
    }
}

void DataView::paintPlane(QPainter& p, const QRectF& area) const
{
    const bool axesNamed = mode_ == Mode::Summary;
    const qreal label = axesNamed ? p.fontMetrics().height() + 2 : 0;
    const QRectF frame = PlotFrame::fit(bounds_, area.adjusted(label, 0, 0, -label));
    if (!heatmap_.isNull()) {
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(frame, heatmap_);
    } else {
        p.fillRect(frame, Qt::white);
    }
    PlotFrame(bounds_, frame).paintDots(p, points_);
    p.setPen(QPen(theme::restingEdge(), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame);
    if (axesNamed) {
        p.setPen(theme::ink());
        p.drawText(QRectF(frame.left(), frame.bottom() + 2, frame.width(), label), Qt::AlignHCenter, xName_);
        p.save();
        p.translate(frame.left() - label - 2, frame.center().y());
        p.rotate(-90);
        p.drawText(QRectF(-frame.height() / 2, 0, frame.height(), label), Qt::AlignHCenter, yName_);
        p.restore();
    }
}

void DataView::paintCurve(QPainter& p, const QRectF& area) const
{
    const QRectF frame = area.adjusted(0, p.fontMetrics().height() + 6, 0, 0);
    const PlotFrame plot(bounds_, frame);
    p.fillRect(frame, Qt::white);
    if (bounds_.top() < 0 && bounds_.bottom() > 0) {  // the line y = 0
        p.setPen(QPen(theme::restingEdge(), 1));
        p.drawLine(plot.toPixel({bounds_.left(), 0}), plot.toPixel({bounds_.right(), 0}));
    }
    plot.paintDots(p, points_);
    if (!prediction_.empty()) {
        QPolygonF line;
        for (const QPointF& at : prediction_)
            line << plot.toPixel(at);
        p.save();
        p.setClipRect(frame);
        p.setPen(QPen(theme::negative(), 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(line);
        p.restore();
    }
    p.setPen(QPen(theme::restingEdge(), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame);
    // Legend above the frame: a dot for the targets, a stroke for the prediction.
    const qreal y = area.top() + p.fontMetrics().height() / 2.0;
    p.setPen(Qt::NoPen);
    p.setBrush(theme::classColour(0));
    p.drawEllipse(QPointF(area.left() + 5, y), 3.5, 3.5);
    p.setPen(theme::ink());
    p.drawText(QPointF(area.left() + 14, y + p.fontMetrics().ascent() / 2.5), tr("target"));
    if (!prediction_.empty()) {
        const qreal x = area.left() + 24 + p.fontMetrics().horizontalAdvance(tr("target"));
        p.setPen(QPen(theme::negative(), 2.5, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(x, y), QPointF(x + 14, y));
        p.setPen(theme::ink());
        p.drawText(QPointF(x + 20, y + p.fontMetrics().ascent() / 2.5), tr("prediction"));
    }
}

}  // namespace bp
