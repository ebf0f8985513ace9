#pragma once
// A picture beside the graph in a frame of a training animation, drawn for one epoch's report;
// the studio's data view is one. Frames call it on the thread that renders them.
#include "epochreport.h"

#include <QRectF>

#include <functional>
#include <memory>

class QPainter;

namespace bp {

class FramePanel {
public:
    /// Makes a new panel for a run of frames.
    using Maker = std::function<std::unique_ptr<FramePanel>()>;

    virtual ~FramePanel() = default;

    /// Paints the panel as it looked at report's epoch into rect.
    virtual void paint(QPainter& p, const QRectF& rect, const EpochReport& report) = 0;
};

}  // namespace bp
