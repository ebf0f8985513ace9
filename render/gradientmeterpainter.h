#pragma once
// Paints the gradient meter onto any QPainter (the studio's widget, an exported PNG): a row per
// layer with its name, a bar of ‖∂L/∂W‖ on a log axis shared by all rows, the norm in digits, a
// sparkline of the norm's history (log scale, the row's own range) and the update ratio ‖ΔW‖/‖W‖.
// When the layers outnumber the rows that fit, evenly spaced layers are shown, the first and the
// last always among them.
#include "gradientmeter.h"

#include <QImage>
#include <QRectF>
#include <QSize>

#include <vector>

class QPainter;

namespace bp {

class GradientMeterPainter {
public:
    /// The size of an exported meter picture.
    static constexpr QSize exportSize{900, 420};

    /// Returns the layers a rect of the given height shows rows for, input side first.
    static std::vector<std::size_t> shownLayers(const GradientMeter& meter, qreal height);

    /// Paints meter into rect: canvas, title, one row per shown layer and the log axis under the bars.
    static void paint(QPainter& p, const QRectF& rect, const GradientMeter& meter);

    /// Returns meter painted as a picture of the given size.
    static QImage image(QSize size, const GradientMeter& meter);
};

}  // namespace bp
