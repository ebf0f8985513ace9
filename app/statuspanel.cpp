#include "statuspanel.h"

#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

#include <cmath>

namespace bp {

namespace {
QString number(bp::Scalar value) { return std::isfinite(value) ? QString::number(double(value), 'g', 4) : QStringLiteral("—"); }
}  // namespace

StatusPanel::StatusPanel(QMainWindow* window, QLabel* banner) : QObject(window), window_(window), banner_(banner)
{
    banner_->setWordWrap(true);
    banner_->setStyleSheet(QStringLiteral(
        "background:#fde2e1; color:#8a1c14; padding:6px 10px; border-bottom:1px solid #e0a9a5;"));
    banner_->hide();
    // Each field framed on its left, so numbers of neighbouring fields never read as one.
    const QString field = QStringLiteral("QLabel { padding: 0 10px; border: none; border-left: 1px solid #9aa0a8; }");
    for (QLabel** label : {&epoch_, &loss_, &validation_, &accuracy_, &rate_}) {
        *label = new QLabel;
        (*label)->setObjectName(label == &rate_ ? QStringLiteral("rate") : QString());
        (*label)->setMinimumWidth(120);
        (*label)->setStyleSheet(field);
        window->statusBar()->addPermanentWidget(*label);
    }
}

void StatusPanel::show(const Snapshot& s)
{
    const bp::EpochReport& r = s.report;
    epoch_->setText(tr("Epoch %1").arg(r.epoch));
    loss_->setText(tr("Loss %1").arg(r.epoch > 0 ? number(r.trainLoss) : QStringLiteral("—")));
    validation_->setText(tr("Validation %1").arg(r.validationLoss ? number(*r.validationLoss) : QStringLiteral("—")));
    accuracy_->setText(tr("Accuracy %1").arg(r.accuracy ? QString::number(100.0 * double(*r.accuracy), 'f', 1) + QLatin1Char('%')
                                                        : QStringLiteral("—")));
    // The worker measures this run only, and sends 0 until it has measured it.
    rate_->setText(tr("%1 epochs/s").arg(s.epochsPerSecond > 0 ? QString::number(s.epochsPerSecond, 'f', 0)
                                                                 : QStringLiteral("—")));
    if (s.diverged)
        setBanner(s.message);
    else if (s.finished && !s.message.isEmpty())
        window_->statusBar()->showMessage(s.message, 5000);
}

void StatusPanel::setBanner(const QString& text)
{
    banner_->setText(text);
    banner_->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        window_->statusBar()->showMessage(text);
    else
        window_->statusBar()->clearMessage();
}

} // namespace bp
