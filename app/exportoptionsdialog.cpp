#include "exportoptionsdialog.h"

#include "architectureexport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>

namespace bp {

using Background = bp::NetworkPainter::Background;

ExportOptionsDialog::ExportOptionsDialog(bool withScale, QWidget* parent)
    : QDialog(parent), background_(new QComboBox)
{
    setWindowTitle(tr("Export Architecture"));
    auto* form = new QFormLayout(this);
    if (withScale) {
        scale_ = new QComboBox;
        const QSize size = bp::architectureExportSize;
        for (int s : bp::architecturePngScales)
            scale_->addItem(tr("%1× (%2 × %3 pixels)").arg(s).arg(size.width() * s).arg(size.height() * s), s);
        scale_->setCurrentIndex(1);  // 2×: sharp on high-density screens and in print
        scale_->setToolTip(tr("Pixels per point of a %1 × %2 picture").arg(bp::architectureExportSize.width())
                               .arg(bp::architectureExportSize.height()));
        form->addRow(tr("Scale"), scale_);
    }
    background_->addItem(tr("Light"), int(Background::Light));
    background_->addItem(tr("Transparent"), int(Background::Transparent));
    form->addRow(tr("Background"), background_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

qreal ExportOptionsDialog::scale() const { return scale_ ? scale_->currentData().toInt() : 1; }

Background ExportOptionsDialog::background() const { return Background(background_->currentData().toInt()); }

} // namespace bp
