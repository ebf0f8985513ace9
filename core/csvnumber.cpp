#include "csvnumber.h"

#include <cfloat>
#include <charconv>
#include <cmath>
#include <limits>

namespace bp {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// For a number from_chars found out of range, tells whether it is too small (true) or too large:
// the decimal exponent of its first nonzero digit is below zero for an underflow.
bool underflows(std::string_view s)
{
    if (!s.empty() && s.front() == '-')
        s.remove_prefix(1);
    long long integerDigits = 0, firstNonZero = -1, digits = 0;
    bool pastPoint = false;
    std::size_t i = 0;
    for (; i < s.size() && (isDigit(s[i]) || s[i] == '.'); ++i) {
        if (s[i] == '.') {
            pastPoint = true;
            continue;
        }
        if (firstNonZero < 0 && s[i] != '0')
            firstNonZero = digits;
        ++digits;
        integerDigits += pastPoint ? 0 : 1;
    }
    const long long leading = integerDigits - 1 - firstNonZero;  // 0.00012 → -4, 1200 → 3
    long long exponent = 0;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        const bool negative = i + 1 < s.size() && s[i + 1] == '-';
        for (i += (i + 1 < s.size() && (s[i + 1] == '-' || s[i + 1] == '+')) ? 2 : 1; i < s.size() && isDigit(s[i]); ++i)
            exponent = std::min(exponent * 10 + (s[i] - '0'), 1'000'000'000'000LL);  // saturate, never wrap
        exponent = negative ? -exponent : exponent;
    }
    return leading + exponent < 0;
}

}  // namespace

std::optional<double> parseCsvNumber(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty() || text.front() == '+')
        return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (end != text.data() + text.size() || (error != std::errc() && error != std::errc::result_out_of_range))
        return std::nullopt;
    const double sign = text.front() == '-' ? -1.0 : 1.0;
    if (error == std::errc::result_out_of_range)
        return underflows(text) ? sign * 0.0 : sign * std::numeric_limits<double>::infinity();
    if (!std::isfinite(value))
        return std::nullopt;  // "inf", "nan": text, not a measurement
    if (std::abs(value) > FLT_MAX)
        return sign * std::numeric_limits<double>::infinity();
    return value;
}

}  // namespace bp
