#include "csvtable.h"

#include "csvdelimiter.h"
#include "inputerror.h"

#include <csv.h>

#include <iterator>
#include <memory>

namespace bp {

namespace {

// Collects libcsv's cells into rows, with the line on which each row begins.
struct RowCollector {
    std::vector<CsvTable::Row> rows;
    std::vector<std::string> cells;  // the row being read
    int line = 0;                    // the line being fed
    int rowLine = 0;                 // where the row being read began; 0 before it has
    int cellLine = 0;                // where the cell being read began, once the row has a cell

    static void onCell(void* text, std::size_t size, void* self)
    {
        auto* c = static_cast<RowCollector*>(self);
        c->cells.emplace_back(static_cast<const char*>(text), size);
        c->cellLine = c->line;  // the next cell begins after this delimiter, on this line
    }

    static void onRowEnd(int, void* self)
    {
        auto* c = static_cast<RowCollector*>(self);
        c->rows.push_back({c->rowLine, std::move(c->cells)});
        c->cells.clear();
        c->rowLine = 0;
    }
};

using Parser = std::unique_ptr<csv_parser, void (*)(csv_parser*)>;

// Returns the length of the line at the start of text, its ending (CR, LF or CRLF) included.
std::size_t lineLength(std::string_view text)
{
    const std::size_t end = text.find_first_of("\r\n");
    if (end == std::string_view::npos)
        return text.size();
    return end + (text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n' ? 2 : 1);
}

// True when a line holds something other than spaces (and tabs, unless a tab separates cells).
bool hasContent(std::string_view line, char delimiter)
{
    for (const char c : line)
        if (c != ' ' && c != '\r' && c != '\n' && (c != '\t' || delimiter == '\t'))
            return true;
    return false;
}

// Splits text into rows with libcsv, fed one line at a time so that each cell knows its line.
std::vector<CsvTable::Row> tokenise(std::string_view text, char delimiter, const std::string& source, int& lines)
{
    csv_parser state;
    if (csv_init(&state, CSV_STRICT | CSV_STRICT_FINI) != 0)
        throw InputError(source, "there is not enough memory to read the file");
    const Parser parser(&state, csv_free);
    csv_set_delim(parser.get(), static_cast<unsigned char>(delimiter));
    RowCollector c;
    while (!text.empty()) {
        const std::string_view line = text.substr(0, lineLength(text));
        text.remove_prefix(line.size());
        c.line = ++lines;
        if (c.rowLine == 0 && hasContent(line, delimiter))
            c.rowLine = c.cellLine = c.line;
        if (csv_parse(parser.get(), line.data(), line.size(), RowCollector::onCell, RowCollector::onRowEnd, &c) != line.size()) {
            if (csv_error(parser.get()) != CSV_EPARSE)
                throw InputError(source, c.line, 0, {}, "there is not enough memory to read the file");
            throw InputError(source, c.line, int(c.cells.size()) + 1, {},
                             parser->quoted ? "unexpected text after the closing quote"
                                            : "a quote inside a cell that does not begin with one; quote the whole "
                                              "cell and write a quote in it as \"\"");
        }
    }
    if (csv_fini(parser.get(), RowCollector::onCell, RowCollector::onRowEnd, &c) != 0)
        throw InputError(source, c.cellLine, int(c.cells.size()) + 1, {}, "the quote opened in this cell is never closed");
    return std::move(c.rows);
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

CsvTable readCsvTable(std::istream& in, const std::string& sourceName, Delimiter delimiter, HeaderMode header)
{
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad())
        throw InputError(sourceName, "the file cannot be read");
    return readCsvTable(std::string_view(text), sourceName, delimiter, header);
}

CsvTable readCsvTable(std::string_view text, const std::string& sourceName, Delimiter delimiter, HeaderMode header)
{
    std::string_view view = text;
    if (view.starts_with("\xEF\xBB\xBF"))
        view.remove_prefix(3);  // UTF-8 byte order mark
    CsvTable table;
    std::vector<CsvTable::Row> rows = tokenise(view, resolveDelimiter(delimiter, view), sourceName, table.lines);

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
