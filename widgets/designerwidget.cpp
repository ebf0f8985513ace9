#include "designerwidget.h"

#include "datasourceform.h"
#include "defaultproject.h"
#include "networkform.h"
#include "outputfit.h"
#include "theme.h"
#include "trainingform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QScrollArea>
#include <QVBoxLayout>

namespace bp {

namespace {

// Gives the labels of every section one width, so all fields start at the same x.
void alignLabels(QWidget* content)
{
    const QList<QFormLayout*> forms = content->findChildren<QFormLayout*>();
    QList<QWidget*> labels;
    int width = 0;
    for (QFormLayout* form : forms)
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget()) {
                labels << item->widget();
                width = std::max(width, item->widget()->sizeHint().width());
            }
    for (QWidget* label : labels)
        label->setMinimumWidth(width);
}

}  // namespace

DesignerWidget::DesignerWidget(QWidget* parent) : QWidget(parent)
{
    // A field at fault gets a red frame; the sections' messages say why.
    setStyleSheet(QString("QComboBox[invalid=\"true\"], QLineEdit[invalid=\"true\"], QLabel[invalid=\"true\"] "
                          "{ border: 2px solid %1; border-radius: 3px; padding: 1px 3px; }"
                          "QAbstractSpinBox[invalid=\"true\"] { border: 2px solid %1; border-radius: 3px; }")
                      .arg(bp::theme::decrease().name()));
    data_ = new DataSourceForm;
    network_ = new NetworkForm;
    training_ = new TrainingForm;
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->addWidget(data_);
    column->addWidget(network_);
    column->addWidget(training_);
    column->addStretch();

    alignLabels(content);

    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);  // Tab goes from the last field back to the first
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(data_, &DataSourceForm::changed, this, [this] {
        buildError_.clear();
        revalidate(true);
        emit dataSourceChanged();
    });
    connect(network_, &NetworkForm::changed, this, [this] {
        buildError_.clear();
        revalidate(true);
        emit architectureChanged();
    });
    connect(training_, &TrainingForm::changed, this, [this] {
        buildError_.clear();
        revalidate(true);
        emit trainingChanged();
    });
    connect(training_, &TrainingForm::learningRateChanged, this, &DesignerWidget::learningRateChanged);
    connect(training_, &TrainingForm::fixRequested, this, &DesignerWidget::applyFix);
    connect(network_, &NetworkForm::fixRequested, this, &DesignerWidget::applyFix);

    const Project first = defaultProject();
    setState(first.data, first.network, first.training);
}

void DesignerWidget::setState(const bp::DataSource& data, const bp::NetworkSpec& spec, const bp::TrainConfig& config)
{
    buildError_.clear();
    data_->setSource(data);
    network_->setSpec(spec);
    training_->setConfig(config);
    revalidate(false);
}

bp::DataSource DesignerWidget::dataSource() const { return data_->source(); }

bp::NetworkSpec DesignerWidget::networkSpec() const { return network_->spec(); }

bp::TrainConfig DesignerWidget::trainConfig() const { return training_->config(); }

void DesignerWidget::setDatasetShape(int inputs, int outputs, bool classification)
{
    classification_ = classification;
    network_->setShape(inputs, outputs, classification);
    revalidate(true);
}

void DesignerWidget::showOutput(bp::Activation f, bp::Loss loss)
{
    // Only these two fields change: rebuilding the layer table would move the keyboard focus.
    const QSignalBlocker quiet(network_);
    network_->chooseOutputActivation(f);
    QComboBox* lossField = training_->lossField();
    lossField->setCurrentIndex(lossField->findData(int(loss)));  // not a user's choice: no activated()
    revalidate(false);
}

void DesignerWidget::setBuildError(const QString& message, bool trainingAtFault)
{
    buildError_ = message;
    buildInTraining_ = trainingAtFault;
    revalidate(true);
}

void DesignerWidget::setDatasetError(const QString& message)
{
    datasetError_ = message;
    data_->setError(message);
    revalidate(true);
}

void DesignerWidget::revalidate(bool notify)
{
    const bool wasValid = isValid();
    const bp::Loss loss = training_->config().loss;
    QString dataProblem = datasetError_.isEmpty() ? data_->problem() : tr("Data: %1").arg(datasetError_);
    QString specProblem, trainingProblem = training_->problem();
    bool lossAtFault = false;
    QString fix;
    network_->clearProblem();
    if (const auto p = bp::checkSpec(network_->spec(), loss)) {
        lossAtFault = p->field == "loss";
        specProblem = network_->showProblem(*p, !lossAtFault, fixText(*p));
        if (lossAtFault) {
            trainingProblem = specProblem;
            fix = fixText(*p);
        }
    }
    if (trainingProblem.isEmpty() && buildInTraining_)
        trainingProblem = buildError_;  // empty once any edit has cleared it
    training_->setMessage(trainingProblem, lossAtFault, fix);
    problem_ = !dataProblem.isEmpty() ? dataProblem : !specProblem.isEmpty() ? specProblem : trainingProblem;
    if (problem_.isEmpty())
        problem_ = buildError_;
    if (notify && wasValid != isValid())
        emit validityChanged(isValid());
}

QString DesignerWidget::fixText(const bp::SpecProblem& problem) const
{
    // Offered when the output activation and the loss disagree: the pair made for the data's task,
    // which checkSpec accepts for every output width, so the fix never leads back to a problem.
    const bp::NetworkSpec spec = network_->spec();
    const std::string outField = "layers[" + std::to_string(spec.layers.size() - 1) + "].activation";
    if (problem.field != "loss" && problem.field != outField)
        return {};
    switch (bp::suitedOutput(spec.outputs(), classification_).activation) {
    case bp::Activation::Softmax:
        return tr("Use softmax + categorical cross-entropy");
    case bp::Activation::Sigmoid:
        return tr("Use sigmoid + binary cross-entropy");
    default:
        return tr("Use linear + mean squared error");
    }
}

void DesignerWidget::applyFix()
{
    const bp::OutputChoice suited = bp::suitedOutput(network_->spec().outputs(), classification_);
    QComboBox* lossField = training_->lossField();
    lossField->setCurrentIndex(lossField->findData(int(suited.loss)));
    network_->chooseOutputActivation(suited.activation);
    revalidate(true);
    emit trainingChanged();
}

} // namespace bp
