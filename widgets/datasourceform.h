#pragma once
// The designer's Data section: which dataset to learn (a generator, a built-in dataset or a CSV
// file) and its parameters; only the fields that apply to the chosen source are shown.
#include "datasource.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace bp {

class CsvFields;

class DataSourceForm : public QGroupBox {
    Q_OBJECT
public:
    explicit DataSourceForm(QWidget* parent = nullptr);

    /// Shows source in the fields without emitting changed().
    void setSource(const bp::DataSource& source);

    /// Returns the source the fields describe; options the form does not show keep setSource's values.
    bp::DataSource source() const;

    /// Shows message in red under the fields and marks the source (or file) field; empty clears it.
    void setError(const QString& message);

    /// Returns what the fields themselves lack ("File: choose a CSV file"), or an empty string.
    QString problem() const;

signals:
    /// The user changed any field.
    void changed();

private:
    void sourceChosen();
    void updateRows();
    void updateMarks();

    bp::DataSource base_;  // the last source set, for the options without a field
    QString error_;        // the last dataset error, shown until cleared
    QFormLayout* form_;
    QComboBox* sourceCombo_;
    QSpinBox* samples_;
    QDoubleSpinBox* noise_;
    QSpinBox* classes_;
    QSpinBox* seed_;
    CsvFields* csv_;  // file, targets, header and delimiter rows
    QComboBox* scaling_;
    QCheckBox* autoencoder_;
    QLabel* message_;
};

} // namespace bp
