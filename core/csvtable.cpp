#include "csvtable.h"

#include "inputerror.h"

#include <cfloat>
#include <charconv>
#include <cmath>

namespace bp {

namespace {

bool isSpace(char c, char delimiter) { return (c == ' ' || c == '\t') && c != delimiter; }

std::string_view trim(std::string_view s, char delimiter)
{
    while (!s.empty() && isSpace(s.front(), delimiter))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back(), delimiter))
        s.remove_suffix(1);
    return s;
}

// Splits one line into cells; a cell that begins with '"' runs to the matching quote.
std::vector<std::string> splitLine(std::string_view line, char delimiter, const std::string& source, int lineNo)
{
    std::vector<std::string> cells;
    std::size_t pos = 0;
    for (;;) {
        const int column = int(cells.size()) + 1;
        while (pos < line.size() && isSpace(line[pos], delimiter))
            ++pos;
        std::string cell;
        if (pos < line.size() && line[pos] == '"') {
            ++pos;
            for (;;) {
                if (pos >= line.size())
                    throw InputError(source, lineNo, column, {}, "the quote opened in this cell is never closed");
                if (line[pos] == '"' && pos + 1 < line.size() && line[pos + 1] == '"') {
                    cell += '"';  // "" inside quotes is one quote
                    pos += 2;
                } else if (line[pos] == '"') {
                    ++pos;
                    break;
                } else {
                    cell += line[pos++];
                }
            }
            while (pos < line.size() && isSpace(line[pos], delimiter))
                ++pos;
            if (pos < line.size() && line[pos] != delimiter)
                throw InputError(source, lineNo, column, {}, "unexpected text after the closing quote");
        } else {
            const std::size_t end = std::min(line.find(delimiter, pos), line.size());
            cell = std::string(trim(line.substr(pos, end - pos), delimiter));
            pos = end;
        }
        cells.push_back(std::move(cell));
        if (pos >= line.size())
            return cells;
        ++pos;  // skip the delimiter
    }
}

bool isBlank(std::string_view line)
{
    return line.find_first_not_of(" \t") == std::string_view::npos;
}

// Auto header rule: the first row names the columns when every cell of it is text, or when one
// of its cells is text where the second row holds a number.
bool looksLikeHeader(const std::vector<std::string>& first, const std::vector<std::string>* second)
{
    bool allText = true;
    bool textOverNumber = false;
    for (std::size_t j = 0; j < first.size(); ++j) {
        const bool text = !parseCsvNumber(first[j]);
        allText = allText && text;
        if (text && second && j < second->size() && parseCsvNumber((*second)[j]))
            textOverNumber = true;
    }
    return allText || textOverNumber;
}

}  // namespace

std::optional<double> parseCsvNumber(std::string_view text)
{
    text = trim(text, '\0');
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty() || text.front() == '+')
        return std::nullopt;
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value) || std::abs(value) > FLT_MAX)
        return std::nullopt;
    return value;
}

CsvTable readCsvTable(std::istream& in, const std::string& sourceName, char delimiter, HeaderMode header)
{
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r' || delimiter == '\0')
        throw InputError(sourceName, 0, 0, "csv.delimiter", "the delimiter cannot be a quote, a line break or NUL");
    std::vector<CsvTable::Row> rows;
    CsvTable table;
    std::string line;
    while (std::getline(in, line)) {
        ++table.lines;
        if (table.lines == 1 && line.starts_with("\xEF\xBB\xBF"))
            line.erase(0, 3);  // UTF-8 byte order mark
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (isBlank(line))
            continue;
        rows.push_back({table.lines, splitLine(line, delimiter, sourceName, table.lines)});
    }
    if (in.bad())
        throw InputError(sourceName, "the file cannot be read");

    bool hasHeader = header == HeaderMode::Present;
    if (header == HeaderMode::Auto && !rows.empty())
        hasHeader = looksLikeHeader(rows[0].cells, rows.size() > 1 ? &rows[1].cells : nullptr);
    if (hasHeader && !rows.empty()) {
        table.header = std::move(rows[0].cells);
        table.headerLine = rows[0].line;
        rows.erase(rows.begin());
    }
    const std::size_t expected = hasHeader ? table.header.size() : (rows.empty() ? 0 : rows[0].cells.size());
    for (const CsvTable::Row& row : rows) {
        if (row.cells.size() != expected) {
            const int column = int(std::min(row.cells.size(), expected)) + 1;  // first missing or extra cell
            throw InputError(sourceName, row.line, column, {},
                             "expected " + std::to_string(expected) + " columns, found " +
                                 std::to_string(row.cells.size()));
        }
    }
    table.rows = std::move(rows);
    return table;
}

}  // namespace bp
