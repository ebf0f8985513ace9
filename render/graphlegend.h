#pragma once
// The network graph's legend: what its colours and their strength mean in each mode.
#include "graphmode.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace bp {

class GraphLegend {
public:
    struct Item {
        QColor colour;  // the swatch; invalid for a plain note
        QString text;
    };

    /// Builds the legend for mode; before any report it explains that edges are resting.
    GraphLegend(GraphMode mode, bool trained);

    /// Returns how many rows the legend needs to fit width in font: 1, or 2 with notes below.
    int rows(const QFont& font, qreal width) const;

    /// Paints the legend left-aligned in band over rows rows, and corner (e.g. "epoch 12") at the right.
    void paint(QPainter& p, const QRectF& band, const QFont& font, int rows, const QString& corner) const;

private:
    qreal width(const QFontMetricsF& fm, bool swatches, bool notes) const;
    std::vector<Item> items_;
};

}  // namespace bp
