#pragma once
// The gradient meter's numbers for one layer, read off an epoch report: how large the layer's
// gradient was, and how far the epoch moved its weights relative to their size. A first layer's
// gradient far below the last one's is a vanishing gradient; one that grows by decades, an
// exploding one; an update ratio near 1e-3 is the usual healthy pace.
#include "epochreport.h"

#include <optional>
#include <vector>

namespace bp {

struct LayerGradient {
    Scalar gradNorm = 0;    // ‖∂L/∂W‖ (Frobenius) of the epoch's last batch
    Scalar weightNorm = 0;  // ‖W‖ after the epoch
    Scalar updateNorm = 0;  // ‖ΔW‖, the epoch's whole change of W
    std::optional<Scalar> updateRatio;  // ‖ΔW‖ / ‖W‖; none when ‖W‖ is 0 (nothing to compare with)
    bool operator==(const LayerGradient&) const = default;
};

/// Returns the meter's numbers of every layer of report, input side first (norms in double, rounded
/// once to Scalar).
std::vector<LayerGradient> layerGradients(const EpochReport& report);

}  // namespace bp
