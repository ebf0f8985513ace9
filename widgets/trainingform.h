#pragma once
// The designer's Training section: loss, optimizer and its parameters, learning rate, epochs,
// batches, validation split and seed. Optimizer parameters show only for the optimizer using them.
#include "trainconfig.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace bp {

class TrainingForm : public QGroupBox {
    Q_OBJECT
public:
    explicit TrainingForm(QWidget* parent = nullptr);

    /// Shows config in the fields without emitting any signal.
    void setConfig(const bp::TrainConfig& config);

    /// Returns the configuration the fields describe (an unreadable rate keeps the last good one).
    bp::TrainConfig config() const;

    /// Returns what is wrong with the fields themselves ("Learning rate: …"), or an empty string.
    QString problem() const;

    /// Shows message in red under the fields (empty hides it), with a link reading fix when fix is
    /// not empty, and marks the loss field when lossAtFault.
    void setMessage(const QString& message, bool lossAtFault, const QString& fix = {});

    /// Returns the loss combo, whose data is the bp::Loss as int.
    QComboBox* lossField() const { return loss_; }

signals:
    /// The user changed any field.
    void changed();
    /// The user typed a new, valid learning rate η.
    void learningRateChanged(double eta);
    /// The user clicked the fix offered by setMessage.
    void fixRequested();

private:
    void textEdited(QLineEdit* field, double& good, bool& bad, double low, double high, bool finished);
    void updateRows();

    bp::TrainConfig base_;  // the last configuration set, for the options without a field
    double eta_ = 0.1;      // the last readable learning rate
    double epsilon_ = 1e-8; // the last readable ε
    bool rateBad_ = false;  // the rate's text was left unreadable or out of range
    bool epsilonBad_ = false;
    QFormLayout* form_;
    QComboBox* loss_;
    QComboBox* optimizer_;
    QLineEdit* rateText_;
    QDoubleSpinBox* momentum_;
    QDoubleSpinBox* beta1_;
    QDoubleSpinBox* beta2_;
    QLineEdit* epsilonText_;
    QSpinBox* epochs_;
    QSpinBox* batch_;
    QCheckBox* shuffle_;
    QDoubleSpinBox* validation_;
    QSpinBox* seed_;
    QLabel* message_;
};

} // namespace bp
