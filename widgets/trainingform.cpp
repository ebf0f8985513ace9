#include "trainingform.h"

#include "designlimits.h"
#include "formtheme.h"
#include "namedcombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

#include <climits>

namespace bp {

namespace {

using limits::minLearningRate, limits::maxLearningRate, limits::minEpsilon, limits::maxEpsilon;

// Returns x as the messages show it: 1e-06, 1e-12, 1000000.
QString shown(double x) { return QLocale::c().toString(x, 'g', 7); }

// Reads a positive number written as "0.01" or "1e-3"; false when unreadable or outside [low, high].
bool readNumber(const QString& text, double low, double high, double& value)
{
    bool ok = false;
    const double v = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || v < low || v > high)
        return false;
    value = v;
    return true;
}

QDoubleSpinBox* fraction(double top, int decimals, double step)
{
    auto* box = new QDoubleSpinBox;
    box->setRange(0.0, top);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    return box;
}

}  // namespace

TrainingForm::TrainingForm(QWidget* parent) : QGroupBox(tr("Training"), parent)
{
    loss_ = new QComboBox;
    loss_->setObjectName("loss");
    addNamedItems(loss_, lossNames);
    loss_->setToolTip(tr("What training minimises; cross-entropies need sigmoid (binary) or softmax "
                         "(categorical) outputs"));
    optimizer_ = new QComboBox;
    optimizer_->setObjectName("optimizer");
    addNamedItems(optimizer_, optimizerNames);
    rateText_ = new QLineEdit;
    rateText_->setObjectName("learningRate");
    rateText_->setToolTip(tr("Step size η, from %1 to %2; write 0.01 or 1e-2. "
                             "Changes apply at once, even while training")
                              .arg(shown(minLearningRate), shown(maxLearningRate)));
    momentum_ = fraction(0.9999, 4, 0.05);
    momentum_->setToolTip(tr("Share μ of the last step kept in the next"));
    beta1_ = fraction(0.9999, 4, 0.01);
    beta1_->setToolTip(tr("Decay of the mean of the gradients"));
    beta2_ = fraction(0.99999, 5, 0.001);
    beta2_->setToolTip(tr("Decay of the mean of the squared gradients"));
    epsilonText_ = new QLineEdit;
    epsilonText_->setToolTip(tr("Added to the root of the squared mean, from %1 to %2").arg(shown(minEpsilon), shown(maxEpsilon)));
    epochs_ = new QSpinBox;
    epochs_->setObjectName("epochs");
    epochs_->setRange(1, limits::maxEpochs);
    epochs_->setGroupSeparatorShown(true);
    batch_ = new QSpinBox;
    batch_->setObjectName("batchSize");
    batch_->setRange(0, limits::maxBatchSize);
    batch_->setSpecialValueText(tr("full"));
    batch_->setToolTip(tr("Samples per weight update; full uses the whole training set"));
    shuffle_ = new QCheckBox(tr("Shuffle samples e&very epoch"));
    validation_ = new QDoubleSpinBox;
    validation_->setObjectName("validation");
    validation_->setRange(0.0, limits::maxValidationSplit * 100.0);
    validation_->setDecimals(0);
    validation_->setSingleStep(5.0);
    validation_->setSuffix(tr(" %"));
    validation_->setToolTip(tr("Share of the samples held out to measure generalisation"));
    seed_ = new QSpinBox;
    seed_->setRange(0, INT_MAX);
    seed_->setToolTip(tr("Seeds the initial weights, the split and the shuffling"));
    message_ = bp::theme::problemLabel("trainingProblem");
    connect(message_, &QLabel::linkActivated, this, &TrainingForm::fixRequested);

    form_ = new QFormLayout(this);
    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form_->addRow(tr("&Loss:"), loss_);
    form_->addRow(tr("Opti&mizer:"), optimizer_);
    form_->addRow(tr("Learning &rate η:"), rateText_);
    form_->addRow(tr("Momentum &μ:"), momentum_);
    form_->addRow(tr("β&1:"), beta1_);
    form_->addRow(tr("β&2:"), beta2_);
    form_->addRow(tr("ε:"), epsilonText_);
    form_->addRow(tr("&Epochs:"), epochs_);
    form_->addRow(tr("&Batch size:"), batch_);
    form_->addRow(QString(), shuffle_);
    form_->addRow(tr("&Validation:"), validation_);
    form_->addRow(tr("Trainin&g seed:"), seed_);
    form_->addRow(message_);

    connect(loss_, &QComboBox::activated, this, &TrainingForm::changed);
    connect(optimizer_, &QComboBox::activated, this, [this] {
        updateRows();
        emit changed();
    });
    connect(rateText_, &QLineEdit::textEdited, this, [this] { textEdited(rateText_, eta_, rateBad_, minLearningRate, maxLearningRate, false); });
    connect(rateText_, &QLineEdit::editingFinished, this, [this] { textEdited(rateText_, eta_, rateBad_, minLearningRate, maxLearningRate, true); });
    connect(epsilonText_, &QLineEdit::textEdited, this, [this] { textEdited(epsilonText_, epsilon_, epsilonBad_, minEpsilon, maxEpsilon, false); });
    connect(epsilonText_, &QLineEdit::editingFinished, this, [this] { textEdited(epsilonText_, epsilon_, epsilonBad_, minEpsilon, maxEpsilon, true); });
    for (QDoubleSpinBox* box : {momentum_, beta1_, beta2_, validation_}) {
        box->setKeyboardTracking(false);  // one change per committed value, not per keystroke
        connect(box, &QDoubleSpinBox::valueChanged, this, &TrainingForm::changed);
    }
    for (QSpinBox* box : {epochs_, batch_, seed_}) {
        box->setKeyboardTracking(false);
        connect(box, &QSpinBox::valueChanged, this, &TrainingForm::changed);
    }
    connect(shuffle_, &QCheckBox::toggled, this, &TrainingForm::changed);
    setConfig(bp::TrainConfig{});
}

void TrainingForm::setConfig(const bp::TrainConfig& config)
{
    const QSignalBlocker blockers[] = {
        QSignalBlocker(momentum_), QSignalBlocker(beta1_), QSignalBlocker(beta2_), QSignalBlocker(validation_),
        QSignalBlocker(epochs_), QSignalBlocker(batch_), QSignalBlocker(seed_), QSignalBlocker(shuffle_)};
    base_ = config;
    const bp::OptimizerConfig& o = config.optimizer;
    loss_->setCurrentIndex(loss_->findData(int(config.loss)));
    optimizer_->setCurrentIndex(optimizer_->findData(int(o.kind)));
    eta_ = o.learningRate;
    epsilon_ = o.epsilon;
    rateBad_ = epsilonBad_ = false;
    rateText_->setText(QLocale::c().toString(eta_, 'g', 6));
    epsilonText_->setText(QLocale::c().toString(epsilon_, 'g', 6));
    bp::theme::markInvalid(rateText_, false);
    bp::theme::markInvalid(epsilonText_, false);
    momentum_->setValue(o.momentum);
    beta1_->setValue(o.beta1);
    beta2_->setValue(o.beta2);
    epochs_->setValue(config.epochs);
    batch_->setValue(config.batchSize);
    shuffle_->setChecked(config.shuffle);
    validation_->setValue(config.validationSplit * 100.0);
    seed_->setValue(int(std::min<std::uint64_t>(config.seed, INT_MAX)));
    updateRows();
}

bp::TrainConfig TrainingForm::config() const
{
    bp::TrainConfig c = base_;
    c.loss = bp::Loss(loss_->currentData().toInt());
    c.optimizer.kind = bp::OptimizerKind(optimizer_->currentData().toInt());
    c.optimizer.learningRate = bp::Scalar(eta_);
    c.optimizer.momentum = bp::Scalar(momentum_->value());
    c.optimizer.beta1 = bp::Scalar(beta1_->value());
    c.optimizer.beta2 = bp::Scalar(beta2_->value());
    c.optimizer.epsilon = bp::Scalar(epsilon_);
    c.epochs = epochs_->value();
    c.batchSize = batch_->value();
    c.shuffle = shuffle_->isChecked();
    if (validation_->value() != base_.validationSplit * 100.0)
        c.validationSplit = validation_->value() / 100.0;
    if (seed_->value() != int(std::min<std::uint64_t>(base_.seed, INT_MAX)))
        c.seed = std::uint64_t(seed_->value());
    return c;
}

QString TrainingForm::problem() const
{
    if (rateBad_)
        return tr("Learning rate: write a number from %1 to %2, such as 0.01 or 1e-3").arg(shown(minLearningRate), shown(maxLearningRate));
    if (epsilonBad_ && optimizer_->currentData().toInt() == int(bp::OptimizerKind::Adam))
        return tr("ε: write a number from %1 to %2, such as 1e-8").arg(shown(minEpsilon), shown(maxEpsilon));
    return {};
}

void TrainingForm::setMessage(const QString& message, bool lossAtFault, const QString& fix)
{
    bp::theme::markInvalid(loss_, lossAtFault);
    QString html = message.toHtmlEscaped();
    if (!fix.isEmpty())
        html += QString("<br><a href=\"fix\">%1</a>").arg(fix.toHtmlEscaped());
    message_->setText(html);
    message_->setVisible(!message.isEmpty());
}

void TrainingForm::textEdited(QLineEdit* field, double& good, bool& bad, double low, double high, bool finished)
{
    // While typing, an unreadable text ("0.") is not yet an error; leaving the field makes it one.
    double value = good;
    const bool readable = readNumber(field->text(), low, high, value);
    const bool wasBad = bad;
    if (readable)
        bad = false;
    else if (finished)
        bad = true;
    bp::theme::markInvalid(field, bad);
    if (readable && bp::Scalar(value) != bp::Scalar(good)) {
        good = value;
        if (field == rateText_)
            emit learningRateChanged(value);
        emit changed();
    } else if (bad != wasBad) {
        emit changed();
    }
}

void TrainingForm::updateRows()
{
    const auto kind = bp::OptimizerKind(optimizer_->currentData().toInt());
    form_->setRowVisible(momentum_, kind == bp::OptimizerKind::Momentum);
    for (QWidget* w : {static_cast<QWidget*>(beta1_), static_cast<QWidget*>(beta2_), static_cast<QWidget*>(epsilonText_)})
        form_->setRowVisible(w, kind == bp::OptimizerKind::Adam);
}

} // namespace bp
