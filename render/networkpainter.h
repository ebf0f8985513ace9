#pragma once
// Paints the network graph (columns of neurons, every weight an edge) onto any QPainter:
// a widget, a QImage for PNG and GIF frames, or a QSvgGenerator.
#include "edgeraster.h"
#include "epochreport.h"
#include "graphhit.h"
#include "graphinspector.h"
#include "graphlayout.h"
#include "graphmode.h"
#include "networkspec.h"

#include <QFont>
#include <QFontMetricsF>
#include <QStringList>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;

namespace bp {

/// Edge colours by mode, strength s in [0, 1] setting opacity and width:
///   Delta: green ΔW > 0, red ΔW < 0, s = |ΔW| / max |ΔW| over the layer in this report.
///   Weights: blue W > 0, orange W < 0, s = |W| / max |W| over the layer.
///   Gradient: violet, s = |ΔW| / max |ΔW| over the layer × ‖∂L/∂W‖ / the largest layer's: the
///   report holds only each layer's gradient norm, so ΔW (direction dropped) stands for where in a
///   layer the gradient went, and the norm for how much each layer got.
/// A strip's edges stand for bins of neurons and show the bin's mean. Delta and Gradient colours
/// blend toward resting as the fade falls to 0; Weights ignore the fade. Neurons are tinted by Δb,
/// b or |Δb| likewise.
class NetworkPainter {
public:
    enum class Background { Canvas, Light, Transparent };

    struct Style {
        Background background = Background::Canvas;  // canvas tint, plain white, or none
        bool showLabels = true;  // "16 · tanh" under each column
        bool showLegend = true;  // what the colours mean, across the top
    };

    /// A neuron or an edge under the pointer.
    using Hit = GraphHit;

    /// Sets the architecture to draw and forgets any report.
    void setSpec(const NetworkSpec& spec);
    /// Sets what the data calls the inputs and outputs, for describe().
    void setNames(const GraphNames& names) { names_ = names; }
    /// Stores an epoch's report; one whose shapes do not match the spec is ignored (returns false).
    bool setReport(const EpochReport& report);
    /// Forgets the report: every edge rests.
    void clearReport();
    /// Chooses what edges show.
    void setMode(GraphMode mode) { mode_ = mode; }
    /// Sets how lit the last report still is: 1 just reported, 0 faded to rest (clamped).
    void setFade(qreal fade);
    /// Sets the background, labels and legend.
    void setStyle(const Style& style) { style_ = style; }

    /// Returns the architecture drawn.
    const NetworkSpec& spec() const { return spec_; }
    /// Returns the stored report, if any.
    const std::optional<EpochReport>& report() const { return report_; }
    /// Returns what edges show.
    GraphMode mode() const { return mode_; }
    /// Returns how lit the last report still is, 0 to 1.
    qreal fade() const { return fade_; }
    /// Returns the background, labels and legend in use.
    const Style& style() const { return style_; }

    /// Draws the whole graph into area; needs nothing but the painter.
    void paint(QPainter& p, const QRectF& area) const;

    /// Returns the centre of neuron index of column layer (0 = input) when painted into area.
    QPointF neuronCentre(int layer, int index, const QRectF& area) const;

    /// Returns the neuron, else the nearest edge, under pos when painted into area.
    std::optional<Hit> hitTest(QPointF pos, const QRectF& area) const;

    /// Returns the live values behind a hit, one per line, for a tooltip.
    QString describe(const Hit& hit) const;

    /// Returns the value an edge bin shows in the current mode: mean ΔW, mean W or mean |ΔW|.
    Scalar edgeValue(int k, int i0, int i1, int j0, int j1) const;

private:
    struct Frame {  // everything that depends only on the area, spec, style and mode
        QRectF area;
        QRectF legendBand, labelBand;
        GraphLayout layout;
        QFont font;
        int legendRows = 1;
        int labelLines = 1;
        bool stackedLabels = false;  // "32" over "sigmoid" where one-line labels would collide
        GraphMode mode = GraphMode::Delta;
        bool trained = false;
        Style style;
        int specVersion = -1;
    };
    const Frame& frame(const QRectF& area) const;
    qreal liveFade() const { return mode_ == GraphMode::Weights ? 1.0 : fade_; }
    qreal layerFactor(int k) const;
    void paintEdges(QPainter& p, const Frame& f) const;
    void paintNeurons(QPainter& p, const Frame& f) const;
    void paintLabels(QPainter& p, const Frame& f) const;
    QStringList columnLabel(int c, bool stacked) const;
    bool labelsCollide(const QFontMetricsF& fm, qreal spacing) const;
    std::vector<Scalar> neuronValues(int c) const;

    NetworkSpec spec_;
    GraphNames names_;
    std::optional<EpochReport> report_;
    GraphMode mode_ = GraphMode::Delta;
    qreal fade_ = 0;
    Style style_;
    int specVersion_ = 0;
    mutable Frame frame_;
    mutable EdgeRaster raster_;  // the edge layer, kept between paints to reuse its memory
};

}  // namespace bp
