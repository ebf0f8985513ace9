#include "metrics.h"

namespace bp {

Index correctCount(const MatrixView& Pv, const MatrixView& Yv)
{
    const auto P = contiguous(Pv);
    const auto Y = contiguous(Yv);
    if (P.rows() == 1)
        return ((P.array() >= 0.5f) == (Y.array() >= 0.5f)).count();
    Index hits = 0;
    for (Index j = 0; j < P.cols(); ++j) {
        Index p = 0, y = 0;
        P.col(j).maxCoeff(&p);
        Y.col(j).maxCoeff(&y);
        hits += p == y;
    }
    return hits;
}

Scalar accuracy(const MatrixView& P, const MatrixView& Y)
{
    return P.cols() == 0 ? 0 : Scalar(correctCount(P, Y)) / Scalar(P.cols());
}

}  // namespace bp
