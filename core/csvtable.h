#pragma once
// The text of a CSV file split into trimmed cells, with the header row told apart from data rows.
#include "csvoptions.h"

#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bp {

struct CsvTable {
    struct Row {
        int line = 0;                    // 1-based line in the file
        std::vector<std::string> cells;  // unquoted and trimmed
    };
    std::vector<std::string> header;  // column names; empty when the file has no header row
    int headerLine = 0;               // 1-based; 0 when there is no header row
    std::vector<Row> rows;            // data rows, every one with columns() cells
    int lines = 0;                    // lines in the file

    /// Returns the number of columns: the header's, else the first row's.
    int columns() const { return int(header.empty() ? (rows.empty() ? 0 : rows[0].cells.size()) : header.size()); }
};

/// Returns the number a whole cell spells ("-1.5e3", "+2", " 7 "), or nothing for text,
/// empty cells, nan, infinities and values beyond the float range.
std::optional<double> parseCsvNumber(std::string_view text);

/// Reads CSV text into rows of cells; blank lines are skipped, CRLF endings and a UTF-8 byte order
/// mark accepted, and "quoted, cells" with "" for a quote understood (within one line).
/// Throws InputError naming sourceName, line and column for an unclosed quote, text after a closing
/// quote, or a row whose cell count differs from the first row's.
CsvTable readCsvTable(std::istream& in, const std::string& sourceName, char delimiter, HeaderMode header);

}  // namespace bp
