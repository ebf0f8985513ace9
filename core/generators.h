#pragma once
// Seeded toy datasets for classification and regression, with features in about [-1, 1].
#include "dataset.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace bp {

/// A generator's name in files and on the command line, and its label in the studio.
struct GeneratorName {
    std::string_view name;
    std::string_view label;
};

/// Every generator generate() accepts, in the order the studio offers them.
inline constexpr GeneratorName generatorTable[] = {
    {"xor", "XOR"},  {"circles", "Circles"}, {"spiral", "Spiral"}, {"gaussian", "Gaussian blobs"},
    {"moons", "Moons"}, {"sine", "Sine (regression)"}};

/// True when generate() knows a generator of this name.
bool isGenerator(std::string_view name);

/// Builds `samples` points of the named generator with Gaussian noise of standard deviation
/// `noise` added to every feature (or, for sine, to the target); equal arguments give equal data.
/// Classes are balanced (counts differ by at most one) and interleaved: sample j has class j mod k.
/// xor's first four samples are its truth table on the corners (±1, ±1), so 4 samples are exactly it.
/// `classes` is used by gaussian only (2 → one 0/1 target, 3..10 → one-hot targets).
/// Throws InputError naming the field ("dataset.name", "dataset.samples", "dataset.noise",
/// "dataset.classes") for an unknown name, or samples, noise or classes outside designlimits.h's bounds.
Dataset generate(const std::string& name, int samples, double noise, int classes, std::uint64_t seed);

}  // namespace bp
