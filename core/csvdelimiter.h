#pragma once
// Which character separates the cells of a CSV text: given, or told from its first lines.
#include "csvoptions.h"

#include <string_view>

namespace bp {

/// Returns the delimiter's character; for Auto, the one of comma, semicolon and tab that the first
/// records of text (up to 20, quotes understood) show the same number of times, most often, and
/// at least once; failing that, the one the first record shows most; failing that, a comma.
char resolveDelimiter(Delimiter delimiter, std::string_view text);

}  // namespace bp
