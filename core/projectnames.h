#pragma once
// The names project files and the command line give the CSV options.
#include "csvoptions.h"

#include <string_view>

namespace bp {

template <typename E>
struct NamedValue {
    E value;
    std::string_view name;
};

inline constexpr NamedValue<Scaling> scalingNames[] = {
    {Scaling::None, "none"}, {Scaling::Standardize, "standardize"}, {Scaling::MinMax, "minmax"}};
inline constexpr NamedValue<HeaderMode> headerNames[] = {
    {HeaderMode::Auto, "auto"}, {HeaderMode::Present, "present"}, {HeaderMode::Absent, "absent"}};
inline constexpr NamedValue<TargetKind> targetKindNames[] = {
    {TargetKind::Auto, "auto"}, {TargetKind::Classes, "classes"}, {TargetKind::Values, "values"}};

/// Returns the name of value in table; the values are 0, 1, 2 … in table order.
template <typename E, std::size_t N>
std::string_view nameOf(const NamedValue<E> (&table)[N], E value)
{
    for (const auto& entry : table)
        if (entry.value == value)
            return entry.name;
    return table[0].name;
}

}  // namespace bp
