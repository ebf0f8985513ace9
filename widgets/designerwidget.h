#pragma once
// The studio's Designer: the form where a person chooses the data, designs the network and sets
// up training. It checks what it shows and marks a problem on the field at fault, in place.
#include "datasource.h"
#include "networkspec.h"
#include "trainconfig.h"

#include <QWidget>

namespace bp {

class DataSourceForm;
class NetworkForm;
class TrainingForm;

class DesignerWidget : public QWidget {
    Q_OBJECT
public:
    /// Builds the form showing a first design that trains in seconds (XOR, 2 × 4 tanh, sigmoid).
    explicit DesignerWidget(QWidget* parent = nullptr);

    /// Shows a whole design without emitting any signal; the network's input and output widths
    /// are spec's until setDatasetShape, and validity is updated silently (read isValid()).
    void setState(const bp::DataSource& data, const bp::NetworkSpec& spec, const bp::TrainConfig& config);

    /// Returns where the data comes from, as the form shows it.
    bp::DataSource dataSource() const;

    /// Returns the architecture: the dataset's inputs, the hidden layers, then the output layer
    /// as wide as the dataset's targets.
    bp::NetworkSpec networkSpec() const;

    /// Returns how to train, as the form shows it.
    bp::TrainConfig trainConfig() const;

    /// Takes the loaded dataset's feature and target counts as the network's input and output
    /// widths; emits validityChanged() if validity changes, nothing else.
    void setDatasetShape(int inputs, int outputs, bool classification);

    /// Shows f as the output layer's activation and loss as the loss, without emitting any signal
    /// (the worker chose them to suit new data); validity is updated silently.
    void showOutput(bp::Activation f, bp::Loss loss);

    /// Shows why the dataset cannot be loaded under the Data section (empty clears it); while
    /// it is shown the form is invalid. Emits validityChanged() if validity changes.
    void setDatasetError(const QString& message);

    /// Shows why the network could not be built from the design (empty clears it), under the
    /// Training section when the training settings are at fault (a validation split that leaves
    /// no sample, batches too large for memory); while it is shown the form is invalid, until the
    /// person changes anything. Emits validityChanged() if validity changes.
    void setBuildError(const QString& message, bool trainingAtFault = false);

    /// True when the data, the network and the training settings can be trained as shown.
    bool isValid() const { return problem_.isEmpty(); }

    /// Returns the first problem from the top, naming its field ("Loss: …"); empty when valid.
    QString problem() const { return problem_; }

signals:
    /// The user changed where the data comes from or how it is read.
    void dataSourceChanged();
    /// The user changed the layers, an activation, the slope or the initialiser.
    void architectureChanged();
    /// The user changed the loss, the optimizer or any other training setting.
    void trainingChanged();
    /// The user typed a new learning rate η; a running training may apply it at once.
    void learningRateChanged(double eta);
    /// The form turned valid or invalid through the user or the main window (not setState).
    void validityChanged(bool valid);

private:
    void revalidate(bool notify);
    void applyFix();
    QString fixText(const bp::SpecProblem& problem) const;

    DataSourceForm* data_;
    NetworkForm* network_;
    TrainingForm* training_;
    bool classification_ = true;  // the loaded dataset's targets are classes
    QString datasetError_;
    QString buildError_;  // why the last design sent could not be built; cleared by any edit
    bool buildInTraining_ = false;  // buildError_ blames the training settings
    QString problem_;
};

} // namespace bp
