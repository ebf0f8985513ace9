#include "datasource.h"

#include "csvreader.h"
#include "generators.h"
#include "inputerror.h"

#include <sstream>

namespace bp {

namespace {

// Reads a dataset shipped with the product through the caller's reader.
Dataset loadBuiltin(const DataSource& source, const BuiltinReader& builtins)
{
    const std::optional<std::string> text = builtins ? builtins(source.name) : std::nullopt;
    if (!text)
        throw InputError({}, 0, 0, "dataset.name", "there is no built-in dataset named '" + source.name + "'");
    std::istringstream in(*text);
    return readCsv(in, source.name, source.csv);
}

}  // namespace

Dataset loadDataSource(const DataSource& source, const BuiltinReader& builtins)
{
    Dataset data;
    switch (source.kind) {
    case DataSource::Kind::Generator:
        data = generate(source.name, source.samples, source.noise, source.classes, source.seed);
        break;
    case DataSource::Kind::Builtin:
        data = loadBuiltin(source, builtins);
        break;
    case DataSource::Kind::Csv:
        if (source.path.empty())
            throw InputError({}, 0, 0, "dataset.path", "choose a CSV file");
        data = readCsvFile(source.path, source.csv);
        break;
    }
    if (source.autoencoder) {
        data.Y = data.X;  // the network learns to reproduce its input
        data.targetNames = data.featureNames;
        data.classNames.clear();
    }
    return data;
}

const BuiltinDataset* findBuiltin(std::string_view name)
{
    for (const BuiltinDataset& b : builtinDatasets)
        if (b.name == name)
            return &b;
    return nullptr;
}

}  // namespace bp
