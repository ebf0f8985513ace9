#pragma once
// A trained project with awkward weights, shared by the project file's tests.
#include "inputerror.h"
#include "projectfile.h"

#include <cmath>
#include <limits>

namespace projecttest {

using namespace bp;

/// Returns the error reading text as the project file `file` throws, or an error saying there was none.
inline InputError readError(const std::string& text, const std::string& file)
{
    try {
        ProjectFile::fromJson(text, file);
    } catch (const InputError& e) {
        return e;
    }
    return InputError("", "no error");
}

/// Returns a 2 → 3 → 4 → 1 project whose weights include floats that are hard to print
/// (0.1, −0, the smallest denormal, the largest float, 1 + ulp, ⅓) and a three-epoch history.
inline Project sampleProject()
{
    Project p;
    p.name = "Sample";
    p.description = "A small network with awkward weights.";
    p.data.name = "circles";
    p.data.csv.targets = {"label"};
    p.data.csv.scaling = Scaling::Standardize;
    p.network.inputs = 2;
    p.network.layers = {{3, Activation::Tanh}, {4, Activation::LeakyReLU}, {1, Activation::Sigmoid}};
    p.network.leakySlope = 0.03f;
    p.training.loss = Loss::BinaryCrossEntropy;
    p.training.optimizer.kind = OptimizerKind::Adam;
    p.training.optimizer.learningRate = 0.0123f;
    p.training.validationSplit = 0.25;
    p.training.seed = 18446744073709551615ull;
    Network net(p.network);
    net.initialise(42);
    net.layers[0].W(0, 0) = 0.1f;
    net.layers[0].W(1, 1) = -0.0f;
    net.layers[0].W(2, 0) = std::numeric_limits<float>::denorm_min();
    net.layers[1].W(3, 2) = std::numeric_limits<float>::max();
    net.layers[1].b(0) = std::nextafter(1.0f, 2.0f);
    net.layers[2].b(0) = 1.0f / 3.0f;
    ProjectFile::storeWeights(p, net);
    p.history = {{1, 0.69f, 0.7f, 0.5f, std::nullopt}, {2, 0.5f, std::nullopt, 0.75f, 0.8f}, {5, 1e-7f, 1e-7f, 1, 1}};
    return p;
}

}  // namespace projecttest
