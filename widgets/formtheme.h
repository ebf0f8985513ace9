#pragma once
// The forms' part of the studio's theme: the inline problem label and the red frame of an
// invalid field. The colours themselves live in render/theme.h.
class QLabel;
class QWidget;
class QString;

namespace bp::theme {

/// Returns a new hidden, word-wrapped label in the decrease colour for a form's inline problem
/// message; it shows rich text and keyboard-reachable links ("use softmax + cce").
QLabel* problemLabel(const QString& objectName);

/// Sets or clears a form field's "invalid" property, which the forms' style sheet draws as a red
/// frame, and repolishes the field only when that changes; a null field is left alone.
void markInvalid(QWidget* field, bool invalid);

}  // namespace bp::theme
