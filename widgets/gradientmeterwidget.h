#pragma once
// The studio's gradient meter: per layer, a log-scale bar of ‖∂L/∂W‖, a sparkline of its
// history and the update ratio ‖ΔW‖/‖W‖ (see GradientMeterPainter). It keeps the newest
// readings and their history (GradientMeter, from the core) and paints them; a new run starts
// afresh. Its context menu saves the meter as a PNG picture.
#include "gradientmeter.h"
#include "gradientmeterpainter.h"

#include <QSize>
#include <QWidget>

class QAction;

namespace bp {

class RateLimiter;

class GradientMeterWidget : public QWidget {
    Q_OBJECT
public:
    /// While training, the meter is repainted at most once per this many milliseconds.
    static constexpr int repaintMs = 100;

    /// Builds an empty meter with its "Save picture…" context-menu entry.
    explicit GradientMeterWidget(QWidget* parent = nullptr);

    /// Takes report's readings into the meter (a new run starts its history afresh) and queues a
    /// repaint within repaintMs.
    void setReport(const EpochReport& report);

    /// Forgets every reading and history, for a network just loaded.
    void clear();

    /// Returns what the meter shows: its readings and their history.
    const GradientMeter& meter() const { return meter_; }

    /// Returns the layers that have a row at the widget's height now, input side first.
    std::vector<std::size_t> shownLayers() const;

    /// Writes the meter as a PNG of the given size to path (a safe write); false with *error naming
    /// the path and the cause if it could not be written.
    bool savePng(const QString& path, QString* error = nullptr, QSize size = GradientMeterPainter::exportSize) const;

    /// Returns the context menu's entry that asks for a file and saves the picture there.
    QAction* savePictureAction() const { return save_; }

    /// Returns a size that fits a few layers' rows.
    QSize sizeHint() const override { return {640, 200}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void choosePicture();

    GradientMeter meter_;
    QAction* save_;
    RateLimiter* repaints_;
};

}  // namespace bp
