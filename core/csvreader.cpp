#include "csvreader.h"

#include "csvtable.h"
#include "inputerror.h"
#include "designlimits.h"
#include "quotedexcerpt.h"
#include "regularfile.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>

namespace bp {

namespace {

// Returns a default column name such as "x3".
std::string numbered(char letter, std::size_t k)
{
    std::string name(1, letter);
    name += std::to_string(k);
    return name;
}

// Resolves the target specs to 0-based column indices: a header name first, else a 1-based number.
std::vector<int> targetColumns(const CsvTable& t, const std::string& source, const CsvOptions& options)
{
    if (t.columns() < 2)
        throw InputError(source, t.headerLine, 0, "csv.targets",
                         "the file has one column only; it needs features and a target");
    if (options.targets.empty())
        return {t.columns() - 1};
    std::vector<int> columns;
    for (const std::string& spec : options.targets) {
        const auto named = std::find(t.header.begin(), t.header.end(), spec);
        int column = named != t.header.end() ? int(named - t.header.begin()) : -1;
        const auto number = parseCsvNumber(spec);
        if (column < 0 && number && *number == std::floor(*number)) {
            if (*number < 1 || *number > t.columns())
                throw InputError(source, t.headerLine, 0, "csv.targets",
                                 "target column " + spec + " does not exist; the file has " +
                                     std::to_string(t.columns()) + " columns");
            column = int(*number) - 1;
        }
        if (column < 0)
            throw InputError(source, t.headerLine, 0, "csv.targets",
                             t.header.empty() ? "target column " + quotedExcerpt(spec) + " cannot be found: the file has no header"
                                                    " row, so give its column number"
                                              : "the header has no target column named " + quotedExcerpt(spec));
        if (std::find(columns.begin(), columns.end(), column) == columns.end())
            columns.push_back(column);
    }
    if (int(columns.size()) >= t.columns())
        throw InputError(source, t.headerLine, 0, "csv.targets", "every column is a target; no features remain");
    return columns;
}

// Auto rule: text labels, or integers with at most 32 distinct values, are classes.
bool looksLikeClasses(const CsvTable& t, int column)
{
    std::map<double, int> distinct;
    for (std::size_t r = 0; r < t.rows(); ++r) {
        const auto v = parseCsvNumber(t.cell(r, std::size_t(column)));
        if (!v)
            return true;
        if (!std::isfinite(*v) || *v != std::floor(*v))  // an overflow is refused as a value
            return false;
        distinct[*v] = 1;
    }
    return distinct.size() <= 32;
}

// One-hot encodes column's labels into Y (classes × samples) and returns the class names.
std::vector<std::string> encodeClasses(const CsvTable& t, int column, const std::string& source, Matrix& Y)
{
    const auto c = std::size_t(column);
    bool numeric = true;
    for (std::size_t r = 0; r < t.rows() && numeric; ++r)
        numeric = std::isfinite(parseCsvNumber(t.cell(r, c)).value_or(NAN));
    std::vector<std::string> names;  // first text seen for each class, sorted below
    std::map<double, std::string> byValue;
    std::map<std::string, int, std::less<>> byText;
    for (std::size_t r = 0; r < t.rows(); ++r) {
        const std::string_view cell = t.cell(r, c);
        if (numeric)
            byValue.try_emplace(*parseCsvNumber(cell), cell);
        else if (byText.find(cell) == byText.end())
            byText.emplace(cell, 0);
    }
    for (const auto& [value, text] : byValue)
        names.push_back(text);
    for (const auto& [text, unused] : byText)
        names.push_back(text);
    if (names.size() > std::size_t(limits::maxCsvClasses))
        throw InputError(source, t.headerLine, column + 1, "csv.targets",
                         "the target column holds " + std::to_string(names.size()) + " distinct labels; a dataset may have at most "
                             + std::to_string(limits::maxCsvClasses) + " classes");
    if (names.size() < 2)
        throw InputError(source, t.line(0), column + 1, {},
                         "every row has the class " + quotedExcerpt(names.front()) + "; classification needs at least two classes");
    if (names.size() * t.rows() > std::size_t(limits::maxDatasetValues))
        throw InputError(source, t.headerLine, column + 1, "csv.targets",
                         std::to_string(names.size()) + " classes over " + std::to_string(t.rows()) + " rows make "
                             + std::to_string(names.size() * t.rows()) + " one-hot targets; a dataset may hold at most "
                             + std::to_string(limits::maxDatasetValues) + " values");
    Y = Matrix::Zero(Index(names.size()), Index(t.rows()));
    for (std::size_t j = 0; j < t.rows(); ++j) {
        const std::string_view cell = t.cell(j, c);
        const std::size_t k = numeric ? std::size_t(std::distance(byValue.begin(), byValue.find(*parseCsvNumber(cell))))
                                      : std::size_t(std::distance(byText.begin(), byText.find(cell)));
        Y(Index(k), Index(j)) = 1.0f;
    }
    return names;
}

// Finds how to scale every feature row of d.X — standardize x ← (x − μ) / σ, min-max
// x ← (x − min) / (max − min), a constant row to all zeros — and scales it so.
void scaleFeatures(Dataset& d, Scaling scaling)
{
    if (scaling == Scaling::None)
        return;
    d.featureShift.resize(d.X.rows());
    d.featureScale.resize(d.X.rows());
    for (Index i = 0; i < d.X.rows(); ++i) {
        const Eigen::VectorXd x = d.X.row(i).transpose().cast<double>();
        double shift = 0, spread = 0;
        if (scaling == Scaling::Standardize) {
            shift = x.mean();
            spread = std::sqrt((x.array() - shift).square().mean());  // population σ
        } else {
            shift = x.minCoeff();
            spread = x.maxCoeff() - shift;
        }
        d.featureShift(i) = Scalar(shift);
        d.featureScale(i) = Scalar(spread) > 0 ? Scalar(spread) : 1.0f;
    }
    d.X = d.scaled(d.X);  // the one formula that predictions on new rows use too
}

// Returns the given columns of every row as numbers (columns × rows), one row of the matrix per
// column; a cell that is not a number is an error naming its line, column and `what` it is.
Matrix numericColumns(const CsvTable& t, const std::vector<int>& columns, const std::vector<std::string>& names,
                      const std::string& what, const std::string& sourceName)
{
    Matrix M(Index(columns.size()), Index(t.rows()));
    for (std::size_t s = 0; s < t.rows(); ++s) {
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const std::string_view cell = t.cell(s, std::size_t(columns[i]));
            const auto v = parseCsvNumber(cell);
            if (!v)
                throw InputError(sourceName, t.line(s), columns[i] + 1, {},
                                 what + " " + quotedExcerpt(names[i]) + " needs a number, found " + quotedExcerpt(cell));
            if (!std::isfinite(*v))
                throw InputError(sourceName, t.line(s), columns[i] + 1, {},
                                 what + " " + quotedExcerpt(names[i]) + ": " + quotedExcerpt(cell) +
                                     " is too large; numbers here must lie within ±3.4e38");
            M(Index(i), Index(s)) = Scalar(*v);
        }
    }
    return M;
}

// Builds the dataset from table t, read from sourceName, as readCsv promises.
Dataset datasetOf(const CsvTable& t, const std::string& sourceName, const CsvOptions& options)
{
    if (t.rows() == 0)
        throw InputError(sourceName, "the file holds no data rows");
    if (t.rows() > std::size_t(limits::maxSamples))
        throw InputError(sourceName, t.line(std::size_t(limits::maxSamples)), 0, {},
                         "the file holds " + std::to_string(t.rows()) + " data rows; a dataset may have at most "
                             + std::to_string(limits::maxSamples));
    const std::vector<int> targets = targetColumns(t, sourceName, options);
    const auto isTarget = [&](int j) { return std::find(targets.begin(), targets.end(), j) != targets.end(); };
    const auto columnName = [&](int j, const std::string& fallback) {
        return t.header.empty() || t.header[std::size_t(j)].empty() ? fallback : t.header[std::size_t(j)];
    };

    Dataset d;
    d.name = std::filesystem::path(sourceName).stem().string();
    std::vector<int> features;
    for (int j = 0; j < t.columns(); ++j) {
        if (!isTarget(j)) {
            features.push_back(j);
            d.featureNames.push_back(columnName(j, numbered('x', features.size())));
        }
    }
    if (features.size() > std::size_t(limits::maxInputs))
        throw InputError(sourceName, t.headerLine, 0, {},
                         "the file has " + std::to_string(features.size()) + " feature columns; a network takes at most "
                             + std::to_string(limits::maxInputs) + " inputs");
    d.X = numericColumns(t, features, d.featureNames, "feature", sourceName);

    const bool classes = options.targetKind == TargetKind::Classes ||
                         (options.targetKind == TargetKind::Auto && targets.size() == 1 &&
                          looksLikeClasses(t, targets[0]));
    if (classes && targets.size() > 1)
        throw InputError(sourceName, t.headerLine, 0, "csv.targets", "class labels need exactly one target column");
    if (classes) {
        d.classNames = encodeClasses(t, targets[0], sourceName, d.Y);
        d.targetNames = d.classNames;
    } else {
        for (std::size_t k = 0; k < targets.size(); ++k)
            d.targetNames.push_back(columnName(targets[k], targets.size() == 1 ? "y" : numbered('y', k + 1)));
        d.Y = numericColumns(t, targets, d.targetNames, "regression target", sourceName);
    }
    if (d.Y.rows() > limits::maxNeurons)
        throw InputError(sourceName, t.headerLine, 0, "csv.targets",
                         "the targets need " + std::to_string(d.Y.rows()) + " outputs (" + (classes ? "one per class" : "one per column")
                             + "); a layer has at most " + std::to_string(limits::maxNeurons) + " neurons");
    scaleFeatures(d, options.scaling);
    return d;
}

}  // namespace

Dataset readCsv(std::istream& in, const std::string& sourceName, const CsvOptions& options)
{
    return datasetOf(readCsvTable(in, sourceName, options.delimiter, options.header), sourceName, options);
}

Dataset readCsvFile(const std::string& path, const CsvOptions& options)
{
    std::error_code error;
    if (!std::filesystem::exists(path, error))
        throw InputError(path, "the file does not exist");
    if (std::filesystem::is_directory(path, error))
        throw InputError(path, "this is a folder, not a CSV file");
    const CsvTable table = [&] {  // the file's text is let go once its cells are packed
        const std::string text = readRegularFile(path, limits::maxCsvBytes, "a CSV file");
        return readCsvTable(std::string_view(text), path, options.delimiter, options.header);
    }();
    return datasetOf(table, path, options);
}

}  // namespace bp
