#pragma once
// Where a dataset comes from: a generator and its parameters, a dataset shipped with the
// product, or a CSV file. A project stores this, not the data.
#include "csvoptions.h"
#include "dataset.h"

#include <cstdint>
#include <functional>
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

/// Returns the text of a built-in dataset by name ("iris" → its CSV), or nothing if there is none.
using BuiltinReader = std::function<std::optional<std::string>(const std::string& name)>;

/// Builds the dataset a source describes; throws InputError naming the file, line and column
/// (or the field, for bad parameters) when it cannot.
Dataset loadDataSource(const DataSource& source, const BuiltinReader& builtins);

/// Returns "generator", "builtin" or "csv".
std::string_view dataSourceKindName(DataSource::Kind kind);

}  // namespace bp
