#include "generators.h"

#include "inputerror.h"
#include "designlimits.h"
#include "namedvalue.h"
#include "random.h"

#include <cmath>
#include <numbers>

namespace bp {

namespace {

constexpr float pi = std::numbers::pi_v<float>;

// A binary classification set: 2 × n features, one 0/1 target, class of sample j = j mod 2.
Dataset binary(const std::string& name, int n)
{
    return Dataset{name, Matrix(2, n), Matrix(1, n), {"x1", "x2"}, {"class"}, {"0", "1"}};
}

// XOR: class 0 where x1·x2 > 0 (quadrants I and III), class 1 elsewhere. The first four samples
// are the truth table on the corners (−1, −1) → 0, (−1, 1) → 1, (1, 1) → 0, (1, −1) → 1; the
// rest are spread over the quadrants with |x| ∈ [0.05, 1].
void fillXor(Dataset& d, Random& random)
{
    const float corners[4][2] = {{-1, -1}, {-1, 1}, {1, 1}, {1, -1}};  // class j mod 2, as everywhere
    for (Index j = 0; j < d.samples(); ++j) {
        const int c = int(j % 2);
        d.Y(0, j) = float(c);
        if (j < 4) {
            d.X(0, j) = corners[j][0];
            d.X(1, j) = corners[j][1];
            continue;
        }
        const float s1 = random.uniform() < 0.5f ? -1.0f : 1.0f;
        const float s2 = c == 0 ? s1 : -s1;  // same signs ⇔ x1·x2 > 0
        d.X(0, j) = s1 * random.uniform(0.05f, 1.0f);
        d.X(1, j) = s2 * random.uniform(0.05f, 1.0f);
    }
}

// Circles: class 0 is the disc r ≤ 0.5, class 1 the ring 0.7 ≤ r ≤ 1; area-uniform in each.
void fillCircles(Dataset& d, Random& random)
{
    for (Index j = 0; j < d.samples(); ++j) {
        const int c = int(j % 2);
        const float r0 = c == 0 ? 0.0f : 0.7f, r1 = c == 0 ? 0.5f : 1.0f;
        const float r = std::sqrt(random.uniform(r0 * r0, r1 * r1));  // p(r) ∝ r
        const float theta = random.uniform(0.0f, 2 * pi);
        d.X(0, j) = r * std::cos(theta);
        d.X(1, j) = r * std::sin(theta);
        d.Y(0, j) = float(c);
    }
}

// Two spirals of 1.5 turns each: r = t, θ = 1.5 · 2π · t + cπ for t ∈ [0.05, 1].
void fillSpiral(Dataset& d, Random& random)
{
    for (Index j = 0; j < d.samples(); ++j) {
        const int c = int(j % 2);
        const float t = random.uniform(0.05f, 1.0f);
        const float theta = 1.5f * 2 * pi * t + float(c) * pi;
        d.X(0, j) = t * std::cos(theta);
        d.X(1, j) = t * std::sin(theta);
        d.Y(0, j) = float(c);
    }
}

// Moons: class 0 is (cos θ, sin θ), class 1 is (1 − cos θ, 0.5 − sin θ), θ ∈ [0, π];
// then x1 ∈ [−1, 2] and x2 ∈ [−0.5, 1] are mapped to [−1, 1].
void fillMoons(Dataset& d, Random& random)
{
    for (Index j = 0; j < d.samples(); ++j) {
        const int c = int(j % 2);
        const float theta = random.uniform(0.0f, pi);
        const float x = c == 0 ? std::cos(theta) : 1.0f - std::cos(theta);
        const float y = c == 0 ? std::sin(theta) : 0.5f - std::sin(theta);
        d.X(0, j) = (x - 0.5f) / 1.5f;
        d.X(1, j) = (y - 0.25f) / 0.75f;
        d.Y(0, j) = float(c);
    }
}

// Gaussian blobs: k centres on the circle of radius 0.7, each blob with standard deviation 0.1.
Dataset gaussianBlobs(int n, int k, Random& random)
{
    Dataset d{"gaussian", Matrix(2, n), Matrix(k == 2 ? 1 : k, n), {"x1", "x2"}, {}, {}};
    for (int c = 0; c < k; ++c)
        d.classNames.push_back(std::to_string(c));
    d.targetNames = k == 2 ? std::vector<std::string>{"class"} : d.classNames;
    d.Y.setZero();
    for (Index j = 0; j < n; ++j) {
        const int c = int(j % k);
        const float angle = 2 * pi * float(c) / float(k) + pi / 4;
        d.X(0, j) = 0.7f * std::cos(angle) + 0.1f * random.normal();
        d.X(1, j) = 0.7f * std::sin(angle) + 0.1f * random.normal();
        if (k == 2)
            d.Y(0, j) = float(c);
        else
            d.Y(c, j) = 1.0f;
    }
    return d;
}

// Sine regression: x ∈ [−1, 1] uniform, y = sin(πx) + noise · N(0, 1).
Dataset sine(int n, float noise, Random& random)
{
    Dataset d{"sine", Matrix(1, n), Matrix(1, n), {"x"}, {"y"}, {}};
    for (Index j = 0; j < n; ++j) {
        d.X(0, j) = random.uniform(-1.0f, 1.0f);
        d.Y(0, j) = std::sin(pi * d.X(0, j)) + (noise > 0 ? noise * random.normal() : 0.0f);
    }
    return d;
}

}  // namespace

bool isGenerator(std::string_view name)
{
    for (const GeneratorName& g : generatorTable)
        if (g.name == name)
            return true;
    return false;
}

Dataset generate(const std::string& name, int samples, double noise, int classes, std::uint64_t seed)
{
    using namespace limits;
    if (!isGenerator(name))
        throw InputError({}, 0, 0, "dataset.name", "unknown generator '" + name + "' (" + nameList(generatorTable) + ")");
    if (samples < minSamples || samples > maxSamples)
        throw InputError({}, 0, 0, "dataset.samples",
                         "samples must be between " + std::to_string(minSamples) + " and " + std::to_string(maxSamples));
    if (!(noise >= 0.0 && noise <= maxNoise))
        throw InputError({}, 0, 0, "dataset.noise", "noise must be a number from 0 to " + std::to_string(int(maxNoise)));
    if (name == "gaussian" && (classes < minClasses || classes > maxClasses))
        throw InputError({}, 0, 0, "dataset.classes",
                         "gaussian blobs need between " + std::to_string(minClasses) + " and " + std::to_string(maxClasses) + " classes");
    if (name == "gaussian" && samples < 2 * classes)
        throw InputError({}, 0, 0, "dataset.samples", "gaussian blobs need at least 2 samples per class");

    Random random(seed);
    const auto sigma = float(noise);
    if (name == "sine")
        return sine(samples, sigma, random);
    Dataset d = name == "gaussian" ? gaussianBlobs(samples, classes, random) : binary(name, samples);
    if (name == "xor")
        fillXor(d, random);
    else if (name == "circles")
        fillCircles(d, random);
    else if (name == "spiral")
        fillSpiral(d, random);
    else if (name == "moons")
        fillMoons(d, random);
    if (sigma > 0) {
        for (Index j = 0; j < d.samples(); ++j)
            for (Index i = 0; i < d.features(); ++i)
                d.X(i, j) += sigma * random.normal();  // x ← x + σ · N(0, 1)
    }
    return d;
}

}  // namespace bp
