#pragma once
// The architecture of a network: its input width and its layers, before any weights exist.
#include "activation.h"
#include "loss.h"
#include "namedvalue.h"

#include <cstdint>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

namespace bp {

enum class Init { Glorot, He };  // keep He last

/// Every initialiser, in the order the studio offers them.
inline constexpr NamedValue<Init> initNames[] = {{Init::Glorot, "glorot", "Glorot (for tanh, sigmoid)"},
                                                 {Init::He, "he", "He (for ReLU)"}};
static_assert(std::size(initNames) == std::size_t(Init::He) + 1 && namesEveryValueOnce(initNames),
              "initNames names every Init once");

struct LayerSpec {
    int neurons = 1;
    Activation activation = Activation::Sigmoid;
    bool operator==(const LayerSpec&) const = default;
};

struct NetworkSpec {
    int inputs = 2;
    std::vector<LayerSpec> layers;  // hidden layers then the output layer
    Init init = Init::Glorot;
    Scalar leakySlope = 0.01f;  // leaky ReLU's slope for z < 0

    /// Returns the output layer's width; 0 when there are no layers.
    int outputs() const { return layers.empty() ? 0 : layers.back().neurons; }
    bool operator==(const NetworkSpec&) const = default;
};

/// A problem with a spec, naming the field it is in ("layers[2].neurons") and what is wrong.
struct SpecProblem {
    std::string field;
    std::string message;
};

/// Returns the first reason spec cannot be trained with loss, or nothing if it can; a spec outside
/// designlimits.h's bounds (widths, hidden layers, the parameter budget) cannot.
std::optional<SpecProblem> checkSpec(const NetworkSpec& spec, Loss loss);

/// Returns the weights and biases of spec's layer i (input side first): (fan-in + 1) × neurons,
/// where fan-in is the previous layer's width, or spec.inputs for the first layer.
std::int64_t layerParameterCount(const NetworkSpec& spec, std::size_t i);

/// Returns the weights and biases of all of spec's layers: the sum of layerParameterCount.
std::int64_t parameterCount(const NetworkSpec& spec);

/// Returns n for a person, with a comma between groups of three digits: 10,000,000.
std::string grouped(std::int64_t n);

/// Returns "glorot" or "he".
constexpr std::string_view initName(Init init) { return nameOf(initNames, init); }

/// Parses a name written by initName; empty if unknown.
std::optional<Init> initFromName(std::string_view name);

}  // namespace bp
