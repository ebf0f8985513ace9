#include "metrics.h"

namespace bp {

namespace {
// Returns the row of a column's largest entry, the first one on ties (as Eigen's maxCoeff).
Index argmax(const Scalar* column, Index rows)
{
    Index best = 0;
    Scalar largest = column[0];
    for (Index i = 1; i < rows; ++i) {  // selects rather than branches: predictions are unpredictable
        const bool larger = column[i] > largest;
        largest = larger ? column[i] : largest;
        best = larger ? i : best;
    }
    return best;
}
}  // namespace

Index correctCount(const MatrixView& Pv, const MatrixView& Yv)
{
    // Plain loops over the contiguous arrays: this runs on every training batch, and Eigen's
    // count() and per-column maxCoeff(&i) cost several times as much at these sizes.
    const auto P = contiguous(Pv);
    const auto Y = contiguous(Yv);
    const Scalar *p = P.data(), *y = Y.data();
    Index hits = 0;
    if (P.rows() == 1) {
        for (Index j = 0; j < P.cols(); ++j)
            hits += (p[j] >= 0.5f) == (y[j] >= 0.5f);
        return hits;
    }
    const Index K = P.rows();
    for (Index j = 0; j < P.cols(); ++j)
        hits += argmax(p + j * K, K) == argmax(y + j * K, K);
    return hits;
}

Scalar accuracy(const MatrixView& P, const MatrixView& Y)
{
    return P.cols() == 0 ? 0 : Scalar(correctCount(P, Y)) / Scalar(P.cols());
}

std::vector<int> predictedClasses(const MatrixView& Pv)
{
    const auto P = contiguous(Pv);
    std::vector<int> classes(std::size_t(P.cols()));
    const Index K = P.rows();
    for (Index j = 0; j < P.cols(); ++j)
        classes[std::size_t(j)] = K == 1 ? int(P(0, j) >= 0.5f) : int(argmax(P.data() + j * K, K));
    return classes;
}

}  // namespace bp
