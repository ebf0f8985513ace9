#include "networkform.h"

#include "fieldtitle.h"
#include "layereditor.h"
#include "formtheme.h"
#include "namedcombo.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QSpinBox>

namespace bp {

NetworkForm::NetworkForm(QWidget* parent) : QGroupBox(tr("Network"), parent)
{
    inputWidth_ = new QLabel;
    inputWidth_->setObjectName("inputWidth");
    inputWidth_->setToolTip(tr("One input per feature of the dataset"));
    layers_ = new LayerEditor;
    auto* hiddenTitle = new QLabel(tr("Hidden la&yers:"));
    hiddenTitle->setBuddy(layers_->findChild<QWidget*>("hiddenLayers"));
    outputWidth_ = new QLabel;
    outputWidth_->setObjectName("outputWidth");
    outputActivation_ = new QComboBox;
    outputActivation_->setObjectName("outputActivation");
    outputActivation_->setToolTip(tr("Activation of the output layer; softmax turns the outputs into "
                                     "class probabilities"));
    LayerEditor::fillActivations(outputActivation_, true);
    auto* outputRow = new QWidget;
    auto* outputLayout = new QHBoxLayout(outputRow);
    outputLayout->setContentsMargins(0, 0, 0, 0);
    outputLayout->addWidget(outputWidth_);
    outputLayout->addWidget(outputActivation_, 1);
    outputRow->setFocusProxy(outputActivation_);
    leakySlope_ = new QDoubleSpinBox;
    leakySlope_->setObjectName("leakySlope");
    leakySlope_->setRange(0.0, 0.999);
    leakySlope_->setDecimals(3);
    leakySlope_->setSingleStep(0.01);
    leakySlope_->setKeyboardTracking(false);  // one change per committed value, not per keystroke
    leakySlope_->setToolTip(tr("Slope of leaky ReLU for negative inputs"));
    init_ = new QComboBox;
    init_->setObjectName("init");
    addNamedItems(init_, initNames);
    init_->setToolTip(tr("How the first random weights are scaled"));
    message_ = bp::theme::problemLabel("networkProblem");

    form_ = new QFormLayout(this);
    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form_->addRow(tr("Input:"), inputWidth_);
    form_->addRow(hiddenTitle);
    form_->addRow(layers_);
    form_->addRow(tr("&Output:"), outputRow);
    form_->addRow(tr("Leaky slo&pe:"), leakySlope_);
    form_->addRow(tr("&Weights:"), init_);
    form_->addRow(message_);

    auto edited = [this] {
        updateLabels();
        emit changed();
    };
    connect(layers_, &LayerEditor::changed, this, edited);
    connect(outputActivation_, &QComboBox::activated, this, edited);
    connect(init_, &QComboBox::activated, this, edited);
    connect(leakySlope_, &QDoubleSpinBox::valueChanged, this, edited);
    connect(message_, &QLabel::linkActivated, this, &NetworkForm::fixRequested);
}

void NetworkForm::setSpec(const bp::NetworkSpec& spec)
{
    const QSignalBlocker blockSlope(leakySlope_);
    base_ = spec;
    inputs_ = spec.inputs;
    outputs_ = spec.outputs();
    std::vector<bp::LayerSpec> hidden = spec.layers;
    if (!hidden.empty())
        hidden.pop_back();
    layers_->setLayers(hidden);
    LayerEditor::selectActivation(outputActivation_,
                                  spec.layers.empty() ? bp::Activation::Sigmoid : spec.layers.back().activation);
    leakySlope_->setValue(spec.leakySlope);
    shownSlope_ = leakySlope_->value();
    init_->setCurrentIndex(init_->findData(int(spec.init)));
    updateLabels();
}

bp::NetworkSpec NetworkForm::spec() const
{
    bp::NetworkSpec spec = base_;
    spec.inputs = inputs_;
    spec.layers = layers_->layers();
    spec.layers.push_back({outputs_, bp::Activation(outputActivation_->currentData().toInt())});
    spec.init = bp::Init(init_->currentData().toInt());
    if (leakySlope_->value() != shownSlope_)  // the field rounds to 3 decimals; untouched keeps the exact slope
        spec.leakySlope = bp::Scalar(leakySlope_->value());
    return spec;
}

void NetworkForm::setShape(int inputs, int outputs, bool classification)
{
    inputs_ = inputs;
    outputs_ = outputs;
    classification_ = classification;
    updateLabels();
}

QString NetworkForm::showProblem(const bp::SpecProblem& problem, bool inSection, const QString& fix)
{
    clearProblem();
    const int hidden = int(layers_->layers().size());
    const QString field = QString::fromStdString(problem.field);
    const QString name = QString::fromStdString(bp::fieldTitle(problem.field, std::size_t(hidden) + 1));
    static const QRegularExpression layerField(R"(^layers\[(\d+)\]\.(\w+)$)");
    if (const QRegularExpressionMatch m = layerField.match(field); m.hasMatch()) {
        const int i = m.captured(1).toInt();
        const bool neurons = m.captured(2) == "neurons";
        if (i < hidden) {
            bp::theme::markInvalid(neurons ? static_cast<QWidget*>(layers_->neuronsField(i)) : layers_->activationField(i), true);
            layers_->setCurrentLayer(i);
        } else {
            bp::theme::markInvalid(neurons ? static_cast<QWidget*>(outputWidth_) : outputActivation_, true);
        }
    } else if (field == "inputs") {
        bp::theme::markInvalid(inputWidth_, true);
    } else if (field == "layers") {
        bp::theme::markInvalid(outputWidth_, true);
    } else if (field == "leakySlope") {
        bp::theme::markInvalid(leakySlope_, true);
    } else {
        bp::theme::markInvalid(outputActivation_, true);  // the other half of a loss that does not fit the outputs
    }
    const QString text = name + ": " + QString::fromStdString(problem.message);
    if (inSection) {
        QString html = text.toHtmlEscaped();
        if (!fix.isEmpty())
            html += QString("<br><a href=\"fix\">%1</a>").arg(fix.toHtmlEscaped());
        message_->setText(html);
        message_->show();
    }
    return text;
}

void NetworkForm::clearProblem()
{
    for (int i = 0; i < int(layers_->layers().size()); ++i) {
        bp::theme::markInvalid(layers_->neuronsField(i), false);
        bp::theme::markInvalid(layers_->activationField(i), false);
    }
    for (QWidget* w : {static_cast<QWidget*>(inputWidth_), static_cast<QWidget*>(outputWidth_),
                       static_cast<QWidget*>(outputActivation_), static_cast<QWidget*>(leakySlope_)})
        bp::theme::markInvalid(w, false);
    message_->clear();
    message_->hide();
}

void NetworkForm::chooseOutputActivation(bp::Activation f)
{
    LayerEditor::selectActivation(outputActivation_, f);
    updateLabels();
    emit changed();
}

void NetworkForm::updateLabels()
{
    inputWidth_->setText(inputs_ == 1 ? tr("1 feature") : tr("%1 features").arg(inputs_));
    outputWidth_->setText(outputs_ == 1 ? tr("1 neuron ·") : tr("%1 neurons ·").arg(outputs_));
    outputWidth_->setToolTip(classification_ ? tr("One output per class (a single one for two classes)")
                                             : tr("One output per target value"));
    bool leaky = outputActivation_->currentData().toInt() == int(bp::Activation::LeakyReLU);
    for (const bp::LayerSpec& layer : layers_->layers())
        leaky = leaky || layer.activation == bp::Activation::LeakyReLU;
    form_->setRowVisible(leakySlope_, leaky);
}

} // namespace bp
