#include "gradientmeterwidget.h"

#include "gradientmeterpainter.h"
#include "ratelimiter.h"
#include "safefiledevice.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPainter>

namespace bp {

GradientMeterWidget::GradientMeterWidget(QWidget* parent)
    : QWidget(parent), save_(new QAction(tr("Save picture…"), this)),
      repaints_(new RateLimiter(repaintMs, [this] { update(); }, this))
{
    setObjectName(QStringLiteral("gradientMeter"));
    setMinimumHeight(120);
    save_->setToolTip(tr("Save the gradient meter as a PNG picture"));
    connect(save_, &QAction::triggered, this, &GradientMeterWidget::choosePicture);
    addAction(save_);
    setContextMenuPolicy(Qt::ActionsContextMenu);
}

void GradientMeterWidget::setReport(const EpochReport& report)
{
    meter_.add(report);
    repaints_->request();
}

void GradientMeterWidget::clear()
{
    meter_.clear();
    update();
}

std::vector<std::size_t> GradientMeterWidget::shownLayers() const
{
    return GradientMeterPainter::shownLayers(meter_, height());
}

bool GradientMeterWidget::savePng(const QString& path, QString* error, QSize size) const
{
    return SafeFileDevice::writeImage(GradientMeterPainter::image(size, meter_), path, "PNG", error);
}

void GradientMeterWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    GradientMeterPainter::paint(p, QRectF(rect()), meter_);
}

void GradientMeterWidget::choosePicture()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Gradient Meter"),
                                                      QDir::home().filePath(QStringLiteral("gradients.png")),
                                                      tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!savePng(path, &error))
        QMessageBox::warning(this, tr("Save Gradient Meter"), error);
}

}  // namespace bp
