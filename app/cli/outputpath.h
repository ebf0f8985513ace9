#pragma once
// The check every file the CLI writes passes before any training time is spent.
#include <QCommandLineParser>

namespace bp {

/// Throws UsageError naming --option and its path when the path could not be written later: a
/// folder, not a regular file, a missing folder or one it may not write in, a name not in UTF-8.
void requireOutput(const QCommandLineParser& parser, const char* option);

}  // namespace bp
