#include "confusiontable.h"

#include <algorithm>
#include <string>

namespace bp {

namespace {
constexpr std::size_t longestName = 16;  // characters of a class name shown

// Returns the number of characters (UTF-8 code points) in text.
std::size_t characters(const std::string& text)
{
    return std::size_t(std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// Returns text cut to at most n characters, never inside one.
std::string shortened(const std::string& text, std::size_t n)
{
    std::size_t seen = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        if ((text[i] & 0xC0) != 0x80 && seen++ == n)
            return text.substr(0, i);
    return text;
}

// Returns text right-aligned in width characters.
std::string padded(const std::string& text, std::size_t width)
{
    const std::size_t n = characters(text);
    return std::string(width > n ? width - n : 0, ' ') + text;
}

std::string percent(Scalar fraction)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f %%", 100.0 * double(fraction));
    return text;
}
}  // namespace

void printConfusionTable(std::FILE* out, const std::string& samples, const ConfusionMatrix& m,
                         const std::vector<std::string>& classNames)
{
    if (m.empty()) {
        std::fprintf(out, "confusion matrix, %s: no samples\n", samples.c_str());
        return;
    }
    const int n = m.classes();
    std::vector<std::string> names;
    for (int k = 0; k < n; ++k) {
        const bool named = std::size_t(k) < classNames.size() && !classNames[std::size_t(k)].empty();
        names.push_back(shortened(named ? classNames[std::size_t(k)] : "class " + std::to_string(k), longestName));
    }
    const std::string corner = "true \\ predicted";
    std::size_t first = characters(corner), width = std::to_string(m.largestCount()).size();
    for (const std::string& name : names) {
        first = std::max(first, characters(name));
        width = std::max(width, characters(name));
    }
    std::fprintf(out, "confusion matrix, %s (%lld samples; rows are true classes, columns predicted)\n",
                 samples.c_str(), static_cast<long long>(m.total()));
    std::string line = corner + std::string(first - characters(corner), ' ');
    for (const std::string& name : names)
        line += "  " + padded(name, width);
    std::fprintf(out, "%s  %9s\n", line.c_str(), "accuracy");
    for (int t = 0; t < n; ++t) {
        line = names[std::size_t(t)] + std::string(first - characters(names[std::size_t(t)]), ' ');
        for (int q = 0; q < n; ++q)
            line += "  " + padded(std::to_string(m.count(t, q)), width);
        const auto a = m.classAccuracy(t);
        std::fprintf(out, "%s  %9s\n", line.c_str(), a ? percent(*a).c_str() : "-");
    }
    std::fprintf(out, "accuracy %s (%lld of %lld)\n", percent(m.accuracy()).c_str(),
                 static_cast<long long>(m.correct()), static_cast<long long>(m.total()));
}

}  // namespace bp
