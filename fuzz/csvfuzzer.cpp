// libFuzzer harness for the CSV reader. The first byte picks the header mode, target kind,
// scaling and delimiter, the second the target columns, and the rest is the file (so each seed in
// corpus/csv/ is two such bytes, mostly zeros for the defaults, then a real file). The reader may
// refuse anything with bp::InputError, its documented error. Everything else is a finding: any other
// exception, a crash, a sanitizer report, a leak, a timeout, or a dataset that breaks its promises.
#include "csvreader.h"
#include "fuzzcheck.h"
#include "inputerror.h"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

namespace {

// Returns the options that the two leading bytes pick; 0 and 0 are the defaults.
bp::CsvOptions optionsFrom(std::uint8_t pick, std::uint8_t targets)
{
    static const std::vector<std::vector<std::string>> targetLists = {
        {}, {"1"}, {"2"}, {"1", "3"}, {"y"}, {"species"}, {"label", "2"}, {"0"}};
    bp::CsvOptions options;
    options.header = bp::headerNames[(pick & 3) % 3].value;
    options.targetKind = bp::targetKindNames[((pick >> 2) & 3) % 3].value;
    options.scaling = bp::scalingNames[((pick >> 4) & 3) % 3].value;
    options.delimiter = bp::delimiterNames[pick >> 6].value;  // four delimiters, auto first
    options.targets = targetLists[targets % targetLists.size()];
    return options;
}

// Aborts unless d is what readCsv promises: matching shapes and names, finite numbers, one class per sample.
void checkDataset(const bp::Dataset& d)
{
    using bp::fuzz::require;
    require(d.samples() > 0 && d.Y.cols() == d.samples(), "features and targets for every sample");
    require(std::size_t(d.features()) == d.featureNames.size(), "one name per feature");
    require(std::size_t(d.targets()) == d.targetNames.size(), "one name per target");
    require(d.X.allFinite() && d.Y.allFinite(), "finite features and targets");
    if (d.isClassification() && d.targets() > 1)
        for (bp::Index j = 0; j < d.samples(); ++j)
            require(d.Y.col(j).sum() == 1.0f, "one class per sample");
    require(d.featureScale.size() == 0 || (d.featureScale.array() > 0).all(), "positive feature scales");
}

}  // namespace

/// Reads one input as options and a CSV file; returns 0, as libFuzzer expects, unless a promise breaks.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2)
        return 0;
    const bp::CsvOptions options = optionsFrom(data[0], data[1]);
    std::istringstream in(std::string(reinterpret_cast<const char*>(data) + 2, size - 2));
    try {
        checkDataset(bp::readCsv(in, "fuzz.csv", options));
    } catch (const bp::InputError&) {
        // The reader refused the file, as documented.
    }
    return 0;
}
