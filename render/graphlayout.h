#pragma once
// Where every column, neuron and edge end of the network graph sits inside a rectangle.
#include <QPointF>
#include <QRectF>

#include <optional>
#include <vector>

namespace bp {

class GraphLayout {
public:
    /// Columns with more neurons than this are drawn as a strip instead of circles.
    static constexpr int maxDrawnNeurons = 32;
    /// A strip's neurons are grouped into this many bins, one edge end per bin.
    static constexpr int stripBins = 16;

    struct Column {
        int neurons = 1;     // neurons in the column (the input width for column 0)
        int bins = 1;        // drawn units: one per neuron, or stripBins groups for a strip
        bool strip = false;  // drawn as a rounded bar with a heat strip instead of circles
        qreal x = 0;         // the column's centre line
        qreal top = 0;       // top of the first circle's centre, or of the bar
        qreal bottom = 0;    // bottom likewise
        qreal spacing = 0;   // distance between neighbouring units' centres
        qreal radius = 0;    // circle radius, or half the bar's width
    };

    /// Makes a layout of no columns.
    GraphLayout() = default;

    /// Lays out columns of the given sizes (input first) left to right inside graph.
    GraphLayout(const std::vector<int>& sizes, const QRectF& graph);

    /// Returns the number of columns: the input plus one per dense layer.
    int columns() const { return int(columns_.size()); }

    /// Returns column c's geometry.
    const Column& column(int c) const { return columns_[std::size_t(c)]; }

    /// Returns the centre of neuron i of column c (inside the bar for a strip).
    QPointF centre(int c, int i) const;

    /// Returns the first neuron of bin k of column c; binStart(c, bins) is the neuron count.
    int binStart(int c, int k) const;

    /// Returns where edges meet bin k of column c: its centre, or the bar's side facing them.
    QPointF anchor(int c, int k, bool outgoing) const;

    /// Returns the bar of strip column c.
    QRectF stripRect(int c) const;

    /// Returns the neuron of column c under p, if any (tolerance in pixels around circles).
    std::optional<int> neuronAt(int c, QPointF p, qreal tolerance) const;

    /// Returns the edge width that suits the density between column c and c + 1.
    qreal edgeWidth(int c) const;

    /// Returns the graph's size unit: 1 for a 1200 × 560 graph rectangle (what a 1280 × 720 picture
    /// leaves it), in proportion elsewhere, never below 0.25.
    qreal unit() const { return unit_; }

private:
    std::vector<Column> columns_;
    qreal unit_ = 1;
};

}  // namespace bp
