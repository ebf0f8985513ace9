#include "datasourceform.h"

#include "csvfields.h"
#include "designlimits.h"
#include "formtheme.h"
#include "generators.h"
#include "namedcombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <algorithm>
#include <climits>

namespace bp {

namespace {

// The source combo's data: "generator:xor", "builtin:iris", "csv:".
QString keyOf(bp::DataSource::Kind kind, std::string_view name)
{
    return fromView(dataSourceKindName(kind)) + ":" + (kind == DataSource::Kind::Csv ? QString() : fromView(name));
}

}  // namespace

DataSourceForm::DataSourceForm(QWidget* parent) : QGroupBox(tr("Data"), parent)
{
    using Kind = bp::DataSource::Kind;
    sourceCombo_ = new QComboBox;
    sourceCombo_->setObjectName("dataSource");
    for (const GeneratorName& g : generatorTable)
        sourceCombo_->addItem(fromView(g.label), keyOf(Kind::Generator, g.name));
    sourceCombo_->insertSeparator(sourceCombo_->count());
    for (const BuiltinDataset& b : builtinDatasets)
        sourceCombo_->addItem(fromView(b.label), keyOf(Kind::Builtin, b.name));
    sourceCombo_->insertSeparator(sourceCombo_->count());
    sourceCombo_->addItem(tr("CSV file…"), keyOf(Kind::Csv, {}));
    sourceCombo_->setToolTip(tr("Where the training data comes from"));

    samples_ = new QSpinBox;
    samples_->setObjectName("samples");
    samples_->setRange(limits::minSamples, limits::maxSamples);
    samples_->setSingleStep(50);
    samples_->setGroupSeparatorShown(true);
    noise_ = new QDoubleSpinBox;
    noise_->setObjectName("noise");
    noise_->setRange(0.0, limits::maxNoise);
    noise_->setDecimals(3);
    noise_->setSingleStep(0.01);
    noise_->setToolTip(tr("Standard deviation of the Gaussian noise added to every point"));
    classes_ = new QSpinBox;
    classes_->setObjectName("classes");
    classes_->setRange(limits::minClasses, limits::maxClasses);
    seed_ = new QSpinBox;
    seed_->setRange(0, INT_MAX);
    seed_->setToolTip(tr("Equal seeds give equal data"));
    for (QAbstractSpinBox* box : {static_cast<QAbstractSpinBox*>(samples_), static_cast<QAbstractSpinBox*>(noise_),
                                  static_cast<QAbstractSpinBox*>(classes_), static_cast<QAbstractSpinBox*>(seed_)})
        box->setKeyboardTracking(false);  // one change per committed value, not per keystroke

    csv_ = new CsvFields(this);
    scaling_ = new QComboBox;
    scaling_->setObjectName("scaling");
    addNamedItems(scaling_, scalingNames);
    scaling_->setToolTip(tr("How the features are scaled: to mean 0 and deviation 1, or to [0, 1]"));
    autoencoder_ = new QCheckBox(tr("A&utoencoder (targets = inputs)"));
    autoencoder_->setToolTip(tr("Learn to reproduce the features: the output layer is as wide as the input"));

    message_ = bp::theme::problemLabel("dataProblem");

    form_ = new QFormLayout(this);
    form_->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form_->addRow(tr("Sour&ce:"), sourceCombo_);
    form_->addRow(tr("&Samples:"), samples_);
    form_->addRow(tr("&Noise:"), noise_);
    form_->addRow(tr("Cl&asses:"), classes_);
    form_->addRow(tr("&Data seed:"), seed_);
    csv_->addRows(form_);
    form_->addRow(tr("Scal&ing:"), scaling_);
    form_->addRow(autoencoder_);
    form_->addRow(message_);

    connect(sourceCombo_, &QComboBox::activated, this, &DataSourceForm::sourceChosen);
    connect(samples_, &QSpinBox::valueChanged, this, &DataSourceForm::changed);
    connect(noise_, &QDoubleSpinBox::valueChanged, this, &DataSourceForm::changed);
    connect(classes_, &QSpinBox::valueChanged, this, &DataSourceForm::changed);
    connect(seed_, &QSpinBox::valueChanged, this, &DataSourceForm::changed);
    connect(csv_, &CsvFields::edited, this, [this] {
        updateMarks();
        emit changed();
    });
    connect(csv_, &CsvFields::choiceMade, this, &DataSourceForm::changed);
    connect(scaling_, &QComboBox::activated, this, &DataSourceForm::changed);
    connect(autoencoder_, &QCheckBox::toggled, this, &DataSourceForm::changed);
    setSource(bp::DataSource{});
}

void DataSourceForm::setSource(const bp::DataSource& source)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(samples_), QSignalBlocker(noise_), QSignalBlocker(classes_),
                                       QSignalBlocker(seed_), QSignalBlocker(autoencoder_)};
    base_ = source;
    const QString key = keyOf(source.kind, source.name);
    if (sourceCombo_->findData(key) < 0)  // a source this version does not list: show it, don't replace it
        sourceCombo_->insertItem(0, QString::fromStdString(source.name), key);
    sourceCombo_->setCurrentIndex(sourceCombo_->findData(key));
    samples_->setValue(source.samples);
    noise_->setValue(source.noise);
    classes_->setValue(source.classes);
    seed_->setValue(int(std::min<std::uint64_t>(source.seed, INT_MAX)));
    csv_->setSource(source);
    scaling_->setCurrentIndex(scaling_->findData(int(source.csv.scaling)));
    autoencoder_->setChecked(source.autoencoder);
    updateRows();
}

bp::DataSource DataSourceForm::source() const
{
    bp::DataSource s = base_;
    const QString key = sourceCombo_->currentData().toString();
    s.kind = valueOf(dataSourceKindNames, key.section(':', 0, 0).toStdString()).value_or(DataSource::Kind::Generator);
    if (s.kind != bp::DataSource::Kind::Csv)
        s.name = key.section(':', 1).toStdString();
    s.samples = samples_->value();
    s.noise = noise_->value();
    s.classes = classes_->value();
    if (seed_->value() != int(std::min<std::uint64_t>(base_.seed, INT_MAX)))
        s.seed = std::uint64_t(seed_->value());
    csv_->apply(s);
    s.csv.scaling = bp::Scaling(scaling_->currentData().toInt());
    s.autoencoder = autoencoder_->isChecked();
    return s;
}

void DataSourceForm::setError(const QString& message)
{
    error_ = message;
    updateMarks();
}

QString DataSourceForm::problem() const
{
    if (source().kind == bp::DataSource::Kind::Csv && csv_->pathField()->text().trimmed().isEmpty())
        return tr("File: choose a CSV file");
    return {};
}

void DataSourceForm::sourceChosen()
{
    // Each built-in dataset has the scaling it trains best with; the user may change it after.
    const QString key = sourceCombo_->currentData().toString();
    for (const BuiltinDataset& b : builtinDatasets)
        if (key == keyOf(DataSource::Kind::Builtin, b.name))
            scaling_->setCurrentIndex(scaling_->findData(int(b.scaling)));
    updateRows();
    emit changed();
}

void DataSourceForm::updateRows()
{
    using Kind = bp::DataSource::Kind;
    const bp::DataSource s = source();
    const bool generator = s.kind == Kind::Generator, csv = s.kind == Kind::Csv;
    form_->setRowVisible(samples_, generator);
    form_->setRowVisible(noise_, generator);
    form_->setRowVisible(classes_, generator && s.name == "gaussian");
    form_->setRowVisible(seed_, generator);
    csv_->setRowsVisible(form_, csv);
    form_->setRowVisible(scaling_, !generator);
    updateMarks();
}

void DataSourceForm::updateMarks()
{
    const bool csv = source().kind == bp::DataSource::Kind::Csv;
    const QString text = error_.isEmpty() ? problem() : error_;
    bp::theme::markInvalid(csv_->pathField(), csv && !text.isEmpty());
    bp::theme::markInvalid(sourceCombo_, !csv && !error_.isEmpty());
    message_->setText(text.toHtmlEscaped());  // file text may hold < and &
    message_->setVisible(!text.isEmpty());
}

} // namespace bp
