#pragma once
// The data as the network sees it: a 2-D scatter over the network's decision map (any two
// features of a wider dataset, chosen in two combo boxes), a 1-D target curve with the
// prediction, or 8×8 digit tiles with their reconstructions.
#include "decisiongrid.h"
#include "featurepair.h"
#include "plotframe.h"
#include "predictioncurve.h"
#include "tensor.h"

#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <vector>

namespace bp {

struct Dataset;
class FeaturePairPicker;

class DataView : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Empty, Plane, Curve, Tiles };

    /// Makes an empty view.
    explicit DataView(QWidget* parent = nullptr);

    /// Copies what the view draws from data (points, labels, names) and chooses the mode from
    /// its shape: 1 feature → Curve, 64 (8×8 images) → Tiles, otherwise Plane. Three or more
    /// features show the most informative pair (mostInformativePair) and the boxes to pick
    /// another. Forgets any earlier decision map, curve, predictions and reconstructions.
    void setDataset(const Dataset& data);

    /// Shows the features pair.x and pair.y; the decision map is forgotten until one for that
    /// pair arrives. Emits pairChosen when the pair changes.
    void setPair(FeaturePair pair);

    /// Returns the features shown on x and y (Plane mode).
    FeaturePair pair() const { return pair_; }

    /// Returns the combo boxes choosing the pair; hidden unless the data has three or more features.
    FeaturePairPicker* picker() const { return picker_; }

    /// Stores the network's outputs on a grid for the shown pair and rebuilds the cached heatmap;
    /// a grid over another pair is ignored.
    void setDecisionGrid(const DecisionGrid& grid);

    /// Stores the network's prediction along x (Curve mode), drawn as a line over the targets.
    void setPredictionCurve(const PredictionCurve& curve);

    /// Stores each sample's predicted class (classification); samples predicted wrongly are ringed.
    void setPredictedClasses(const std::vector<int>& predicted);

    /// Shows the k columns of inputs (64 × k, 8×8 row-major images) as a row of grey tiles, and
    /// outputs (64 × k) as a second row beneath, labelled "input" and "reconstruction".
    void setReconstructions(const Matrix& inputs, const Matrix& outputs);

    /// Returns the mode chosen by setDataset.
    Mode mode() const { return mode_; }

    /// Returns how many of the drawn samples are marked as misclassified.
    int misclassifiedCount() const;

signals:
    /// The person chose another pair of features to show.
    void pairChosen(int x, int y);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void rebuildPoints();
    void paintPlane(QPainter& p, const QRectF& area) const;
    void paintCurve(QPainter& p, const QRectF& area) const;

    Mode mode_ = Mode::Empty;
    QString summary_;               // one line: name, samples, features, classes
    QStringList featureNames_, classNames_;
    QString targetName_;
    Matrix shown_;                  // the drawn samples' features (all of them), at most maxPoints
    std::vector<Index> shownIndex_; // each drawn sample's column in the dataset
    std::vector<int> labels_;       // classification: each drawn sample's class
    Vector targets_;                // each drawn sample's first target
    Scalar targetMin_ = 0, targetMax_ = 1;  // regression target range, for colouring
    bool classification_ = false;
    FeaturePair pair_;
    std::vector<int> predicted_;    // every sample's predicted class; empty until known
    std::vector<PlotFrame::Dot> points_;
    QRectF bounds_;                 // data rectangle shown: x, y (up), width, height
    DecisionGrid grid_;
    QImage heatmap_;                // resolution × resolution, one pixel per grid cell, y flipped
    PredictionCurve curve_;
    std::vector<QImage> inputTiles_, outputTiles_;  // Tiles mode: 8 × 8 grey images
    FeaturePairPicker* picker_;
};

}  // namespace bp
