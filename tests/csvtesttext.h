#pragma once
// What the CSV tests share: the shipped datasets' folder, reading CSV text, catching its error.
#include "csvreader.h"
#include "inputerror.h"

#include <sstream>
#include <string>

namespace bp::csvtest {

inline const std::string datasets = std::string(BACKPROP_SOURCE_DIR) + "/resources/datasets/";

/// Reads CSV text as the file "test.csv" with the given options.
inline Dataset read(const std::string& text, CsvOptions options = {})
{
    std::istringstream in(text);
    return readCsv(in, "test.csv", options);
}

/// Returns the error reading text raises, or an error saying "no error was raised" for the test to fail on.
inline InputError errorOf(const std::string& text, CsvOptions options = {})
{
    try {
        read(text, options);
    } catch (const InputError& e) {
        return e;
    }
    return InputError("none", "no error was raised");
}

}  // namespace bp::csvtest
