#pragma once
// What lies under the pointer in the network graph: a neuron or an edge.

namespace bp {

struct GraphHit {
    enum class Kind { Neuron, Edge };
    Kind kind = Kind::Neuron;
    int layer = 0;      // neuron: its column (0 = input); edge: dense layer k, column k → k + 1
    int index = 0;      // neuron: its index in the column
    int from = 0;       // edge: first source neuron, in column k
    int to = 0;         // edge: first target neuron, in column k + 1
    int fromCount = 1;  // edge: how many source neurons it stands for (> 1 when grouped)
    int toCount = 1;    // edge: how many target neurons likewise
    bool operator==(const GraphHit&) const = default;
};

}  // namespace bp
