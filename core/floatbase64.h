#pragma once
// Float vectors as compact text: the little-endian bytes of each 32-bit float in base64 (RFC 4648,
// with padding). Exact by construction (−0, denormals, every bit), about 5⅓ characters a value
// where JSON numbers take some 20 with their indentation, and one string to parse, not an array.
#include "tensor.h"

#include <optional>
#include <string>

namespace bp {

class FloatBase64 {
public:
    /// Returns the values' bytes in base64.
    static std::string encode(const Vector& values);

    /// Returns the values whose bytes text holds, or nothing if text is not padded base64 of a
    /// whole number of floats.
    static std::optional<Vector> decode(const std::string& text);
};

}  // namespace bp
