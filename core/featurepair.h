#pragma once
// Which two features a 2-D view of a wider dataset shows, and how informative each feature is.
#include "tensor.h"

#include <vector>

namespace bp {

struct Dataset;

/// Two distinct feature rows of a dataset, plotted as x and y.
struct FeaturePair {
    int x = 0;
    int y = 1;
    bool operator==(const FeaturePair&) const = default;
};

/// Returns one score per feature, higher meaning more informative.
///
/// Classification: the Fisher score  F = Σ_c n_c (μ_c − μ)²  /  Σ_c Σ_{j∈c} (x_j − μ_c)² ,
/// between-class over within-class scatter of that feature alone (how far apart the class means
/// sit, measured in within-class spreads). Regression: the squared correlation r² of the feature
/// with the first target. A constant feature scores 0; a feature whose classes do not overlap at
/// all (zero within-class scatter, distinct means) scores +∞. Never NaN.
std::vector<double> featureScores(const Dataset& data);

/// Returns the two features with the highest featureScores, the better one as x; ties go to the
/// earlier feature. {0, 1} when the data has fewer than three features (nothing to choose).
FeaturePair mostInformativePair(const Dataset& data);

/// Returns the mean of every feature over the samples (zeros when there are none): the value the
/// features outside a plotted pair are held at.
Vector featureMeans(const Dataset& data);

}  // namespace bp
