#pragma once
// Finds what is under the pointer in a laid-out network graph and puts its live values into words.
#include "epochreport.h"
#include "graphhit.h"
#include "graphlayout.h"
#include "networkspec.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace bp {

/// What the data calls the network's inputs and outputs: feature names, and class names (or
/// target names for regression). Either list may be empty or not fit; then neurons are numbered.
struct GraphNames {
    std::vector<std::string> inputs;
    std::vector<std::string> outputs;
};

class GraphInspector {
public:
    /// Returns the neuron under pos, else the nearest edge within a few pixels, else nothing.
    static std::optional<GraphHit> hitTest(const GraphLayout& layout, QPointF pos);

    /// Returns the hit's values (W, ΔW, b, Δb, activation, layer ‖∂L/∂W‖), one per line, under
    /// its name ("petal_width → hidden 1 #3"); an edge standing for a group of weights reports
    /// their means.
    static QString describe(const NetworkSpec& spec, const std::optional<EpochReport>& report,
                            const GraphHit& hit, const GraphNames& names = {});

    /// Returns the name of neuron index (from 0) of column c (0 = input): the data's name for an
    /// input or output where it has one ("petal_width", "setosa", "p(yes)"), else "input #1",
    /// "hidden 2 #3", "output #1" (numbered from 1).
    static QString neuronName(const NetworkSpec& spec, const GraphNames& names, int c, int index);

    /// Returns an activation's name as the graph labels it ("leaky ReLU").
    static QString activationLabel(Activation f);
};

}  // namespace bp
