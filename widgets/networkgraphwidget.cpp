#include "networkgraphwidget.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace bp {

NetworkGraphWidget::NetworkGraphWidget(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);  // the pictures cover the whole area
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
    invalidatePictures();
}

void NetworkGraphWidget::setReport(const EpochReport& report)
{
    if (!painter_.setReport(report))
        return;  // shapes from another architecture: nothing to show
    painter_.setFade(1);
    sinceReport_.start();
    if (!fadeTimer_.isActive())
        fadeTimer_.start();
    invalidatePictures();
}

void NetworkGraphWidget::setMode(GraphMode mode)
{
    painter_.setMode(mode);
    refreshToolTip();
    invalidatePictures();
}

void NetworkGraphWidget::invalidatePictures()
{
    lit_ = QImage();
    rest_ = QImage();
    update();
}

void NetworkGraphWidget::advanceFade()
{
    // fade = 1 − smoothstep(t / T): eases out of full colour and settles gently at rest.
    const double t = std::min(1.0, double(sinceReport_.elapsed()) / fadeMilliseconds);
    const qreal before = painter_.fade();
    painter_.setFade(1 - t * t * (3 - 2 * t));
    if (t >= 1)
        fadeTimer_.stop();
    refreshToolTip();
    // Repaint only when the frame differs: never in Weights mode, nor while both fades draw lit only.
    if (fadeShows() && !(before >= litOnlyFade && painter_.fade() >= litOnlyFade))
        update();
}

void NetworkGraphWidget::refreshToolTip()
{
    if (toolTipHit_ && QToolTip::isVisible())
        QToolTip::showText(toolTipPos_, painter_.describe(*toolTipHit_), this);
}

bool NetworkGraphWidget::fits(const QImage& image) const
{
    const qreal ratio = devicePixelRatioF();
    return !image.isNull() && image.devicePixelRatio() == ratio && image.size() == (QSizeF(size()) * ratio).toSize();
}

QImage NetworkGraphWidget::renderAt(qreal fade)
{
    const qreal ratio = devicePixelRatioF();
    QImage image((QSizeF(size()) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    const qreal live = painter_.fade();
    painter_.setFade(fade);
    QPainter p(&image);
    painter_.paint(p, QRectF(rect()));
    p.end();
    painter_.setFade(live);
    return image;
}

void NetworkGraphWidget::paintEvent(QPaintEvent*)
{
    const qreal fade = fadeShows() ? painter_.fade() : 1.0;
    const bool needLit = fade > 0;
    const bool needRest = fade < litOnlyFade;
    if (needLit && !fits(lit_))
        lit_ = renderAt(1);
    if (needRest && !fits(rest_))
        rest_ = renderAt(0);
    QPainter p(this);
    if (needRest)
        p.drawImage(QPointF(0, 0), rest_);
    if (needLit) {
        // Over rest, lit at opacity f blends each pixel as (1 − f)·rest + f·lit.
        p.setOpacity(needRest ? fade : 1.0);
        p.drawImage(QPointF(0, 0), lit_);
    }
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
