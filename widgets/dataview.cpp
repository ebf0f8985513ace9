#include "dataview.h"

#include "dataimages.h"
#include "dataset.h"
#include "featurepairpicker.h"
#include "theme.h"

#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace bp {

namespace {

constexpr Index maxPoints = 4000;  // more samples are strided down to about this many
constexpr int maxTiles = 16;

QString name(const std::vector<std::string>& names, std::size_t i, const QString& fallback)
{
    return i < names.size() && !names[i].empty() ? QString::fromStdString(names[i]) : fallback;
}

}  // namespace

DataView::DataView(QWidget* parent) : QWidget(parent), picker_(new FeaturePairPicker)
{
    setMinimumSize(200, 160);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(picker_);
    column->addStretch(1);
    picker_->hide();
    connect(picker_, &FeaturePairPicker::pairChosen, this, [this](int x, int y) { setPair({x, y}); });
}

void DataView::setDataset(const Dataset& data)
{
    inputTiles_ = {}, outputTiles_ = {}, predicted_ = {}, curve_ = {};  // forget the last dataset's
    grid_ = DecisionGrid{}, heatmap_ = QImage();
    classification_ = data.isClassification();
    const Index n = data.samples(), f = data.features();
    featureNames_.clear();
    for (Index i = 0; i < f; ++i)
        featureNames_ << name(data.featureNames, std::size_t(i), tr("x%1").arg(i + 1));
    classNames_.clear();
    for (const std::string& c : data.classNames)
        classNames_ << QString::fromStdString(c);
    targetName_ = name(data.targetNames, 0, tr("y"));
    summary_ = tr("%1 — %2 samples, %3 features").arg(QString::fromStdString(data.name)).arg(n).arg(f);
    summary_ += classification_ ? tr(", %1 classes: %2").arg(classNames_.size()).arg(classNames_.join(", "))
                                : tr(", regression");
    mode_ = n == 0 || f == 0 || data.targets() == 0 ? Mode::Empty
          : f == 1 ? Mode::Curve : f == 64 ? Mode::Tiles : Mode::Plane;
    pair_ = mostInformativePair(data);
    picker_->setFeatures(featureNames_, pair_);
    picker_->setVisible(mode_ == Mode::Plane && f > 2);
    shown_.resize(0, 0), shownIndex_.clear(), labels_.clear(), targets_.resize(0);
    if (mode_ == Mode::Empty) {
        points_.clear();
        return update();
    }
    targetMin_ = data.Y.row(0).minCoeff();
    targetMax_ = data.Y.row(0).maxCoeff();
    if (mode_ == Mode::Tiles) {
        const Scalar lo = data.X.minCoeff(), hi = data.X.maxCoeff();
        for (Index j = 0; j < std::min<Index>(n, 8); ++j)
            inputTiles_.push_back(digitImage(data.X.col(j), lo, hi));
        points_.clear();
        return update();
    }
    const Index step = std::max<Index>(1, n / maxPoints);
    for (Index j = 0; j < n; j += step)
        shownIndex_.push_back(j);
    shown_.resize(f, Index(shownIndex_.size()));
    targets_.resize(Index(shownIndex_.size()));
    for (std::size_t k = 0; k < shownIndex_.size(); ++k) {
        shown_.col(Index(k)) = data.X.col(shownIndex_[k]);
        targets_(Index(k)) = data.Y(0, shownIndex_[k]);
        if (classification_)
            labels_.push_back(data.label(shownIndex_[k]));
    }
    rebuildPoints();
}

void DataView::setPair(FeaturePair pair)
{
    const int f = int(shown_.rows());
    if (mode_ != Mode::Plane || pair == pair_ || pair.x == pair.y || std::min(pair.x, pair.y) < 0
        || std::max(pair.x, pair.y) >= f)
        return;
    pair_ = pair;
    picker_->setFeatures(featureNames_, pair_);
    grid_ = DecisionGrid{}, heatmap_ = QImage();  // the map over the old pair no longer fits
    rebuildPoints();
    emit pairChosen(pair.x, pair.y);
}

void DataView::rebuildPoints()
{
    points_.clear();
    const bool curve = mode_ == Mode::Curve;
    const Scalar span = targetMax_ > targetMin_ ? targetMax_ - targetMin_ : Scalar(1);
    for (std::size_t k = 0; k < shownIndex_.size(); ++k) {
        const Index c = Index(k);
        PlotFrame::Dot dot{QPointF(shown_(curve ? 0 : pair_.x, c), curve ? targets_(c) : shown_(pair_.y, c)),
                           theme::classColour(0)};
        if (classification_) {
            dot.fill = theme::classColour(labels_[k]);
            const auto j = std::size_t(shownIndex_[k]);
            dot.misclassified = j < predicted_.size() && predicted_[j] != labels_[k];
        } else if (!curve) {
            dot.fill = twoClassColour(double((targets_(c) - targetMin_) / span));
        }
        points_.push_back(dot);
    }
    if (!grid_.empty())
        bounds_ = QRectF(grid_.xMin, grid_.yMin, grid_.xMax - grid_.xMin, grid_.yMax - grid_.yMin);
    else if (!shownIndex_.empty()) {
        const auto x = shown_.row(curve ? 0 : pair_.x);
        const Scalar y0 = curve ? targets_.minCoeff() : shown_.row(pair_.y).minCoeff();
        const Scalar y1 = curve ? targets_.maxCoeff() : shown_.row(pair_.y).maxCoeff();
        bounds_ = PlotFrame::paddedBounds(x.minCoeff(), x.maxCoeff(), y0, y1);
    }
    update();
}

void DataView::setDecisionGrid(const DecisionGrid& grid)
{
    if (mode_ != Mode::Plane || grid.empty() || !(grid.pair == pair_))
        return;
    grid_ = grid;
    // Classifiers output probabilities in [0, 1]; a regression output is scaled by the target range.
    heatmap_ = classification_ ? heatmapImage(grid_, 0, 1) : heatmapImage(grid_, targetMin_, targetMax_);
    bounds_ = QRectF(grid.xMin, grid.yMin, grid.xMax - grid.xMin, grid.yMax - grid.yMin);
    update();
}

void DataView::setPredictionCurve(const PredictionCurve& curve)
{
    if (mode_ != Mode::Curve || curve.empty())
        return;
    curve_ = curve;
    update();
}

void DataView::setPredictedClasses(const std::vector<int>& predicted)
{
    if (!classification_ || mode_ != Mode::Plane)
        return;
    predicted_ = predicted;
    rebuildPoints();
}

int DataView::misclassifiedCount() const
{
    return int(std::count_if(points_.begin(), points_.end(), [](const PlotFrame::Dot& d) { return d.misclassified; }));
}

void DataView::setReconstructions(const Matrix& inputs, const Matrix& outputs)
{
    if (inputs.rows() != 64 || outputs.rows() != 64 || inputs.cols() == 0)
        return;
    mode_ = Mode::Tiles;
    picker_->hide();
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

}  // namespace bp
