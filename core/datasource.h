#pragma once
// Where a dataset comes from: a generator and its parameters, a dataset shipped with the
// product, or a CSV file. A project stores this, not the data.
#include "csvoptions.h"
#include "dataset.h"

#include <cstdint>
#include <functional>
#include <iterator>
#include <optional>
#include <string>

namespace bp {

struct DataSource {
    enum class Kind { Generator, Builtin, Csv };
    Kind kind = Kind::Generator;
    std::string name = "xor";  // generator ("xor", "circles", "spiral", "gaussian", "moons", "sine")
                               // or built-in dataset ("iris", "digits")
    std::string path;          // CSV file, for Kind::Csv
    int samples = 400;         // generators only
    double noise = 0.1;        // generators only; 0 gives clean data
    int classes = 3;           // gaussian blobs only
    std::uint64_t seed = 1;    // generators only
    CsvOptions csv;            // Csv and Builtin
    bool autoencoder = false;  // the targets are the features themselves
    bool operator==(const DataSource&) const = default;
};

/// Every kind of source, in the order the studio offers them.
inline constexpr NamedValue<DataSource::Kind> dataSourceKindNames[] = {
    {DataSource::Kind::Generator, "generator", "Generator"}, {DataSource::Kind::Builtin, "builtin", "Built-in"},
    {DataSource::Kind::Csv, "csv", "CSV file"}};
static_assert(std::size(dataSourceKindNames) == std::size_t(DataSource::Kind::Csv) + 1
                  && namesEveryValueOnce(dataSourceKindNames),
              "dataSourceKindNames names every DataSource::Kind once");

/// A dataset shipped with the product, with the scaling it trains best with.
struct BuiltinDataset {
    std::string_view name;   // in files and on the command line
    std::string_view label;  // in the studio
    Scaling scaling;
};

/// Every built-in dataset, in the order the studio offers them.
inline constexpr BuiltinDataset builtinDatasets[] = {{"iris", "Iris (built-in)", Scaling::Standardize},
                                                     {"digits", "Digits (built-in)", Scaling::MinMax}};

/// Returns the built-in dataset named name, or nullptr.
const BuiltinDataset* findBuiltin(std::string_view name);

/// Returns the text of a built-in dataset by name ("iris" → its CSV), or nothing if there is none.
using BuiltinReader = std::function<std::optional<std::string>(const std::string& name)>;

/// Builds the dataset a source describes; throws InputError naming the file, line and column
/// (or the field, for bad parameters) when it cannot.
Dataset loadDataSource(const DataSource& source, const BuiltinReader& builtins);

/// Returns "generator", "builtin" or "csv".
constexpr std::string_view dataSourceKindName(DataSource::Kind kind) { return nameOf(dataSourceKindNames, kind); }

}  // namespace bp
