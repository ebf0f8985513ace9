#include "metrics.h"

namespace bp {

Scalar accuracy(const MatrixView& P, const MatrixView& Y)
{
    if (P.cols() == 0)
        return 0;
    if (P.rows() == 1)
        return ((P.array() >= 0.5f) == (Y.array() >= 0.5f)).cast<Scalar>().mean();
    Index hits = 0;
    for (Index j = 0; j < P.cols(); ++j) {
        Index p = 0, y = 0;
        P.col(j).maxCoeff(&p);
        Y.col(j).maxCoeff(&y);
        hits += p == y;
    }
    return Scalar(hits) / Scalar(P.cols());
}

}  // namespace bp
