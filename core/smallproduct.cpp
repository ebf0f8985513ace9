#include "smallproduct.h"

#include <array>
#include <utility>

namespace bp {

namespace {

// A column of a small layer, in SIMD registers. The kernels below only add and multiply such
// columns: Eigen's fixed-size products ran a little faster but took ten times as long to compile.
template <int Rows>
using Column = Eigen::Array<Scalar, Rows, 1>;
template <int Rows>
Column<Rows> load(const Scalar* p) { return Eigen::Map<const Column<Rows>>(p); }

// Z(:, j) = Σ_k W(:, k)·X(k, j) + b for every sample j.
template <int O, int I>
void affine(const Scalar* W, const Scalar* b, const Scalar* X, Index ldX, Scalar* Z, Index B)
{
    Column<O> w[I];
    for (int k = 0; k < I; ++k)
        w[k] = load<O>(W + k * O);
    const Column<O> bias = load<O>(b);
    for (Index j = 0; j < B; ++j, X += ldX) {
        Column<O> z = bias;
        for (int k = 0; k < I; ++k)
            z += w[k] * X[k];
        Eigen::Map<Column<O>>(Z + j * O) = z;
    }
}

// dX(k, j) = W(:, k)·G(:, j) for every input k and sample j.
template <int O, int I>
void transposed(const Scalar* W, const Scalar* G, Scalar* dX, Index B)
{
    Column<O> w[I];
    for (int k = 0; k < I; ++k)
        w[k] = load<O>(W + k * O);
    for (Index j = 0; j < B; ++j) {
        const Column<O> g = load<O>(G + j * O);
        for (int k = 0; k < I; ++k)
            dX[k + j * I] = (w[k] * g).sum();
    }
}

// D(:, k) = β·D(:, k) + α·Σ_j G(:, j)·X(k, j) and d = β·d + α·Σ_j G(:, j), summed in registers.
template <int O, int I>
void outer(Scalar alpha, const Scalar* G, const Scalar* X, Index ldX, Index B, Scalar beta, Scalar* D, Scalar* d)
{
    Column<O> sum[I];
    for (int k = 0; k < I; ++k)
        sum[k].setZero();
    Column<O> bias = Column<O>::Zero();
    for (Index j = 0; j < B; ++j, X += ldX) {
        const Column<O> g = load<O>(G + j * O);
        for (int k = 0; k < I; ++k)
            sum[k] += g * X[k];
        bias += g;
    }
    const auto store = [&](Scalar* to, const Column<O>& s) {
        Eigen::Map<Column<O>> t(to);
        if (beta == 0)
            t = alpha * s;
        else
            t = beta * t + alpha * s;
    };
    for (int k = 0; k < I; ++k)
        store(D + k * O, sum[k]);
    store(d, bias);
}

// One table per kernel, indexed [out − 1][in − 1].
template <typename Fn, template <int, int> typename Kernel>
struct Table {
    template <int O, std::size_t... I>
    static constexpr std::array<Fn, kSmallLayerMax> row(std::index_sequence<I...>) { return {Kernel<O, int(I) + 1>::fn...}; }
    template <std::size_t... O>
    static constexpr std::array<std::array<Fn, kSmallLayerMax>, kSmallLayerMax> make(std::index_sequence<O...>)
    {
        return {row<int(O) + 1>(std::make_index_sequence<kSmallLayerMax>{})...};
    }
    static constexpr auto fns = make(std::make_index_sequence<kSmallLayerMax>{});
};

template <int O, int I> struct AffineFn { static constexpr auto fn = &affine<O, I>; };
template <int O, int I> struct TransposedFn { static constexpr auto fn = &transposed<O, I>; };
template <int O, int I> struct OuterFn { static constexpr auto fn = &outer<O, I>; };

using AffineTable = Table<decltype(&affine<1, 1>), AffineFn>;
using TransposedTable = Table<decltype(&transposed<1, 1>), TransposedFn>;
using OuterTable = Table<decltype(&outer<1, 1>), OuterFn>;
}  // namespace

void smallAffine(const Eigen::Map<Matrix>& W, const Eigen::Map<Vector>& b, const MatrixView& X, Matrix& Z)
{
    eigen_assert(isSmallLayer(W.rows(), W.cols()) && b.size() == W.rows() && X.rows() == W.cols());
    Z.resize(W.rows(), X.cols());
    AffineTable::fns[W.rows() - 1][W.cols() - 1](W.data(), b.data(), X.data(), X.outerStride(), Z.data(), X.cols());
}

void smallTransposedProduct(const Eigen::Map<Matrix>& W, const Matrix& G, Matrix& dX)
{
    eigen_assert(isSmallLayer(W.rows(), W.cols()) && G.rows() == W.rows());
    dX.resize(W.cols(), G.cols());
    TransposedTable::fns[W.rows() - 1][W.cols() - 1](W.data(), G.data(), dX.data(), G.cols());
}

void smallOuterProduct(Scalar alpha, const Matrix& G, const MatrixView& X, Scalar beta, Eigen::Map<Matrix>& D,
                       Eigen::Map<Vector>& d)
{
    eigen_assert(isSmallLayer(D.rows(), D.cols()) && d.size() == D.rows() && G.rows() == D.rows() &&
                 X.rows() == D.cols() && X.cols() == G.cols());
    OuterTable::fns[D.rows() - 1][D.cols() - 1](alpha, G.data(), X.data(), X.outerStride(), G.cols(), beta, D.data(),
                                                d.data());
}

}  // namespace bp
