#pragma once
// Reads a CSV table into a Dataset: feature columns, target columns, class labels one-hot encoded.
#include "csvoptions.h"
#include "dataset.h"

#include <istream>
#include <string>

namespace bp {

/// Builds a dataset from CSV text; sourceName names the input in errors and, without folder and
/// extension, becomes Dataset::name. Targets are the options' columns (default: the last one);
/// every other column is a feature and must be numeric. A class target becomes one one-hot row per
/// class (two rows for two classes), the classes ordered by value when every label is a number and
/// alphabetically (byte order) otherwise. Without a header, features are named x1, x2, … and a
/// regression target y (or y1, y2, …). Throws InputError with the source, 1-based line and column
/// for anything it cannot use, for more feature columns or outputs than designlimits.h allows a
/// network (so that a project built on the file can be saved and read back), and for more rows
/// than limits::maxSamples or more class labels than limits::maxCsvClasses.
Dataset readCsv(std::istream& in, const std::string& sourceName, const CsvOptions& options);

/// Reads the CSV file at path with readCsv; throws InputError naming the path when the file is
/// missing, a folder, not a regular file (a pipe or device), larger than limits::maxCsvBytes, or
/// unreadable.
Dataset readCsvFile(const std::string& path, const CsvOptions& options);

}  // namespace bp
