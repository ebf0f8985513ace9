#pragma once
// The designer's Network section: the input width, the hidden layers, the output layer's
// activation (its width is the dataset's), leaky ReLU's slope and the weight initialiser.
#include "networkspec.h"

#include <QGroupBox>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;

namespace bp {

class LayerEditor;

class NetworkForm : public QGroupBox {
    Q_OBJECT
public:
    explicit NetworkForm(QWidget* parent = nullptr);

    /// Shows spec without emitting changed(); its input and output widths become the shape.
    void setSpec(const bp::NetworkSpec& spec);

    /// Returns the spec the fields describe, with the shape's input and output widths.
    bp::NetworkSpec spec() const;

    /// Takes the dataset's feature and target counts as the input and output widths.
    void setShape(int inputs, int outputs, bool classification);

    /// Marks the field problem names and shows its message with fix as a link (empty fix: none);
    /// a problem outside this section ("loss") only marks the output activation. Returns the
    /// message prefixed with the field's name as a person reads it ("Hidden layer 2: …").
    QString showProblem(const bp::SpecProblem& problem, bool inSection, const QString& fix);

    /// Removes every mark and message.
    void clearProblem();

    /// Selects the output activation f, as if the user had chosen it (emits changed()).
    void chooseOutputActivation(bp::Activation f);

signals:
    /// The user changed a layer, an activation, the slope or the initialiser.
    void changed();
    /// The user clicked the fix offered by showProblem.
    void fixRequested();

private:
    void updateLabels();

    bp::NetworkSpec base_;  // the last spec set, for the slope when its field is untouched
    double shownSlope_ = 0;
    int inputs_ = 2;        // features of the dataset
    int outputs_ = 1;       // targets of the dataset
    bool classification_ = true;
    QFormLayout* form_;
    QLabel* inputWidth_;
    LayerEditor* layers_;
    QLabel* outputWidth_;
    QComboBox* outputActivation_;
    QDoubleSpinBox* leakySlope_;
    QComboBox* init_;
    QLabel* message_;
};

} // namespace bp
