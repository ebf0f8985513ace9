#pragma once
// The Data section's CSV rows: the file (typed or browsed), the target columns, the header row
// and the delimiter.
#include "datasource.h"

#include <QObject>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QWidget;

namespace bp {

class CsvFields : public QObject {
    Q_OBJECT
public:
    /// Creates the fields, owned by no widget until addRows; parent also owns the Browse dialog.
    explicit CsvFields(QWidget* parent);

    /// Appends the File, Targets, Header row and Delimiter rows to form, in that order.
    void addRows(QFormLayout* form);

    /// Shows the four rows in form when visible is true, hides them when false.
    void setRowsVisible(QFormLayout* form, bool visible);

    /// Shows source's path, target columns, header mode and delimiter; emits nothing.
    void setSource(const bp::DataSource& source);

    /// Writes the path (trimmed), the target columns (trimmed, empty ones dropped), the header
    /// mode and the delimiter into source; its other fields stay as they are.
    void apply(bp::DataSource& source) const;

    /// Returns the path field, for marking it when the file is missing or cannot be read.
    QLineEdit* pathField() const { return path_; }

signals:
    /// The user committed a new path (typed or browsed) or a new list of target columns.
    void edited();

    /// The user chose a header mode or a delimiter.
    void choiceMade();

private:
    void browse();

    QWidget* parent_;  // the Browse dialog's parent
    QWidget* fileRow_;
    QLineEdit* path_;
    QPushButton* browse_;
    QLineEdit* targets_;
    QComboBox* header_;
    QComboBox* delimiter_;
};

} // namespace bp
