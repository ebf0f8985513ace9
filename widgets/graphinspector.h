#pragma once
// Finds what is under the pointer in a laid-out network graph and puts its live values into words.
#include "epochreport.h"
#include "graphhit.h"
#include "graphlayout.h"
#include "networkspec.h"

#include <QString>

#include <optional>

namespace bp {

class GraphInspector {
public:
    /// Returns the neuron under pos, else the nearest edge within a few pixels, else nothing.
    static std::optional<GraphHit> hitTest(const GraphLayout& layout, QPointF pos);

    /// Returns the hit's values (W, ΔW, b, Δb, activation, layer ‖∂L/∂W‖), one per line;
    /// an edge standing for a group of weights reports their means.
    static QString describe(const NetworkSpec& spec, const std::optional<EpochReport>& report,
                            const GraphHit& hit);

    /// Returns an activation's name as the graph labels it ("leaky ReLU").
    static QString activationLabel(Activation f);
};

}  // namespace bp
