#include "featurepair.h"

#include "dataset.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace bp {

namespace {

/// Between-class over within-class scatter of row f (see featureScores).
double fisherScore(const Dataset& data, Index f)
{
    const Index n = data.samples();
    const int classes = std::max<int>(2, int(data.classNames.size()));
    std::vector<double> sum(std::size_t(classes), 0.0), count(std::size_t(classes), 0.0);
    double total = 0;
    for (Index j = 0; j < n; ++j) {
        const auto c = std::size_t(std::clamp(data.label(j), 0, classes - 1));
        sum[c] += double(data.X(f, j));
        count[c] += 1;
        total += double(data.X(f, j));
    }
    const double mean = total / double(n);
    double between = 0, within = 0;
    for (std::size_t c = 0; c < sum.size(); ++c)
        if (count[c] > 0)
            between += count[c] * std::pow(sum[c] / count[c] - mean, 2);
    for (Index j = 0; j < n; ++j) {
        const auto c = std::size_t(std::clamp(data.label(j), 0, classes - 1));
        within += std::pow(double(data.X(f, j)) - sum[c] / count[c], 2);
    }
    if (between <= 0)
        return 0;
    return within > 0 ? between / within : std::numeric_limits<double>::infinity();
}

/// Squared correlation of row f with the first target, 0 when either is constant.
double squaredCorrelation(const Dataset& data, Index f)
{
    const Index n = data.samples();
    const double mx = double(data.X.row(f).mean()), my = double(data.Y.row(0).mean());
    double sxy = 0, sxx = 0, syy = 0;
    for (Index j = 0; j < n; ++j) {
        const double dx = double(data.X(f, j)) - mx, dy = double(data.Y(0, j)) - my;
        sxy += dx * dy, sxx += dx * dx, syy += dy * dy;
    }
    return sxx > 0 && syy > 0 ? sxy * sxy / (sxx * syy) : 0.0;
}

}  // namespace

std::vector<double> featureScores(const Dataset& data)
{
    std::vector<double> scores(std::size_t(data.features()), 0.0);
    if (data.samples() == 0 || data.targets() == 0)
        return scores;
    for (Index f = 0; f < data.features(); ++f) {
        const double s = data.isClassification() ? fisherScore(data, f) : squaredCorrelation(data, f);
        scores[std::size_t(f)] = std::isnan(s) ? 0.0 : s;
    }
    return scores;
}

FeaturePair mostInformativePair(const Dataset& data)
{
    if (data.features() < 3)
        return {};
    const std::vector<double> scores = featureScores(data);
    std::vector<int> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return scores[std::size_t(a)] > scores[std::size_t(b)]; });
    return {order[0], order[1]};
}

Vector featureMeans(const Dataset& data)
{
    if (data.samples() == 0)
        return Vector::Zero(data.features());
    return data.X.rowwise().mean();
}

}  // namespace bp
