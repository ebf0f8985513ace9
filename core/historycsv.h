#pragma once
// The loss history as CSV: one row per epoch, floats written so they read back bit-identical.
//
// Columns: epoch,train_loss,validation_loss,accuracy,validation_accuracy. An absent value
// (no validation set, not a classifier) is an empty cell; accuracies are fractions in [0, 1].
#include "epochreport.h"

#include <string>
#include <vector>

namespace bp {

/// Returns the history as CSV text with a header row and one row per entry, in order.
std::string historyToCsv(const std::vector<HistoryEntry>& history);

/// Writes historyToCsv(history) to path through a SafeFile; throws InputError naming the path and
/// the cause on failure, leaving the old file (if any) and no partial one.
void saveHistoryCsv(const std::vector<HistoryEntry>& history, const std::string& path);

/// Parses text written by historyToCsv; throws InputError(sourceName, line, column) on a bad cell.
std::vector<HistoryEntry> historyFromCsv(const std::string& text, const std::string& sourceName);

}  // namespace bp
