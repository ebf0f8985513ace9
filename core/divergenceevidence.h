#pragma once
// What the trainer saw when training diverged: the losses, the gradients and the outputs, as
// numbers the divergence doctor weighs. Gathered before the weights roll back.
#include "activation.h"
#include "network.h"
#include "optimizer.h"

#include <vector>

namespace bp {

struct DivergenceEvidence {
    int epoch = 0;         // the epoch that diverged, counted from 1
    int rolledBackTo = 0;  // the epoch whose end weights training went back to; 0: those it began with
    Scalar loss = 0;       // the loss that stopped it: NaN, Inf, or finite but past the growth limit
    std::vector<Scalar> recentLosses;  // the training losses of the epochs before it, oldest first (a few)
    Scalar bestLoss = 0;               // the lowest training loss of the run so far
    int bestEpoch = 0;                 // its epoch; 0 when no epoch had finished
    OptimizerConfig optimizer;         // as it was when training diverged
    Scalar clipNorm = 0;               // the gradient-norm limit in force; 0 for none
    int gradientEpoch = 0;               // the epoch firstGradNorms were taken at (0: none)
    std::vector<Scalar> firstGradNorms;  // per layer, ‖∂L/∂W‖ at the end of the run's first epoch
    std::vector<Scalar> lastGradNorms;   // per layer, ‖∂L/∂W‖ of the last batch whose gradient was kept
    Scalar weightNorm = 0;                  // ‖θ‖ over every weight and bias, as rolled back to
    Activation output = Activation::Linear;  // the output layer's activation
    Scalar saturated = 0;  // fraction of the last batch's outputs pinned at their activation's bounds
};

/// Returns ‖∂L/∂W‖ (Frobenius, summed in double) of every layer of net, input side first.
std::vector<Scalar> layerGradientNorms(const Network& net);

/// Returns the fraction of the output layer's last activations that sit at their bounds: within
/// 1e-4 of 0 or 1 for sigmoid and softmax, of ±1 for tanh; 0 for an unbounded activation.
Scalar saturatedOutputs(const Network& net);

}  // namespace bp
