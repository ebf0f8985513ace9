#include "confusionmatrix.h"

#include "dataset.h"
#include "metrics.h"
#include "network.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace bp {

ConfusionMatrix::ConfusionMatrix(int classes)
    : classes_(std::max(0, classes)), counts_(std::size_t(classes_) * std::size_t(classes_), 0)
{
}

ConfusionMatrix ConfusionMatrix::fromPredictions(const MatrixView& P, const MatrixView& Y)
{
    if (P.rows() != Y.rows() || P.cols() != Y.cols())
        throw std::invalid_argument("confusion matrix: predictions are " + std::to_string(P.rows()) + " × " +
                                    std::to_string(P.cols()) + " but targets " + std::to_string(Y.rows()) +
                                    " × " + std::to_string(Y.cols()));
    // Both sides go through the one rule the accuracy metric uses, so the diagonal is its hits.
    const std::vector<int> predicted = predictedClasses(P);
    const std::vector<int> truth = predictedClasses(Y);
    ConfusionMatrix m(classesOf(P.rows()));
    for (std::size_t j = 0; j < truth.size(); ++j)
        m.add(truth[j], predicted[j]);
    return m;
}

ConfusionMatrix ConfusionMatrix::of(const Network& net, const Dataset& data)
{
    if (data.samples() == 0)
        return ConfusionMatrix(classesOf(data.targets()));
    return fromPredictions(net.predict(data.X), data.Y);
}

void ConfusionMatrix::add(int truth, int predicted)
{
    for (const int k : {truth, predicted})
        if (k < 0 || k >= classes_)
            throw std::out_of_range("confusion matrix: class " + std::to_string(k) + " is not one of its " +
                                    std::to_string(classes_) + " classes");
    ++counts_[index(truth, predicted)];
    ++total_;
}

Index ConfusionMatrix::truthTotal(int truth) const
{
    Index sum = 0;
    for (int k = 0; k < classes_; ++k)
        sum += count(truth, k);
    return sum;
}

Index ConfusionMatrix::predictedTotal(int predicted) const
{
    Index sum = 0;
    for (int k = 0; k < classes_; ++k)
        sum += count(k, predicted);
    return sum;
}

Index ConfusionMatrix::correct() const
{
    Index sum = 0;
    for (int k = 0; k < classes_; ++k)
        sum += count(k, k);
    return sum;
}

Scalar ConfusionMatrix::accuracy() const
{
    return total_ == 0 ? 0 : Scalar(correct()) / Scalar(total_);  // as bp::accuracy divides
}

std::optional<Scalar> ConfusionMatrix::classAccuracy(int truth) const
{
    const Index n = truthTotal(truth);
    if (n == 0)
        return std::nullopt;
    return Scalar(count(truth, truth)) / Scalar(n);
}

Index ConfusionMatrix::largestCount() const
{
    return counts_.empty() ? 0 : *std::max_element(counts_.begin(), counts_.end());
}

}  // namespace bp
