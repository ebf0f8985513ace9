#include "csvtable.h"

#include "csvdelimiter.h"
#include "designlimits.h"
#include "inputerror.h"

#include <csv.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <iterator>
#include <memory>

namespace bp {

namespace {

// Collects libcsv's cells into a table's packed store, with the line on which each row begins.
// A callback cannot throw through libcsv's C code, so the first problem is kept for the caller.
struct RowCollector {
    CsvTable& table;
    std::size_t cells = 0;    // cells of the row being read
    std::size_t width = 0;    // the first row's cells; 0 before it ends
    int line = 0;             // the line being fed
    int rowLine = 0;          // where the row being read began; 0 before it has
    int cellLine = 0;         // where the cell being read began, once the row has a cell
    int problemLine = 0;      // with problem: the line where its row begins
    int problemColumn = 0;    // with problem: the column it concerns
    std::string problem;      // the first problem found

    explicit RowCollector(CsvTable& t) : table(t) {}

    static void onCell(void* text, std::size_t size, void* self)
    {
        auto* c = static_cast<RowCollector*>(self);
        c->cellLine = c->line;  // the next cell begins after this delimiter, on this line
        if (!c->problem.empty())
            return;
        if (c->table.ends.size() >= std::size_t(limits::maxDatasetValues))
            return c->fail(int(c->cells) + 1, "the file holds more than " + std::to_string(limits::maxDatasetValues)
                                                  + " cells; a dataset may hold at most that many values");
        if (c->table.text.size() + size > UINT32_MAX)
            return c->fail(int(c->cells) + 1, "the file's cells hold more than 4 GiB of text");
        c->table.text.append(static_cast<const char*>(text), size);
        c->table.ends.push_back(std::uint32_t(c->table.text.size()));
        ++c->cells;
    }

    static void onRowEnd(int, void* self)
    {
        auto* c = static_cast<RowCollector*>(self);
        if (!c->problem.empty())
            return;  // the caller throws once this line is parsed
        if (c->width == 0)
            c->width = c->cells;
        if (c->cells != c->width)
            return c->fail(int(std::min(c->cells, c->width)) + 1,  // the first missing or extra cell
                           "expected " + std::to_string(c->width) + " columns, found " + std::to_string(c->cells));
        c->table.rowLines.push_back(c->rowLine);
        c->cells = 0;
        c->rowLine = 0;
    }

    // Keeps the first problem, in the row being read, at column.
    void fail(int column, std::string message)
    {
        if (problem.empty()) {
            problemLine = rowLine;
            problemColumn = column;
            problem = std::move(message);
        }
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

// Splits text into the table's packed rows with libcsv, fed one line at a time so that each cell
// knows its line.
void tokenise(std::string_view text, char delimiter, const std::string& source, CsvTable& table)
{
    csv_parser state;
    if (csv_init(&state, CSV_STRICT | CSV_STRICT_FINI) != 0)
        throw InputError(source, "there is not enough memory to read the file");
    const Parser parser(&state, csv_free);
    csv_set_delim(parser.get(), static_cast<unsigned char>(delimiter));
    RowCollector c(table);
    const auto reportProblem = [&] {
        if (!c.problem.empty())
            throw InputError(source, c.problemLine, c.problemColumn, {}, c.problem);
    };
    while (!text.empty()) {
        const std::string_view line = text.substr(0, lineLength(text));
        text.remove_prefix(line.size());
        c.line = ++table.lines;
        if (c.rowLine == 0 && hasContent(line, delimiter))
            c.rowLine = c.cellLine = c.line;
        if (csv_parse(parser.get(), line.data(), line.size(), RowCollector::onCell, RowCollector::onRowEnd, &c) != line.size()) {
            if (csv_error(parser.get()) != CSV_EPARSE)
                throw InputError(source, c.line, 0, {}, "there is not enough memory to read the file");
            throw InputError(source, c.line, int(c.cells) + 1, {},
                             parser->quoted ? "unexpected text after the closing quote"
                                            : "a quote inside a cell that does not begin with one; quote the whole "
                                              "cell and write a quote in it as \"\"");
        }
        reportProblem();
    }
    if (csv_fini(parser.get(), RowCollector::onCell, RowCollector::onRowEnd, &c) != 0)
        throw InputError(source, c.cellLine, int(c.cells) + 1, {}, "the quote opened in this cell is never closed");
    reportProblem();
    table.width = int(c.width);
}

// Auto header rule: the first row names the columns when every cell of it is text, or when one
// of its cells is text where the second row holds a number.
bool looksLikeHeader(const CsvTable& t)
{
    bool allText = true;
    bool textOverNumber = false;
    for (std::size_t j = 0; j < std::size_t(t.width); ++j) {
        const bool text = !parseCsvNumber(t.cell(0, j));
        allText = allText && text;
        if (text && t.rows() > 1 && parseCsvNumber(t.cell(1, j)))
            textOverNumber = true;
    }
    return allText || textOverNumber;
}

// Moves the first row of t's cells into its header.
void takeHeader(CsvTable& t)
{
    const std::size_t width = std::size_t(t.width);
    for (std::size_t j = 0; j < width; ++j)
        t.header.emplace_back(t.cell(0, j));
    t.headerLine = t.rowLines.front();
    const std::uint32_t used = t.ends[width - 1];
    t.text.erase(0, used);
    t.ends.erase(t.ends.begin(), t.ends.begin() + std::ptrdiff_t(width));
    for (std::uint32_t& end : t.ends)
        end -= used;
    t.rowLines.erase(t.rowLines.begin());
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
    tokenise(view, resolveDelimiter(delimiter, view), sourceName, table);
    if (table.rows() > 0 && (header == HeaderMode::Present || (header == HeaderMode::Auto && looksLikeHeader(table))))
        takeHeader(table);
    return table;
}

}  // namespace bp
