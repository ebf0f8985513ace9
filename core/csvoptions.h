#pragma once
// How a CSV file becomes a dataset: how cells are separated, which columns are targets, how features
// are scaled; and the names of each choice in files, on the command line and in the studio.
#include "namedvalue.h"

#include <iterator>
#include <string>
#include <vector>

namespace bp {

enum class Scaling { None, Standardize, MinMax };  // keep MinMax last
enum class HeaderMode { Auto, Present, Absent };   // keep Absent last
enum class TargetKind { Auto, Classes, Values };   // keep Values last
enum class Delimiter { Auto, Comma, Semicolon, Tab };  // keep Tab last

/// Every scaling, header mode and target kind, in the order the studio offers them.
inline constexpr NamedValue<Scaling> scalingNames[] = {
    {Scaling::None, "none", "None"}, {Scaling::Standardize, "standardize", "Standardize"}, {Scaling::MinMax, "minmax", "Min-max"}};
inline constexpr NamedValue<HeaderMode> headerNames[] = {
    {HeaderMode::Auto, "auto", "Auto"}, {HeaderMode::Present, "present", "Yes"}, {HeaderMode::Absent, "absent", "No"}};
inline constexpr NamedValue<TargetKind> targetKindNames[] = {
    {TargetKind::Auto, "auto", "Auto"}, {TargetKind::Classes, "classes", "Classes"}, {TargetKind::Values, "values", "Values"}};
inline constexpr NamedValue<Delimiter> delimiterNames[] = {
    {Delimiter::Auto, "auto", "Auto"}, {Delimiter::Comma, "comma", "Comma"},
    {Delimiter::Semicolon, "semicolon", "Semicolon"}, {Delimiter::Tab, "tab", "Tab"}};
static_assert(std::size(scalingNames) == std::size_t(Scaling::MinMax) + 1 && namesEveryValueOnce(scalingNames));
static_assert(std::size(headerNames) == std::size_t(HeaderMode::Absent) + 1 && namesEveryValueOnce(headerNames));
static_assert(std::size(targetKindNames) == std::size_t(TargetKind::Values) + 1 && namesEveryValueOnce(targetKindNames));
static_assert(std::size(delimiterNames) == std::size_t(Delimiter::Tab) + 1 && namesEveryValueOnce(delimiterNames));

/// Returns the character that separates cells for a delimiter other than Auto (',' for Auto).
constexpr char delimiterChar(Delimiter d)
{
    return d == Delimiter::Semicolon ? ';' : d == Delimiter::Tab ? '\t' : ',';
}

struct CsvOptions {
    HeaderMode header = HeaderMode::Auto;  // Auto: a first row all text, or with text over a number, is a header
    Delimiter delimiter = Delimiter::Auto;  // Auto: comma, semicolon or tab, whichever the first lines show
    /// Target columns by header name or 1-based number ("species", "5"); empty means the last column.
    std::vector<std::string> targets;
    /// Classes: one-hot encode the (single) target's labels, text or integer. Auto: text, or
    /// integers with at most 32 distinct values, are classes; anything else is regression.
    TargetKind targetKind = TargetKind::Auto;
    Scaling scaling = Scaling::None;  // applied to the features only
    bool operator==(const CsvOptions&) const = default;
};

}  // namespace bp
