#pragma once
// Everything a saved project holds: where the data comes from, the architecture, how it is
// trained and, once trained, the weights and the loss history that produced them.
#include "datasource.h"
#include "epochreport.h"
#include "networkspec.h"
#include "tensor.h"
#include "trainconfig.h"

#include <algorithm>
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

    /// True when the project carries weights (one W and one b per layer).
    bool trained() const { return !weights.empty(); }

    /// True when every field is equal, weights and biases element for element (shapes first).
    bool operator==(const Project& other) const
    {
        return name == other.name && description == other.description && data == other.data
               && sameNetwork(network, other.network) && sameTraining(training, other.training)
               && sameAll(weights, other.weights) && sameAll(biases, other.biases)
               && history == other.history;
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

    static bool sameNetwork(const NetworkSpec& a, const NetworkSpec& b)
    {
        const auto sameLayer = [](const LayerSpec& x, const LayerSpec& y) {
            return x.neurons == y.neurons && x.activation == y.activation;
        };
        return a.inputs == b.inputs && a.init == b.init && a.leakySlope == b.leakySlope
               && std::equal(a.layers.begin(), a.layers.end(), b.layers.begin(), b.layers.end(), sameLayer);
    }

    static bool sameTraining(const TrainConfig& a, const TrainConfig& b)
    {
        const OptimizerConfig &p = a.optimizer, &q = b.optimizer;
        return a.loss == b.loss && p.kind == q.kind && p.learningRate == q.learningRate
               && p.momentum == q.momentum && p.beta1 == q.beta1 && p.beta2 == q.beta2
               && p.epsilon == q.epsilon && a.epochs == b.epochs && a.batchSize == b.batchSize
               && a.shuffle == b.shuffle && a.validationSplit == b.validationSplit && a.seed == b.seed;
    }
};

}  // namespace bp
