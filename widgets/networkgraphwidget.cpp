#include "networkgraphwidget.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <utility>

namespace bp {

NetworkGraphWidget::NetworkGraphWidget(QWidget* parent)
    : QWidget(parent), renderer_(new GraphRenderer)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);  // the pictures cover the whole area
    fadeTimer_.setInterval(25);
    fadeTimer_.setTimerType(Qt::PreciseTimer);
    connect(&fadeTimer_, &QTimer::timeout, this, &NetworkGraphWidget::advanceFade);
    renderGap_.setSingleShot(true);
    connect(&renderGap_, &QTimer::timeout, this, [this] {
        if (std::exchange(queued_, false))
            askPictures(std::exchange(queuedRest_, false));
    });
    renderThread_.setObjectName(QStringLiteral("graph render"));
    renderer_->moveToThread(&renderThread_);
    connect(&renderThread_, &QThread::finished, renderer_, &QObject::deleteLater);
    connect(renderer_, &GraphRenderer::rendered, this, &NetworkGraphWidget::onRendered);
    renderThread_.start();
}

NetworkGraphWidget::~NetworkGraphWidget()
{
    renderThread_.quit();
    renderThread_.wait();
}

void NetworkGraphWidget::setNetwork(const NetworkSpec& spec)
{
    painter_.setSpec(spec);
    painter_.setFade(0);
    fadeTimer_.stop();
    toolTipHit_.reset();
    ++specGeneration_;
    invalidatePictures();
}

void NetworkGraphWidget::setNames(const std::vector<std::string>& inputs, const std::vector<std::string>& outputs)
{
    painter_.setNames(GraphNames{inputs, outputs});
}

void NetworkGraphWidget::setReport(const EpochReport& report)
{
    if (!painter_.setReport(report))
        return;  // shapes from another architecture: nothing to show
    painter_.setFade(1);
    sinceReport_.start();
    if (training_ && !fadeTimer_.isActive())
        fadeTimer_.start();
    ++version_;
    askPictures(false);  // the lit picture now, the rest one once the fade falls
}

void NetworkGraphWidget::setTraining(bool training)
{
    training_ = training;
    if (training_)
        return;  // the next report starts a fade
    // Stopped: the last report comes back to full strength and holds there.
    fadeTimer_.stop();
    if (painter_.fade() < 1) {
        painter_.setFade(1);
        refreshToolTip();
        update();
    }
}

void NetworkGraphWidget::setMode(GraphMode mode)
{
    painter_.setMode(mode);
    refreshToolTip();
    invalidatePictures();
}

void NetworkGraphWidget::invalidatePictures()
{
    ++version_;
    lit_ = QImage();
    rest_ = QImage();
    update();
}

void NetworkGraphWidget::askPictures(bool rest)
{
    if (size().isEmpty())
        return;  // nothing to draw into
    if (rest)
        renderGap_.stop();  // the fade is falling: its rest picture cannot wait for the gap
    if (rendering_ || renderGap_.isActive()) {  // one job at a time; the newest state goes next
        queued_ = true;
        queuedRest_ = queuedRest_ || rest;
        return;
    }
    GraphRenderJob job;
    job.spec = painter_.spec();
    job.specGeneration = specGeneration_;
    job.report = painter_.report();
    job.mode = painter_.mode();
    job.style = painter_.style();
    job.size = size();
    job.ratio = devicePixelRatioF();
    job.lit = litVersion_ != version_ || !fits(lit_);
    job.rest = rest && fadeShows();
    job.version = version_;
    if (!job.lit && !job.rest)
        return;
    if (job.rest)
        restAsked_ = version_;
    rendering_ = true;
    queued_ = queuedRest_ = false;  // this job carries the newest state
    sinceJob_.start();
    QMetaObject::invokeMethod(renderer_, [r = renderer_, job] { r->render(job); }, Qt::QueuedConnection);
}

void NetworkGraphWidget::onRendered(const GraphPictures& pictures)
{
    rendering_ = false;
    jobMs_ = std::max(pictures.cpuMs, double(sinceJob_.elapsed()));
    // Pictures newer than those shown replace them, unless the widget has since changed size.
    if (pictures.version > litVersion_ && fits(pictures.lit)) {
        lit_ = pictures.lit;
        litVersion_ = pictures.version;
    }
    if (pictures.version > restVersion_ && fits(pictures.rest)) {
        rest_ = pictures.rest;
        restVersion_ = pictures.version;
    }
    update();
    const double waitMs = jobMs_ / renderShare - double(sinceJob_.elapsed());
    if (waitMs >= 1 && !queuedRest_)
        renderGap_.start(int(waitMs));  // its timeout sends what has queued meanwhile
    else if (std::exchange(queued_, false))
        askPictures(std::exchange(queuedRest_, false));
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
    // No report for a while: the cross-fade will soon need this report's rest picture.
    if (fadeShows() && painter_.fade() < restAskFade && restAsked_ != version_ && !restReady())
        askPictures(true);
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

void NetworkGraphWidget::paintEvent(QPaintEvent*)
{
    const qreal fade = fadeShows() ? painter_.fade() : 1.0;
    const bool needLit = fade > 0;
    bool needRest = fade < litOnlyFade;
    // Without a picture of this size (first paint, new size, mode or network) it is drawn here.
    if (needLit && !fits(lit_)) {
        lit_ = GraphRenderer::picture(painter_, 1, size(), devicePixelRatioF());
        litVersion_ = version_;
    }
    // The rest picture on its way: lit alone stands in for a few frames of a fade still near 1.
    if (needRest && !restReady()) {
        const bool onItsWay = (rendering_ && restAsked_ == version_) || (queued_ && queuedRest_);
        if (onItsWay && fade > 0.6) {
            needRest = false;
        } else {
            rest_ = GraphRenderer::picture(painter_, 0, size(), devicePixelRatioF());
            restVersion_ = version_;
        }
    }
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
