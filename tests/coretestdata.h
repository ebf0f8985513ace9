#pragma once
// Small data sets and weight snapshots shared by the core's training tests.
#include "dataset.h"
#include "network.h"
#include "random.h"

#include <cstring>
#include <vector>

namespace coretest {

using namespace bp;

/// Returns the four XOR samples: X 2 × 4, Y 1 × 4 with y = x1 xor x2.
inline Dataset xorData()
{
    Dataset d;
    d.name = "xor";
    d.X.resize(2, 4);
    d.X << 0, 0, 1, 1,
           0, 1, 0, 1;
    d.Y.resize(1, 4);
    d.Y << 0, 1, 1, 0;
    d.featureNames = {"x1", "x2"};
    d.targetNames = {"y"};
    d.classNames = {"0", "1"};
    return d;
}

/// Returns a 2 → 2 linear network, W = [[1, −1], [0.5, 0.5]], b = 0: on handPairs' samples it
/// outputs (1, 0.5) → class 0, (−1, 0.5) → 1, (1, 1.5) → 1, (−2, 2) → 1.
inline Network handNetwork()
{
    NetworkSpec spec;
    spec.inputs = 2;
    spec.layers = {{2, Activation::Linear}};
    Network net(spec);
    net.parameters() << 1, 0.5f, -1, 0.5f, 0, 0;  // W column-major, then b
    return net;
}

/// Returns four samples of two classes ("left", "right"), one-hot targets 0, 1, 0, 1: handNetwork
/// takes the third (class 0) for class 1 and the rest for their own class.
inline Dataset handPairs()
{
    Dataset d;
    d.X.resize(2, 4);
    d.X << 1, 0, 2, 1,
           0, 1, 1, 3;
    d.Y.resize(2, 4);
    d.Y << 1, 0, 1, 0,
           0, 1, 0, 1;
    d.classNames = {"left", "right"};
    return d;
}

/// Returns 3 gaussian blobs (σ = 0.5) around (0, 2), (−2, −1), (2, −1), perClass samples each,
/// interleaved by class; Y is one-hot (3 × samples).
inline Dataset blobs(int perClass, std::uint64_t seed)
{
    const float cx[] = {0.0f, -2.0f, 2.0f}, cy[] = {2.0f, -1.0f, -1.0f};
    Random r(seed);
    Dataset d;
    d.name = "blobs";
    d.X.resize(2, 3 * perClass);
    d.Y = Matrix::Zero(3, 3 * perClass);
    for (int j = 0; j < 3 * perClass; ++j) {
        const int c = j % 3;
        d.X(0, j) = cx[c] + 0.5f * r.normal();
        d.X(1, j) = cy[c] + 0.5f * r.normal();
        d.Y(c, j) = 1.0f;
    }
    d.featureNames = {"x", "y"};
    d.targetNames = {"a", "b", "c"};
    d.classNames = {"a", "b", "c"};
    return d;
}

/// All weights and biases of a network, in layer order: W0, b0, W1, b1, …
inline std::vector<Matrix> weightsOf(const Network& net)
{
    std::vector<Matrix> out;
    for (const DenseLayer& l : net.layers) {
        out.push_back(l.W);
        out.push_back(l.b);
    }
    return out;
}

/// True when two snapshots are equal bit for bit (no tolerance).
inline bool identical(const std::vector<Matrix>& a, const std::vector<Matrix>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].rows() != b[i].rows() || a[i].cols() != b[i].cols()
            || std::memcmp(a[i].data(), b[i].data(), sizeof(Scalar) * std::size_t(a[i].size())) != 0)
            return false;
    return true;
}

/// Mean of (y − p)² over every output of every sample.
inline double meanSquaredError(const Network& net, const Dataset& d)
{
    return double((net.predict(d.X) - d.Y).squaredNorm()) / double(d.Y.size());
}

}  // namespace coretest
