#include "confusionmatrixwidget.h"

#include "safefiledevice.h"
#include "theme.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QPainter>
#include <QRadioButton>
#include <QVBoxLayout>

namespace bp {

ConfusionMatrixWidget::ConfusionMatrixWidget(QWidget* parent)
    : QWidget(parent), trainingButton_(new QRadioButton(tr("Training"))),
      validationButton_(new QRadioButton(tr("Validation")))
{
    setObjectName(QStringLiteral("confusionMatrix"));
    trainingButton_->setObjectName(QStringLiteral("confusionTraining"));
    validationButton_->setObjectName(QStringLiteral("confusionValidation"));
    trainingButton_->setToolTip(tr("Show how the samples trained on are classified"));
    validationButton_->setToolTip(tr("Show how the held-out validation samples are classified"));
    trainingButton_->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(trainingButton_);
    group->addButton(validationButton_);
    connect(trainingButton_, &QRadioButton::toggled, this, [this](bool on) {
        choose(on ? Samples::Training : Samples::Validation);
    });

    auto* row = new QHBoxLayout;
    row->addWidget(trainingButton_);
    row->addWidget(validationButton_);
    row->addStretch(1);
    auto* column = new QVBoxLayout(this);
    column->addLayout(row);
    column->addStretch(1);  // the matrix is painted below the switch
    setMinimumSize(240, 200);
    setAutoFillBackground(true);
    QPalette canvas = palette();
    canvas.setColor(QPalette::Window, theme::canvas());
    setPalette(canvas);
    updateTexts();
}

void ConfusionMatrixWidget::setClassNames(const std::vector<std::string>& names)
{
    classifier_ = !names.empty();
    painter_.setClassNames(names);
    training_ = validation_ = {};
    updateTexts();
    update();
}

void ConfusionMatrixWidget::setMatrices(const bp::ConfusionMatrix& training, const bp::ConfusionMatrix& validation)
{
    training_ = training;
    validation_ = validation;
    updateTexts();
    update();
}

const bp::ConfusionMatrix& ConfusionMatrixWidget::shown() const
{
    return samples_ == Samples::Training ? training_ : validation_;
}

bool ConfusionMatrixWidget::savePng(const QString& path, QString* error, QSize size) const
{
    return SafeFileDevice::writeImage(painter_.image(size, shown()), path, "PNG", error);
}

void ConfusionMatrixWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const int top = trainingButton_->geometry().bottom() + 6;
    painter_.paint(p, QRectF(rect()).adjusted(10, top, -10, -8), shown());
}

void ConfusionMatrixWidget::choose(Samples samples)
{
    if (samples == samples_)
        return;
    samples_ = samples;
    updateTexts();
    update();
    emit samplesChanged(samples);
}

void ConfusionMatrixWidget::updateTexts()
{
    const bool validation = samples_ == Samples::Validation;
    trainingButton_->setEnabled(classifier_);
    validationButton_->setEnabled(classifier_);
    painter_.setTitle(!classifier_ ? QString()
                      : validation ? tr("Validation samples, as the network classifies them now")
                                   : tr("Training samples, as the network classifies them now"));
    if (!classifier_)
        painter_.setEmptyText(tr("The confusion matrix is for classifiers: this network predicts values, "
                                 "not classes."));
    else if (validation && validation_.classes() > 0 && validation_.empty())
        painter_.setEmptyText(tr("There are no validation samples: set a Validation share above 0 % in the "
                                 "designer's Training section."));
    else
        painter_.setEmptyText(tr("Train the network to see how it classifies the samples."));
}

}  // namespace bp
