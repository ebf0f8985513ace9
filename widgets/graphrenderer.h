#pragma once
// Renders the network graph's lit and resting pictures on a thread of its own, so a big network's
// thousands of edges never hold up the window's event loop.
#include "networkpainter.h"

#include <QImage>
#include <QMetaType>
#include <QObject>
#include <QSize>

#include <optional>

namespace bp {

/// What to draw: copies only, so the job may cross threads.
struct GraphRenderJob {
    NetworkSpec spec;
    quint64 specGeneration = 0;         // changes whenever spec does, so spec need not be compared
    std::optional<EpochReport> report;  // none: every edge rests
    GraphMode mode = GraphMode::Delta;
    NetworkPainter::Style style;
    QSize size;                         // logical pixels
    qreal ratio = 1;                    // device pixels per logical pixel
    bool lit = true;                    // draw the picture at fade 1
    bool rest = false;                  // draw the picture at fade 0
    quint64 version = 0;                // echoed in the pictures
};

/// The pictures of one job; an image not asked for is null.
struct GraphPictures {
    QImage lit;
    QImage rest;
    quint64 version = 0;
    double cpuMs = 0;  // the render thread's CPU time for them
};

/// Lives on a worker thread; its owner queues render() calls and receives rendered().
class GraphRenderer : public QObject {
    Q_OBJECT
public:
    /// Makes a renderer with nothing drawn yet.
    explicit GraphRenderer(QObject* parent = nullptr);

    /// Returns painter's picture at the given fade, size (logical pixels) times ratio device pixels,
    /// transparent where the painter leaves it so. The widget's own paints use it too, so a picture
    /// drawn here and one drawn there are the same pixels.
    static QImage picture(NetworkPainter& painter, qreal fade, QSize size, qreal ratio);

public slots:
    /// Draws the pictures the job asks for and emits rendered() with them.
    void render(const bp::GraphRenderJob& job);

signals:
    /// The pictures of the job with that version.
    void rendered(const bp::GraphPictures& pictures);

private:
    NetworkPainter painter_;  // this thread's own, so its fonts and caches are never shared
    quint64 specGeneration_ = 0;
};

}  // namespace bp

Q_DECLARE_METATYPE(bp::GraphRenderJob)
Q_DECLARE_METATYPE(bp::GraphPictures)
