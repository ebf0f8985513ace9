#include "floatbase64.h"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <vector>

namespace bp {

namespace {
constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// Returns each character's 6-bit value, or −1 for characters outside the alphabet.
constexpr std::array<int, 256> sextets()
{
    std::array<int, 256> table{};
    table.fill(-1);
    for (int i = 0; i < 64; ++i)
        table[std::size_t(static_cast<unsigned char>(alphabet[i]))] = i;
    return table;
}
}  // namespace

std::string FloatBase64::encode(const Vector& values)
{
    std::vector<unsigned char> bytes(std::size_t(values.size()) * 4);
    for (Index i = 0; i < values.size(); ++i) {
        const auto bits = std::bit_cast<std::uint32_t>(values(i));
        for (int k = 0; k < 4; ++k)
            bytes[std::size_t(i) * 4 + std::size_t(k)] = static_cast<unsigned char>(bits >> (8 * k));
    }
    std::string text;
    text.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::size_t n = std::min<std::size_t>(3, bytes.size() - i);
        const std::uint32_t group = std::uint32_t(bytes[i]) << 16 | (n > 1 ? std::uint32_t(bytes[i + 1]) << 8 : 0)
                                    | (n > 2 ? std::uint32_t(bytes[i + 2]) : 0);
        for (std::size_t k = 0; k < 4; ++k)
            text += k <= n ? alphabet[(group >> (18 - 6 * k)) & 63] : '=';
    }
    return text;
}

std::optional<Vector> FloatBase64::decode(const std::string& text)
{
    static constexpr std::array<int, 256> value = sextets();
    if (text.size() % 4 != 0)
        return std::nullopt;
    std::vector<unsigned char> bytes;
    bytes.reserve(text.size() / 4 * 3);
    for (std::size_t i = 0; i < text.size(); i += 4) {
        const bool last = i + 4 == text.size();
        const std::size_t pad = last ? std::size_t(text[i + 3] == '=') + std::size_t(text[i + 2] == '=') : 0;
        std::uint32_t group = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            const int v = k >= 4 - pad ? 0 : value[std::size_t(static_cast<unsigned char>(text[i + k]))];
            if (v < 0)
                return std::nullopt;
            group = group << 6 | std::uint32_t(v);
        }
        for (std::size_t k = 0; k < 3 - pad; ++k)
            bytes.push_back(static_cast<unsigned char>(group >> (16 - 8 * k)));
    }
    if (bytes.size() % 4 != 0)
        return std::nullopt;
    Vector values(Index(bytes.size() / 4));
    for (Index i = 0; i < values.size(); ++i) {
        std::uint32_t bits = 0;
        for (int k = 0; k < 4; ++k)
            bits |= std::uint32_t(bytes[std::size_t(i) * 4 + std::size_t(k)]) << (8 * k);
        values(i) = std::bit_cast<float>(bits);
    }
    return values;
}

}  // namespace bp
