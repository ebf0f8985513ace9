#pragma once
// One table per enum: each enumerator's name in files and on the command line, and its label in
// the studio. The project reader and writer, the designer's combo boxes, the CLI's options and its
// help text all read the same table, so a new enumerator is added in one place.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace bp {

template <typename E>
struct NamedValue {
    E value;
    std::string_view name;   // in files and on the command line ("leaky_relu")
    std::string_view label;  // in the studio ("leaky ReLU")
};

/// True when table names every enumerator 0 … N − 1 exactly once, in any order; for a
/// static_assert beside the table, whose N comes from the enum's last enumerator.
template <typename E, std::size_t N>
constexpr bool namesEveryValueOnce(const NamedValue<E> (&table)[N])
{
    for (std::size_t v = 0; v < N; ++v) {
        int seen = 0;
        for (const auto& entry : table)
            seen += std::size_t(entry.value) == v ? 1 : 0;
        if (seen != 1)
            return false;
    }
    return true;
}

/// Returns the entry of value in table (the first entry when table lacks it).
template <typename E, std::size_t N>
constexpr const NamedValue<E>& entryOf(const NamedValue<E> (&table)[N], E value)
{
    for (const auto& entry : table)
        if (entry.value == value)
            return entry;
    return table[0];
}

/// Returns the name of value in table (the first entry's when table lacks it).
template <typename E, std::size_t N>
constexpr std::string_view nameOf(const NamedValue<E> (&table)[N], E value) { return entryOf(table, value).name; }

/// Returns the studio's label of value in table (the first entry's when table lacks it).
template <typename E, std::size_t N>
constexpr std::string_view labelOf(const NamedValue<E> (&table)[N], E value) { return entryOf(table, value).label; }

/// Returns the value whose name in table is name, or nothing.
template <typename E, std::size_t N>
constexpr std::optional<E> valueOf(const NamedValue<E> (&table)[N], std::string_view name)
{
    for (const auto& entry : table)
        if (entry.name == name)
            return entry.value;
    return std::nullopt;
}

/// Returns the names of table (any table of entries with a name) in its order, joined as
/// "a, b or c", or with another last join.
template <typename Entry, std::size_t N>
std::string nameList(const Entry (&table)[N], const char* lastJoin = " or ")
{
    std::string text;
    for (std::size_t i = 0; i < N; ++i)
        text += std::string(i == 0 ? "" : i + 1 == N ? lastJoin : ", ") + std::string(table[i].name);
    return text;
}

}  // namespace bp
