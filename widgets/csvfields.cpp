#include "csvfields.h"

#include "namedcombo.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace bp {

CsvFields::CsvFields(QWidget* parent) : QObject(parent), parent_(parent)
{
    path_ = new QLineEdit;
    path_->setObjectName("csvPath");
    path_->setPlaceholderText(tr("path to a .csv file"));
    browse_ = new QPushButton(tr("&Browse…"));
    fileRow_ = new QWidget;
    auto* fileLayout = new QHBoxLayout(fileRow_);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(path_, 1);
    fileLayout->addWidget(browse_);
    fileRow_->setFocusProxy(path_);
    targets_ = new QLineEdit;
    targets_->setPlaceholderText(tr("last column"));
    targets_->setToolTip(tr("Target columns by header name or number (1 = first), comma separated; "
                            "empty means the last column"));
    header_ = new QComboBox;
    header_->setObjectName("csvHeader");
    addNamedItems(header_, headerNames);
    header_->setToolTip(tr("Auto: a first row with a non-numeric feature is a header"));
    delimiter_ = new QComboBox;
    delimiter_->setObjectName("csvDelimiter");
    addNamedItems(delimiter_, delimiterNames);
    delimiter_->setToolTip(tr("What separates the cells; Auto: comma, semicolon or tab, as the first lines show"));

    connect(browse_, &QPushButton::clicked, this, &CsvFields::browse);
    for (QLineEdit* edit : {path_, targets_})
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            if (!edit->isModified())
                return;
            edit->setModified(false);
            emit edited();
        });
    for (QComboBox* combo : {header_, delimiter_})
        connect(combo, &QComboBox::activated, this, &CsvFields::choiceMade);
}

void CsvFields::addRows(QFormLayout* form)
{
    form->addRow(tr("&File:"), fileRow_);
    form->addRow(tr("&Targets:"), targets_);
    form->addRow(tr("&Header row:"), header_);
    form->addRow(tr("Deli&miter:"), delimiter_);
}

void CsvFields::setRowsVisible(QFormLayout* form, bool visible)
{
    form->setRowVisible(fileRow_, visible);
    form->setRowVisible(targets_, visible);
    form->setRowVisible(header_, visible);
    form->setRowVisible(delimiter_, visible);
}

void CsvFields::setSource(const bp::DataSource& source)
{
    path_->setText(QString::fromStdString(source.path));
    QStringList targets;
    for (const std::string& t : source.csv.targets)
        targets << QString::fromStdString(t);
    targets_->setText(targets.join(", "));
    header_->setCurrentIndex(header_->findData(int(source.csv.header)));
    delimiter_->setCurrentIndex(delimiter_->findData(int(source.csv.delimiter)));
}

void CsvFields::apply(bp::DataSource& source) const
{
    source.path = path_->text().trimmed().toStdString();
    source.csv.targets.clear();
    for (const QString& t : targets_->text().split(',', Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            source.csv.targets.push_back(t.trimmed().toStdString());
    source.csv.header = bp::HeaderMode(header_->currentData().toInt());
    source.csv.delimiter = bp::Delimiter(delimiter_->currentData().toInt());
}

void CsvFields::browse()
{
    const QString start = path_->text().isEmpty() ? QString() : QFileInfo(path_->text()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(parent_, tr("Open a CSV file"), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (file.isEmpty())
        return;
    path_->setText(file);
    emit edited();
}

} // namespace bp
