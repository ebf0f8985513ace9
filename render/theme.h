#pragma once
// The studio's colours, shared by every view and by the exported pictures.
#include <QColor>

class QLabel;
class QWidget;
class QString;

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

/// Returns a new hidden, word-wrapped label in the decrease colour for a form's inline problem
/// message; it shows rich text and keyboard-reachable links ("use softmax + cce").
QLabel* problemLabel(const QString& objectName);

/// Sets or clears a form field's "invalid" property, which the forms' style sheet draws as a red
/// frame, and repolishes the field only when that changes; a null field is left alone.
void markInvalid(QWidget* field, bool invalid);

}  // namespace bp::theme
