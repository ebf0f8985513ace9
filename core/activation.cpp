#include "activation.h"

#include <cmath>

namespace bp {

namespace {
// σ(z) = 1/(1+e^−z), taken as s = 1/(1+e) with e = e^−|z|, which never overflows: s for z ≥ 0 and
// e·s = e^z/(1+e^z) for z < 0, so the small side keeps its relative accuracy down to z ≈ −87 (the
// old ½·tanh(z/2)+½ lost it all below −16). One exp per element, vectorised like Eigen's own.
struct Logistic {
    float operator()(float z) const
    {
        const float e = std::exp(-std::fabs(z));
        const float s = 1.0f / (1.0f + e);
        return z < 0.0f ? e * s : s;
    }
    template <typename Packet>
    Packet packetOp(const Packet& z) const
    {
        using namespace Eigen::internal;
        const Packet one = pset1<Packet>(1.0f);
        const Packet e = pexp(pnegate(pabs(z)));
        const Packet s = pdiv(one, padd(one, e));
        return pselect(pcmp_lt(z, pzero(z)), pmul(e, s), s);
    }
};
}  // namespace
}  // namespace bp

template <>
struct Eigen::internal::functor_traits<bp::Logistic> {
    enum { Cost = functor_traits<scalar_exp_op<float>>::Cost + 4 * NumTraits<float>::MulCost, PacketAccess = true };
};

namespace bp {

namespace {
// Other spellings the command line accepts; files are written with activationNames' names.
constexpr NamedValue<Activation> aliases[] = {{Activation::Linear, "identity", {}},
                                              {Activation::LeakyReLU, "leakyrelu", {}}};
}  // namespace

std::optional<Activation> activationFromName(std::string_view name)
{
    if (const auto f = valueOf(activationNames, name))
        return f;
    return valueOf(aliases, name);
}

void activate(Activation f, Matrix& Z, Scalar slope)
{
    switch (f) {
    case Activation::Linear:  // a = z
        break;
    case Activation::Sigmoid:  // σ(z) = 1/(1+e^−z), accurate in both tails (see Logistic)
        Z = Z.unaryExpr(Logistic());
        break;
    case Activation::Tanh:  // a = tanh z
        Z = Z.array().tanh().matrix();
        break;
    case Activation::ReLU:  // a = max(0, z)
        Z = Z.cwiseMax(0.0f);
        break;
    case Activation::LeakyReLU:  // a = z for z > 0, slope·z otherwise
        Z = (Z.array() > 0.0f).select(Z, slope * Z);
        break;
    case Activation::Softmax: {  // a_i = e^(z_i − m) / Σ_j e^(z_j − m), m = max_j z_j per column
        // Columns are a handful of classes: plain loops over each, where an Eigen call per
        // column would cost more than its work; the exponentials go in one flat vectorised pass.
        const Index K = Z.rows();
        for (Scalar *z = Z.data(), *end = z + Z.size(); z != end; z += K) {
            Scalar m = z[0];
            for (Index i = 1; i < K; ++i)
                m = z[i] > m ? z[i] : m;
            for (Index i = 0; i < K; ++i)
                z[i] -= m;
        }
        Z = Z.array().exp().matrix();
        for (Scalar *z = Z.data(), *end = z + Z.size(); z != end; z += K) {
            Scalar sum = 0;
            for (Index i = 0; i < K; ++i)
                sum += z[i];
            for (Index i = 0; i < K; ++i)
                z[i] /= sum;
        }
        break;
    }
    }
}

void activationBackward(Activation f, const Matrix& A, Matrix& G, Scalar slope)
{
    switch (f) {
    case Activation::Linear:  // f' = 1
        break;
    case Activation::Sigmoid:  // σ' = σ(1 − σ)
        G.array() *= A.array() * (1.0f - A.array());
        break;
    case Activation::Tanh:  // tanh' = 1 − tanh²
        G.array() *= 1.0f - A.array().square();
        break;
    case Activation::ReLU:  // f' = 1 for z > 0 (where a > 0), else 0
        G = (A.array() > 0.0f).select(G, 0.0f);
        break;
    case Activation::LeakyReLU:  // f' = 1 for z > 0 (where a > 0), else slope
        G = (A.array() > 0.0f).select(G, slope * G);
        break;
    case Activation::Softmax:  // ∂L/∂z_i = a_i · (g_i − Σ_j a_j g_j), per column
        for (Index j = 0; j < G.cols(); ++j) {
            const Scalar ag = A.col(j).dot(G.col(j));
            G.col(j).array() = A.col(j).array() * (G.col(j).array() - ag);
        }
        break;
    }
}

}  // namespace bp
