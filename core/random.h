#pragma once
// A seeded random source whose draws are the same on every standard library.
#include <cstdint>
#include <random>
#include <vector>

namespace bp {

class Random {
public:
    /// Starts the sequence that seed names; equal seeds give equal sequences.
    explicit Random(std::uint64_t seed) : engine_(seed) {}

    /// Returns a uniform draw in [0, 1) with 24 random bits.
    float uniform() { return float(engine_() >> 40) * 0x1.0p-24f; }

    /// Returns a uniform draw in [lo, hi).
    float uniform(float lo, float hi) { return lo + (hi - lo) * uniform(); }

    /// Returns a standard normal draw (Box–Muller on two uniforms).
    float normal();

    /// Returns an integer in [0, n).
    std::uint64_t below(std::uint64_t n) { return engine_() % n; }

    /// Shuffles v in place (Fisher–Yates).
    template <typename T>
    void shuffle(std::vector<T>& v)
    {
        for (std::size_t i = v.size(); i > 1; --i)
            std::swap(v[i - 1], v[below(i)]);
    }

private:
    std::mt19937_64 engine_;  // its output sequence is fixed by the C++ standard
};

}  // namespace bp
