#pragma once
// The text of a CSV file split into cells, with the header row told apart from data rows.
#include "csvnumber.h"
#include "csvoptions.h"

#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace bp {

struct CsvTable {
    struct Row {
        int line = 0;                    // 1-based line in the file where the row begins
        std::vector<std::string> cells;  // unquoted; unquoted cells trimmed of spaces and tabs
    };
    std::vector<std::string> header;  // column names; empty when the file has no header row
    int headerLine = 0;               // 1-based; 0 when there is no header row
    std::vector<Row> rows;            // data rows, every one with columns() cells
    int lines = 0;                    // lines in the file

    /// Returns the number of columns: the header's, else the first row's.
    int columns() const { return int(header.empty() ? (rows.empty() ? 0 : rows[0].cells.size()) : header.size()); }
};

/// Reads CSV text (RFC 4180, tokenised by libcsv) into rows of cells: a quoted cell may hold
/// delimiters, line breaks and "" for a quote; CR, LF and CRLF each end a line; blank lines are
/// skipped and a UTF-8 byte order mark is accepted. Lines count as a person reads them, a quoted
/// line break included. Throws InputError naming sourceName, line and column for an unclosed
/// quote, a stray quote, or a row whose cell count differs from the first row's.
CsvTable readCsvTable(std::string_view text, const std::string& sourceName, Delimiter delimiter, HeaderMode header);

/// Reads all of in, then the text as readCsvTable above; throws InputError when in fails to read.
CsvTable readCsvTable(std::istream& in, const std::string& sourceName, Delimiter delimiter, HeaderMode header);

}  // namespace bp
