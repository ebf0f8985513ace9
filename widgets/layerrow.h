#pragma once
// One row of the hidden-layer editor: the layer's number, its neurons and activation fields, and
// buttons to move it up or down or remove it, laid out in a row of the editor's grid. The widgets
// stay with the row; the editor moves layers through them.
#include "networkspec.h"

#include <array>

class QComboBox;
class QGridLayout;
class QLabel;
class QSpinBox;
class QToolButton;
class QWidget;

namespace bp {

class LayerRow {
public:
    /// Makes the widgets of row (0 for the first hidden layer) and puts them into grid below its titles.
    LayerRow(QGridLayout* grid, int row);

    /// Shows layer in the fields without emitting any signal (a stored 0 neurons is shown as it is).
    void show(const bp::LayerSpec& layer) const;

    /// Returns the layer the fields show.
    bp::LayerSpec layer() const;

    /// Returns the fields and buttons from left to right, the order Tab walks them.
    std::array<QWidget*, 5> focusable() const;

    /// True when one of the row's fields or buttons holds the keyboard focus.
    bool hasFocus() const;

    /// Enables the arrows that have somewhere to move the layer to.
    void setMovable(bool canUp, bool canDown) const;

    /// Takes the widgets out of grid at once and deletes them once their own signals have returned.
    void destroy(QGridLayout* grid) const;

    /// Puts the titles of the columns into the first row of grid and sizes its columns.
    static void addTitles(QGridLayout* grid);

    QLabel* number;
    QSpinBox* neurons;
    QComboBox* activation;
    QToolButton* up;
    QToolButton* down;
    QToolButton* remove;
};

} // namespace bp
