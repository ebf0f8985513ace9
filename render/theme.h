#pragma once
// The studio's colours, shared by every view and by the exported pictures. The forms' parts of
// the theme (problem labels, invalid fields) are widgets: formtheme.h in widgets/.
#include <QColor>

namespace bp::theme {

/// Returns the colour of an increase (ΔW > 0): green.
QColor increase();
/// Returns the colour of a decrease (ΔW < 0): red.
QColor decrease();
/// Returns the colour of a positive weight (weights mode): blue.
QColor positive();
/// Returns the colour of a negative weight (weights mode): orange.
QColor negative();
/// Returns the colour of gradient magnitude (gradient mode): violet.
QColor gradient();
/// Returns the canvas background of the graph and the charts.
QColor canvas();
/// Returns the colour of neutral lines, neuron outlines and labels on the canvas.
QColor ink();
/// Returns the colour of edges at rest (no change to show).
QColor restingEdge();
/// Returns the fill colour of class k in scatter plots and decision maps (k wraps after 10).
QColor classColour(int k);

}  // namespace bp::theme
