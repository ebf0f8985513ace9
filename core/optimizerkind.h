#pragma once
// The optimizers a design can choose, with their names in files, on the command line and in the studio.
#include "namedvalue.h"

#include <iterator>
#include <optional>
#include <string_view>

namespace bp {

enum class OptimizerKind { SGD, Momentum, Adam };  // keep Adam last

/// Every optimizer, in the order the studio offers them.
inline constexpr NamedValue<OptimizerKind> optimizerNames[] = {
    {OptimizerKind::SGD, "sgd", "SGD"}, {OptimizerKind::Momentum, "momentum", "Momentum"}, {OptimizerKind::Adam, "adam", "Adam"}};
static_assert(std::size(optimizerNames) == std::size_t(OptimizerKind::Adam) + 1 && namesEveryValueOnce(optimizerNames),
              "optimizerNames names every OptimizerKind once");

/// Returns "sgd", "momentum" or "adam".
constexpr std::string_view optimizerName(OptimizerKind kind) { return nameOf(optimizerNames, kind); }

/// Parses a name written by optimizerName; empty if unknown.
constexpr std::optional<OptimizerKind> optimizerFromName(std::string_view name) { return valueOf(optimizerNames, name); }

}  // namespace bp
