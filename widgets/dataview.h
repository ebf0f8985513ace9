#pragma once
// The data as the network sees it: a 2-D scatter over the network's decision map, a 1-D target
// curve with the prediction, 8×8 digit tiles with their reconstructions, or a short summary.
#include "decisiongrid.h"
#include "plotframe.h"
#include "tensor.h"

#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QWidget>

#include <vector>

namespace bp {

struct Dataset;

class DataView : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Empty, Plane, Curve, Tiles, Summary };

    /// Makes an empty view.
    explicit DataView(QWidget* parent = nullptr);

    /// Copies what the view draws from data (points, labels, names) and chooses the mode from
    /// its shape: 2 features → Plane, 1 → Curve, 64 (8×8 images) → Tiles, otherwise Summary.
    /// Forgets any earlier decision map, prediction curve and reconstructions.
    void setDataset(const Dataset& data);

    /// Stores the network's outputs on a grid (Plane mode) and rebuilds the cached heatmap.
    void setDecisionGrid(const DecisionGrid& grid);

    /// Returns `count` evenly spaced inputs (1 × count) over the padded x range, for Curve mode.
    Matrix curveInputs(int count = 200) const;

    /// Stores the network's predictions P (1 × count) at curveInputs(count), drawn as a line.
    void setPredictionCurve(const Matrix& P);

    /// Shows the k columns of inputs (64 × k, 8×8 row-major images) as a row of grey tiles, and
    /// outputs (64 × k) as a second row beneath, labelled "input" and "reconstruction".
    void setReconstructions(const Matrix& inputs, const Matrix& outputs);

    /// Returns the mode chosen by setDataset.
    Mode mode() const { return mode_; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void paintPlane(QPainter& p, const QRectF& area) const;
    void paintCurve(QPainter& p, const QRectF& area) const;

    Mode mode_ = Mode::Empty;
    QString summary_;            // one line: name, samples, features, classes
    QString xName_, yName_;      // the names of the two plotted features (or x and target)
    std::vector<PlotFrame::Dot> points_;  // at most maxPoints, evenly strided over the samples
    QRectF bounds_;              // data rectangle shown: x, y (up), width, height
    Scalar targetMin_ = 0, targetMax_ = 1;  // regression target range, for colouring
    bool classification_ = false;
    DecisionGrid grid_;
    QImage heatmap_;                   // resolution × resolution, one pixel per grid cell, y flipped
    std::vector<QPointF> prediction_;  // Curve mode: the network's line, data coordinates
    std::vector<QImage> inputTiles_, outputTiles_;  // Tiles mode: 8 × 8 grey images
};

}  // namespace bp
