#pragma once
// Everything a saved project holds: where the data comes from, the architecture, how it is
// trained and, once trained, the weights and the loss history that produced them.
#include "datacolumns.h"
#include "datasource.h"
#include "epochreport.h"
#include "networkspec.h"
#include "optimizerstate.h"
#include "tensor.h"
#include "trainconfig.h"

#include <string>
#include <vector>

namespace bp {

struct Project {
    std::string name = "Untitled";
    std::string description;
    DataSource data;
    NetworkSpec network;
    TrainConfig training;
    std::vector<Matrix> weights;  // empty when untrained, else one per layer: W out × in
    std::vector<Vector> biases;   // empty when untrained, else one per layer: b out
    std::vector<HistoryEntry> history;  // one entry per completed epoch, in order
    OptimizerState optimizerState;      // the optimizer's state after the last epoch; empty when untrained
    DataColumns columns;                // the data's names and scaling, once trained; empty before

    /// True when the project carries weights (one W and one b per layer).
    bool trained() const { return !weights.empty(); }

    /// True when every field is equal, weights and biases element for element (shapes first).
    bool operator==(const Project& other) const
    {
        return name == other.name && description == other.description && data == other.data
               && network == other.network && training == other.training
               && sameAll(weights, other.weights) && sameAll(biases, other.biases)
               && history == other.history && optimizerState == other.optimizerState && columns == other.columns;
    }

private:
    template <typename M>
    static bool sameAll(const std::vector<M>& a, const std::vector<M>& b)
    {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (a[i].rows() != b[i].rows() || a[i].cols() != b[i].cols() || a[i] != b[i])
                return false;
        return true;
    }
};

}  // namespace bp
