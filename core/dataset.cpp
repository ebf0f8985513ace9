#include "dataset.h"

#include "random.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bp {

int Dataset::label(Index j) const
{
    if (Y.rows() == 1)
        return Y(0, j) >= 0.5f ? 1 : 0;
    Index best = 0;
    Y.col(j).maxCoeff(&best);
    return int(best);
}

Matrix Dataset::scaled(const MatrixView& raw) const
{
    if (featureShift.size() == 0)
        return raw;
    return ((raw.colwise() - featureShift).array().colwise() / featureScale.array()).matrix();
}

Matrix Dataset::unscaled(const MatrixView& scaledX) const
{
    if (featureShift.size() == 0)
        return scaledX;
    return (scaledX.array().colwise() * featureScale.array()).matrix().colwise() + featureShift;
}

Dataset Dataset::subset(const std::vector<Index>& columns) const
{
    Dataset out{name, Matrix(X.rows(), Index(columns.size())), Matrix(Y.rows(), Index(columns.size())),
                featureNames, targetNames, classNames, featureShift, featureScale};
    for (std::size_t k = 0; k < columns.size(); ++k) {
        out.X.col(Index(k)) = X.col(columns[k]);
        out.Y.col(Index(k)) = Y.col(columns[k]);
    }
    return out;
}

std::pair<Dataset, Dataset> splitDataset(const Dataset& data, double fraction, std::uint64_t seed)
{
    std::vector<Index> order(std::size_t(data.samples()));
    std::iota(order.begin(), order.end(), Index(0));
    Random random(seed ^ 0x9e3779b97f4a7c15ULL);
    random.shuffle(order);
    const auto nValidation = std::size_t(std::lround(std::clamp(fraction, 0.0, 1.0) * double(order.size())));
    std::vector<Index> validation(order.end() - std::ptrdiff_t(nValidation), order.end());
    order.resize(order.size() - nValidation);
    std::sort(order.begin(), order.end());  // keep the training set in file order
    std::sort(validation.begin(), validation.end());
    return {data.subset(order), data.subset(validation)};
}

}  // namespace bp
