#pragma once
// Where data coordinates land on screen: a data rectangle shown in a pixel rectangle.
#include "tensor.h"

#include <QColor>
#include <QPointF>
#include <QRectF>

#include <vector>

class QPainter;

namespace bp {

class PlotFrame {
public:
    /// A sample drawn as a dot.
    struct Dot {
        QPointF at;   // data coordinates
        QColor fill;  // class colour, or a blend by target value
        bool misclassified = false;  // the network predicts another class: drawn with a ring
    };

    /// Returns the rectangle [x0, x1] × [y0, y1] padded by 10 % of its span on each side (±1 when
    /// the span is zero), as the decision grid pads it.
    static QRectF paddedBounds(Scalar x0, Scalar x1, Scalar y0, Scalar y1);

    /// Returns the largest rectangle in area with the aspect ratio of bounds, centred in area, so
    /// that circles in the data stay round on screen.
    static QRectF fit(const QRectF& bounds, const QRectF& area);

    /// Shows bounds (data: x, y up, width, height) stretched over frame (pixels).
    PlotFrame(const QRectF& bounds, const QRectF& frame) : bounds_(bounds), frame_(frame) {}

    /// Returns the pixel where the data point at lands; data y grows upwards, pixel y downwards.
    QPointF toPixel(const QPointF& at) const;

    /// Draws each dot in its colour with a darker rim, a misclassified one ringed in ink, clipped
    /// to the frame; dots are smaller when there are more than 1500.
    void paintDots(QPainter& p, const std::vector<Dot>& dots) const;

private:
    QRectF bounds_;  // data rectangle: x, y (up), width, height
    QRectF frame_;   // pixel rectangle
};

}  // namespace bp
