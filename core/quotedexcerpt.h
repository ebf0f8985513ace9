#pragma once
// How a message quotes text from a file (a cell, a column name): short enough to stay readable.
#include <string>
#include <string_view>

namespace bp {

/// The most bytes of a file's text that a message quotes.
inline constexpr std::size_t maxQuotedBytes = 40;

/// Returns text in single quotes, cut after maxQuotedBytes (never inside a UTF-8 character) and
/// marked "…" when cut, so that a stray binary line or a 1 MB column name stays readable.
std::string quotedExcerpt(std::string_view text);

}  // namespace bp
