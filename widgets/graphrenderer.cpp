#include "graphrenderer.h"

#include <QPainter>

#include <ctime>

namespace bp {

namespace {
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) * 1e-6;
}
}  // namespace

GraphRenderer::GraphRenderer(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<bp::GraphRenderJob>();
    qRegisterMetaType<bp::GraphPictures>();
}

QImage GraphRenderer::picture(NetworkPainter& painter, qreal fade, QSize size, qreal ratio)
{
    QImage image((QSizeF(size) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::transparent);
    const qreal live = painter.fade();
    painter.setFade(fade);
    QPainter p(&image);
    painter.paint(p, QRectF(QPointF(0, 0), QSizeF(size)));
    p.end();
    painter.setFade(live);
    return image;
}

void GraphRenderer::render(const GraphRenderJob& job)
{
    const double cpu0 = threadCpuMs();
    if (job.specGeneration != specGeneration_) {
        painter_.setSpec(job.spec);  // the layout and fonts are worked out again on this thread
        specGeneration_ = job.specGeneration;
    }
    if (!job.report || !painter_.setReport(*job.report))
        painter_.clearReport();
    painter_.setMode(job.mode);
    painter_.setStyle(job.style);
    GraphPictures pictures;
    pictures.version = job.version;
    if (job.lit)
        pictures.lit = picture(painter_, 1, job.size, job.ratio);
    if (job.rest)
        pictures.rest = picture(painter_, 0, job.size, job.ratio);
    pictures.cpuMs = threadCpuMs() - cpu0;
    emit rendered(pictures);
}

}  // namespace bp
