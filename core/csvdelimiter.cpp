#include "csvdelimiter.h"

#include <array>
#include <vector>

namespace bp {

namespace {

constexpr Delimiter candidates[] = {Delimiter::Comma, Delimiter::Semicolon, Delimiter::Tab};
constexpr std::size_t sampleRecords = 20;
constexpr std::size_t sampleBytes = 64 * 1024;

using Counts = std::array<int, std::size(candidates)>;

// Counts each candidate outside quotes in the first non-blank records of text, one entry per record.
std::vector<Counts> countRecords(std::string_view text)
{
    std::vector<Counts> records;
    Counts counts{};
    bool quoted = false, blank = true;
    for (std::size_t i = 0; i < text.size() && i < sampleBytes && records.size() < sampleRecords; ++i) {
        const char c = text[i];
        if (c == '"') {
            quoted = !quoted;  // "" inside quotes toggles twice
        } else if (!quoted && (c == '\n' || c == '\r')) {
            if (!blank)
                records.push_back(counts);
            counts = {};
            blank = true;
            continue;
        } else if (!quoted) {
            for (std::size_t k = 0; k < std::size(candidates); ++k)
                counts[k] += c == delimiterChar(candidates[k]) ? 1 : 0;
        }
        blank = blank && c == ' ';  // a tab may be a cell boundary
    }
    if (!blank && records.size() < sampleRecords)
        records.push_back(counts);
    return records;
}

}  // namespace

char resolveDelimiter(Delimiter delimiter, std::string_view text)
{
    if (delimiter != Delimiter::Auto)
        return delimiterChar(delimiter);
    const std::vector<Counts> records = countRecords(text);
    if (records.empty())
        return ',';
    std::size_t best = std::size(candidates), firstBest = std::size(candidates);
    for (std::size_t k = 0; k < std::size(candidates); ++k) {
        const int first = records.front()[k];
        bool steady = first > 0;
        for (const Counts& r : records)
            steady = steady && r[k] == first;
        if (steady && (best == std::size(candidates) || first > records.front()[best]))
            best = k;
        if (first > 0 && (firstBest == std::size(candidates) || first > records.front()[firstBest]))
            firstBest = k;
    }
    const std::size_t chosen = best < std::size(candidates) ? best : firstBest;
    return chosen < std::size(candidates) ? delimiterChar(candidates[chosen]) : ',';
}

}  // namespace bp
