#pragma once
// The designer's editor of hidden layers: a plain grid with one row per layer (its number, its
// neurons, its activation, and buttons to move it up or down or remove it) and an "Add layer"
// button below. Taller stacks scroll. The output layer is not edited here.
#include "layerrow.h"
#include "networkspec.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;
class QScrollArea;
class QSpinBox;
class QToolButton;

namespace bp {

class LayerEditor : public QWidget {
    Q_OBJECT
public:
    explicit LayerEditor(QWidget* parent = nullptr);

    /// Shows these hidden layers, first to last, without emitting changed(); the first is current.
    void setLayers(const std::vector<bp::LayerSpec>& hidden);

    /// Returns the hidden layers as the rows show them, first to last.
    std::vector<bp::LayerSpec> layers() const;

    /// Returns the row holding the keyboard focus, else the row last made current; -1 when empty.
    int currentLayer() const;

    /// Makes row (clamped to the rows there are) the current one and scrolls it into view.
    void setCurrentLayer(int row);

    /// Returns the neurons spin box of row, or nullptr when there is no such row.
    QSpinBox* neuronsField(int row) const;

    /// Returns the activation combo of row, or nullptr when there is no such row.
    QComboBox* activationField(int row) const;

    /// Fills combo with the activations a layer may use (softmax only when withSoftmax).
    static void fillActivations(QComboBox* combo, bool withSoftmax);

    /// Selects f in combo, adding it first when combo lacks it (so nothing is silently changed).
    static void selectActivation(QComboBox* combo, bp::Activation f);

public slots:
    /// Appends a copy of the last layer (4 tanh when there is none) and focuses its neurons.
    void addLayer();
    /// Removes the layer in row.
    void removeLayer(int row);
    /// Swaps the layer in row with the one before it (nearer the input).
    void moveUp(int row);
    /// Swaps the layer in row with the one after it (nearer the output).
    void moveDown(int row);

signals:
    /// A row was added, removed, moved or edited.
    void changed();

private:
    void appendRow();
    void showLayers(const std::vector<bp::LayerSpec>& hidden);
    void moveLayer(int from, int to, QToolButton* LayerRow::*button);
    void updateRows();

    std::vector<LayerRow> rows_;  // the rows' widgets stay; the layers move through them
    int current_ = 0;
    QWidget* body_;
    QGridLayout* grid_;
    QScrollArea* scroll_;
    QLabel* empty_;
    QToolButton* add_;
};

} // namespace bp
