#pragma once
// How a CSV cell spells a number: the whole cell, C locale, within the range of a float.
#include <optional>
#include <string_view>

namespace bp {

/// Returns the number a whole cell spells ("-1.5e3", "+2", " 7 "), or nothing for text, empty
/// cells, nan and inf. A number too small for a float reads as 0 ("1e-400"); one too large for a
/// float ("1e400", "4e38") is returned as ±infinity, for the caller to refuse with its position.
std::optional<double> parseCsvNumber(std::string_view text);

}  // namespace bp
