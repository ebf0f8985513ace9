#pragma once
// Seeded toy datasets for classification and regression, with features in about [-1, 1].
#include "dataset.h"

#include <cstdint>
#include <string>
#include <vector>

namespace bp {

/// Returns the generator names generate() accepts: xor, circles, spiral, gaussian, moons, sine.
const std::vector<std::string>& generatorNames();

/// Builds `samples` points of the named generator with Gaussian noise of standard deviation
/// `noise` added to every feature (or, for sine, to the target); equal arguments give equal data.
/// Classes are balanced (counts differ by at most one) and interleaved: sample j has class j mod k.
/// xor's first four samples are its truth table on the corners (±1, ±1), so 4 samples are exactly it.
/// `classes` is used by gaussian only (2 → one 0/1 target, 3..10 → one-hot targets).
/// Throws InputError naming the field ("dataset.name", "dataset.samples", "dataset.noise",
/// "dataset.classes") for an unknown name, samples outside [4, 1000000], noise < 0 or classes
/// outside [2, 10].
Dataset generate(const std::string& name, int samples, double noise, int classes, std::uint64_t seed);

}  // namespace bp
