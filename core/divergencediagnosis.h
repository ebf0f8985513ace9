#pragma once
// The divergence doctor's verdict: the likely cause of a divergence with the evidence for it, a
// sentence for a person, and the remedies worth trying, the likeliest to help first. A value,
// worked out once from the evidence the trainer gathered.
#include "divergencecause.h"
#include "divergenceevidence.h"
#include "remedy.h"

#include <string>
#include <vector>

namespace bp {

class DivergenceDiagnosis {
public:
    /// The loss grows past this many times its best, and past the first epoch's, before training is
    /// called diverged (a loss that turns NaN or Inf always is).
    static constexpr Scalar growthLimit = 10;
    /// The gradient explodes on its way back when a layer's norm is this many times the output
    /// layer's: backpropagation multiplied it up, layer by layer.
    static constexpr Scalar explodingRatio = 100;
    /// The suggested clipping lets one step move the weights by at most this fraction of their norm.
    static constexpr Scalar clippedStep = 0.1f;
    /// Outputs are saturated when at least this fraction of them sit at their activation's bounds.
    static constexpr Scalar saturatedShare = 0.9f;

    /// Weighs evidence: a gradient that grew on its way back to explodingRatio times the output
    /// layer's, else outputs pinned at their bounds, else (the commonest) a learning rate too high.
    explicit DivergenceDiagnosis(DivergenceEvidence evidence);

    /// Returns the likely cause.
    DivergenceCause cause() const { return cause_; }
    /// Returns the numbers the verdict rests on.
    const DivergenceEvidence& evidence() const { return evidence_; }
    /// Returns how many times its best the loss had grown (Inf when it stopped being finite).
    double growth() const { return growth_; }
    /// Returns the layer whose gradient norm grew the most since the first epoch (-1 when unknown).
    int grownLayer() const { return grownLayer_; }
    /// Returns how many times that layer's gradient norm grew (Inf when it stopped being finite).
    double layerGrowth() const { return layerGrowth_; }
    /// Returns the layer whose last gradient norm is the largest against the output layer's (-1 when
    /// there is none before the output layer).
    int steepestLayer() const { return steepestLayer_; }
    /// Returns that layer's last gradient norm over the output layer's (0 when either is not finite).
    double steepness() const { return steepness_; }
    /// Returns the remedies worth trying, the likeliest to help first.
    const std::vector<Remedy>& remedies() const { return remedies_; }

    /// Returns the verdict for a person: when it diverged, the losses that show it, the cause and
    /// its evidence, and where the weights went back to.
    std::string sentence() const;
    /// Returns a remedy for a person ("lower the learning rate to 5 (η ÷ 10)").
    static std::string describe(const Remedy& remedy);
    /// Returns the layer's name for a person: "hidden layer 2" or "the output layer".
    std::string layerName(int layer) const;

private:
    void findGrownLayer();
    void findSteepestLayer();
    void suggestRemedies();

    DivergenceEvidence evidence_;
    DivergenceCause cause_ = DivergenceCause::LearningRate;
    double growth_ = 0;
    int grownLayer_ = -1;
    double layerGrowth_ = 0;
    int steepestLayer_ = -1;
    double steepness_ = 0;
    std::vector<Remedy> remedies_;
};

}  // namespace bp
