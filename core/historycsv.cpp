#include "historycsv.h"

#include "inputerror.h"
#include "safefile.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>

namespace bp {

namespace {

constexpr const char* kHeader = "epoch,train_loss,validation_loss,accuracy,validation_accuracy";
constexpr int kColumns = 5;

// %.9g is enough digits for any float to read back as the same float.
void putNumber(std::string& out, std::optional<Scalar> v)
{
    out += ',';
    if (!v)
        return;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.9g", double(*v));
    out += buffer;
}

std::vector<std::string> splitCells(const std::string& line)
{
    std::vector<std::string> cells(1);
    for (char c : line) {
        if (c == ',')
            cells.emplace_back();
        else if (c != '\r')
            cells.back() += c;
    }
    return cells;
}

std::optional<Scalar> parseCell(const std::string& cell, const std::string& source, int line, int column)
{
    if (cell.empty())
        return std::nullopt;
    errno = 0;
    char* end = nullptr;
    const float v = std::strtof(cell.c_str(), &end);
    if (end != cell.c_str() + cell.size() || errno == ERANGE)
        throw InputError(source, line, column, {}, "not a number: \"" + cell + "\"");
    return Scalar(v);
}

}  // namespace

std::string historyToCsv(const std::vector<HistoryEntry>& history)
{
    std::string out = kHeader;
    out += '\n';
    for (const HistoryEntry& e : history) {
        out += std::to_string(e.epoch);
        putNumber(out, e.trainLoss);
        putNumber(out, e.validationLoss);
        putNumber(out, e.accuracy);
        putNumber(out, e.validationAccuracy);
        out += '\n';
    }
    return out;
}

void saveHistoryCsv(const std::vector<HistoryEntry>& history, const std::string& path)
{
    SafeFile::writeAll(path, historyToCsv(history));
}

std::vector<HistoryEntry> historyFromCsv(const std::string& text, const std::string& sourceName)
{
    std::istringstream in(text);
    std::string row;
    int line = 0;
    std::vector<HistoryEntry> history;
    while (std::getline(in, row)) {
        ++line;
        if (!row.empty() && row.back() == '\r')
            row.pop_back();
        if (line == 1) {
            if (row != kHeader)
                throw InputError(sourceName, 1, 1, {}, std::string("expected the header \"") + kHeader + "\"");
            continue;
        }
        if (row.empty())
            continue;
        const std::vector<std::string> cells = splitCells(row);
        if (int(cells.size()) != kColumns)
            throw InputError(sourceName, line, 0, {},
                             "expected " + std::to_string(kColumns) + " cells, found " + std::to_string(cells.size()));
        HistoryEntry e;
        const auto epoch = parseCell(cells[0], sourceName, line, 1);
        if (!epoch || *epoch < 1 || *epoch != std::floor(*epoch))
            throw InputError(sourceName, line, 1, {}, "the epoch must be a whole number from 1");
        e.epoch = int(*epoch);
        const auto loss = parseCell(cells[1], sourceName, line, 2);
        if (!loss)
            throw InputError(sourceName, line, 2, {}, "the training loss is missing");
        e.trainLoss = *loss;
        e.validationLoss = parseCell(cells[2], sourceName, line, 3);
        e.accuracy = parseCell(cells[3], sourceName, line, 4);
        e.validationAccuracy = parseCell(cells[4], sourceName, line, 5);
        history.push_back(e);
    }
    if (line == 0)
        throw InputError(sourceName, "the file is empty");
    return history;
}

}  // namespace bp
