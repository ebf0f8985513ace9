#pragma once
// The text of a CSV file split into cells, with the header row told apart from data rows.
#include "csvnumber.h"
#include "csvoptions.h"

#include <cstdint>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace bp {

// The cells are kept packed (their bytes one after another, and where each ends), a few bytes
// each beyond their text, so that a file at limits::maxCsvBytes fits in memory while it is read.
struct CsvTable {
    std::vector<std::string> header;  // column names; empty when the file has no header row
    int headerLine = 0;               // 1-based; 0 when there is no header row
    int lines = 0;                    // lines in the file
    int width = 0;                    // columns: the header's, else the first row's
    std::string text;                 // the data cells' bytes, unquoted, one after another
    std::vector<std::uint32_t> ends;  // rows × width: where each data cell ends in text, row after row
    std::vector<int> rowLines;        // 1-based line where each data row begins

    /// Returns the number of data rows.
    std::size_t rows() const { return rowLines.size(); }
    /// Returns the number of columns: the header's, else the first row's.
    int columns() const { return width; }
    /// Returns the 1-based line where data row r begins.
    int line(std::size_t r) const { return rowLines[r]; }
    /// Returns the cell of data row r in column c: unquoted; an unquoted cell trimmed of spaces and tabs.
    std::string_view cell(std::size_t r, std::size_t c) const
    {
        const std::size_t k = r * std::size_t(width) + c;
        const std::size_t begin = k == 0 ? 0 : ends[k - 1];
        return std::string_view(text).substr(begin, ends[k] - begin);
    }
};

/// Reads CSV text (RFC 4180, tokenised by libcsv) into rows of cells: a quoted cell may hold
/// delimiters, line breaks and "" for a quote; CR, LF and CRLF each end a line; blank lines are
/// skipped and a UTF-8 byte order mark is accepted. Lines count as a person reads them, a quoted
/// line break included. Throws InputError naming sourceName, line and column for an unclosed
/// quote, a stray quote, a row whose cell count differs from the first row's, or more cells than
/// limits::maxDatasetValues.
CsvTable readCsvTable(std::string_view text, const std::string& sourceName, Delimiter delimiter, HeaderMode header);

/// Reads all of in, then the text as readCsvTable above; throws InputError when in fails to read.
CsvTable readCsvTable(std::istream& in, const std::string& sourceName, Delimiter delimiter, HeaderMode header);

}  // namespace bp
