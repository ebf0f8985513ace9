#pragma once
// What the network graph's edges show.

namespace bp {

/// Delta: the last epoch's ΔW by sign; Weights: W by sign; Gradient: the gradient's magnitude.
enum class GraphMode { Delta, Weights, Gradient };

}  // namespace bp
