#pragma once
// The confusion matrix view: how the classifier's predictions fall against the true classes, for
// the training samples or the validation samples (a switch at the top), with the class names on
// both axes, counts shaded by their share of the true class, and each class's accuracy at the
// side. It stores the latest matrices the worker computed and paints them; it never computes.
#include "confusionmatrix.h"
#include "confusionmatrixpainter.h"

#include <QWidget>

#include <string>
#include <vector>

class QRadioButton;

namespace bp {

class ConfusionMatrixWidget : public QWidget {
    Q_OBJECT
public:
    /// Which samples' matrix is shown.
    enum class Samples { Training, Validation };

    /// Builds the view with its Training/Validation switch, showing Training and no matrix yet.
    explicit ConfusionMatrixWidget(QWidget* parent = nullptr);

    /// Names the classes of a newly loaded classifier (in output order); empty names (regression,
    /// autoencoder) make the view say that it is for classifiers. Forgets the matrices shown.
    void setClassNames(const std::vector<std::string>& names);

    /// Stores the newest matrices of the training and the validation samples and repaints.
    void setMatrices(const bp::ConfusionMatrix& training, const bp::ConfusionMatrix& validation);

    /// Returns which samples' matrix is shown.
    Samples samples() const { return samples_; }

    /// Returns the matrix shown now: the training or the validation samples'.
    const bp::ConfusionMatrix& shown() const;

    /// Returns the painter as it is set up for the matrix shown (names, title, empty text).
    const bp::ConfusionMatrixPainter& painter() const { return painter_; }

    /// Writes the matrix shown as a PNG of the given size through a safe write; false with
    /// *error naming the path and the cause.
    bool savePng(const QString& path, QString* error = nullptr,
                 QSize size = bp::ConfusionMatrixPainter::exportSize) const;

    /// Returns the Training (false) or Validation (true) switch button, for tests.
    QRadioButton* switchButton(bool validation) const { return validation ? validationButton_ : trainingButton_; }

signals:
    /// The switch moved to the other samples.
    void samplesChanged(bp::ConfusionMatrixWidget::Samples samples);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void choose(Samples samples);
    void updateTexts();

    QRadioButton* trainingButton_;
    QRadioButton* validationButton_;
    bool classifier_ = false;
    Samples samples_ = Samples::Training;
    bp::ConfusionMatrix training_, validation_;
    bp::ConfusionMatrixPainter painter_;
};

}  // namespace bp
