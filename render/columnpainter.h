#pragma once
// Draws one column of the network graph: its neurons as circles, or a big layer as a rounded bar
// whose heat strip holds one slice per neuron.
#include "graphlayout.h"
#include "tensor.h"

#include <QColor>
#include <QPen>

#include <vector>

class QPainter;

namespace bp {

class ColumnPainter {
public:
    /// Colours neuron i white tinted toward up (values[i] > 0) or down (< 0) by
    /// fade · (0.18 + 0.72 · s), s = |values[i]| / max |values| · factor; no values: neutral.
    ColumnPainter(std::vector<Scalar> values, QColor up, QColor down, qreal fade, qreal factor);

    /// Returns neuron i's fill.
    QColor fill(int i) const;

    /// Draws column c of layout, outlined with pen.
    void paint(QPainter& p, const GraphLayout& layout, int c, const QPen& pen) const;

private:
    void paintStrip(QPainter& p, const GraphLayout& layout, int c, const QPen& pen) const;

    std::vector<Scalar> v_;  // one value per neuron: Δb, b or |Δb| by mode
    Scalar top_ = 0;         // max |v|
    QColor up_, down_;
    qreal fade_ = 1, factor_ = 1;
};

}  // namespace bp
