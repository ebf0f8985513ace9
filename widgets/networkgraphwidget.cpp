#include "networkgraphwidget.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace bp {

NetworkGraphWidget::NetworkGraphWidget(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);  // the painter fills the whole area itself
    fadeTimer_.setInterval(25);
    fadeTimer_.setTimerType(Qt::PreciseTimer);
    connect(&fadeTimer_, &QTimer::timeout, this, &NetworkGraphWidget::advanceFade);
}

void NetworkGraphWidget::setNetwork(const NetworkSpec& spec)
{
    painter_.setSpec(spec);
    painter_.setFade(0);
    fadeTimer_.stop();
    toolTipHit_.reset();
    update();
}

void NetworkGraphWidget::setReport(const EpochReport& report)
{
    if (!painter_.setReport(report))
        return;  // shapes from another architecture: nothing to show
    painter_.setFade(1);
    sinceReport_.start();
    if (!fadeTimer_.isActive())
        fadeTimer_.start();
    update();
}

void NetworkGraphWidget::setMode(GraphMode mode)
{
    painter_.setMode(mode);
    refreshToolTip();
    update();
}

void NetworkGraphWidget::advanceFade()
{
    // fade = 1 − smoothstep(t / T): eases out of full colour and settles gently at rest.
    const double t = std::min(1.0, double(sinceReport_.elapsed()) / fadeMilliseconds);
    painter_.setFade(1 - t * t * (3 - 2 * t));
    if (t >= 1)
        fadeTimer_.stop();
    refreshToolTip();
    update();
}

void NetworkGraphWidget::refreshToolTip()
{
    if (toolTipHit_ && QToolTip::isVisible())
        QToolTip::showText(toolTipPos_, painter_.describe(*toolTipHit_), this);
}

void NetworkGraphWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    painter_.paint(p, QRectF(rect()));
}

bool NetworkGraphWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        toolTipHit_ = painter_.hitTest(help->pos(), QRectF(rect()));
        toolTipPos_ = help->globalPos();
        if (toolTipHit_)
            QToolTip::showText(toolTipPos_, painter_.describe(*toolTipHit_), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

}  // namespace bp
