#pragma once
// Pictures the data view paints: the decision heatmap and rows of 8×8 digit tiles.
#include "decisiongrid.h"
#include "tensor.h"

#include <QColor>
#include <QImage>
#include <QRectF>
#include <QStringList>

#include <vector>

class QPainter;

namespace bp {

/// Returns a mix of a and b: a at t = 0, b at t = 1 (t clamped to [0, 1]).
QColor mixColour(const QColor& a, const QColor& b, double t);

/// Returns the colour of a value t ∈ [0, 1] on the two-class scale, from class 0's colour to class 1's.
QColor twoClassColour(double t);

/// Returns the heatmap of grid: one pixel per cell, the top row holding the largest y.
/// One output: t = (v − lo)/(hi − lo) picks a colour between class 0 and class 1, paler where
/// t is near ½. Several outputs: the class colours mixed by probability, paler where the largest
/// probability is lower.
QImage heatmapImage(const DecisionGrid& grid, Scalar lo, Scalar hi);

/// Returns an 8 × 8 grey image of a 64-value column (row-major pixels): lo white, hi dark ink.
QImage digitImage(const MatrixView& column, Scalar lo, Scalar hi);

/// Paints rows of equal square tiles, each row under its label, as large as fit and centred in area;
/// every row shows as many tiles as the first. Tiles are scaled without smoothing, so pixels stay crisp.
void paintTileRows(QPainter& p, const QRectF& area, const std::vector<std::vector<QImage>>& rows,
                   const QStringList& labels);

}  // namespace bp
