#pragma once
// The designer's editor of hidden layers: one row per layer (neurons, activation) and buttons
// to add, remove and reorder rows. The output layer is not edited here.
#include "networkspec.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QSpinBox;
class QTableWidget;
class QToolButton;

class LayerEditor : public QWidget {
    Q_OBJECT
public:
    explicit LayerEditor(QWidget* parent = nullptr);

    /// Shows these hidden layers, first to last, without emitting changed(); selects the first.
    void setLayers(const std::vector<bp::LayerSpec>& hidden);

    /// Returns the hidden layers as the rows show them, first to last.
    std::vector<bp::LayerSpec> layers() const;

    /// Returns the selected row, or -1 when there are no rows.
    int currentLayer() const;

    /// Selects row (clamped to the rows there are).
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
    /// Inserts a copy of the selected layer after it (4 tanh when empty) and selects the copy.
    void addLayer();
    /// Removes the selected layer.
    void removeLayer();
    /// Swaps the selected layer with the one before it.
    void moveUp();
    /// Swaps the selected layer with the one after it.
    void moveDown();

signals:
    /// A row was added, removed, moved or edited.
    void changed();

private:
    void rebuild(const std::vector<bp::LayerSpec>& hidden);
    void replaceAndSelect(const std::vector<bp::LayerSpec>& hidden, int row);
    void updateButtons();
    bool eventFilter(QObject* watched, QEvent* event) override;

    QTableWidget* table_;
    QToolButton* add_;
    QToolButton* remove_;
    QToolButton* up_;
    QToolButton* down_;
};
