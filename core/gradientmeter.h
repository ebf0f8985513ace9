#pragma once
// What the gradient meter shows: every layer's latest readings (LayerGradient) and a bounded
// history of its gradient norm, one point per epoch reported. A new run starts the histories
// afresh. Pure data, for the studio's meter and its pictures.
#include "layergradient.h"

#include <cstdint>
#include <deque>
#include <optional>
#include <utility>
#include <vector>

namespace bp {

class GradientMeter {
public:
    /// The points of history kept per layer; older ones are dropped.
    static constexpr std::size_t historyLength = 240;

    /// Takes report's readings: a report of another run (or another layer count) starts the histories
    /// afresh; a report of an epoch after the newest taken adds one point per layer; epoch 0 adds none.
    void add(const EpochReport& report);

    /// Forgets everything: no layers, no history, no run.
    void clear();

    /// Returns the run of the newest report taken (0 before any).
    std::uint64_t run() const { return run_; }
    /// Returns the epoch of the newest report taken (0 before any, or before the first epoch).
    int epoch() const { return epoch_; }
    /// Returns the number of layers shown.
    std::size_t layers() const { return latest_.size(); }
    /// Returns every layer's newest readings, input side first.
    const std::vector<LayerGradient>& latest() const { return latest_; }
    /// Returns layer's gradient norms, oldest first, at most historyLength of them.
    const std::deque<Scalar>& history(std::size_t layer) const { return history_.at(layer); }

    /// Returns the smallest and largest positive, finite gradient norm among the newest readings
    /// and the histories, for a log axis; none when there is no such norm.
    std::optional<std::pair<Scalar, Scalar>> normRange() const;

private:
    std::uint64_t run_ = 0;
    int epoch_ = 0;
    std::vector<LayerGradient> latest_;
    std::vector<std::deque<Scalar>> history_;  // one per layer
};

}  // namespace bp
