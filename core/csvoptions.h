#pragma once
// How a CSV file becomes a dataset: which columns are targets, how features are scaled.
#include <string>
#include <vector>

namespace bp {

enum class Scaling { None, Standardize, MinMax };
enum class HeaderMode { Auto, Present, Absent };
enum class TargetKind { Auto, Classes, Values };

struct CsvOptions {
    HeaderMode header = HeaderMode::Auto;  // Auto: a first row with a non-numeric feature cell is a header
    char delimiter = ',';
    /// Target columns by header name or 1-based number ("species", "5"); empty means the last column.
    std::vector<std::string> targets;
    /// Classes: one-hot encode the (single) target's labels, text or integer. Auto: text, or
    /// integers with at most 32 distinct values, are classes; anything else is regression.
    TargetKind targetKind = TargetKind::Auto;
    Scaling scaling = Scaling::None;  // applied to the features only
    bool operator==(const CsvOptions&) const = default;
};

}  // namespace bp
