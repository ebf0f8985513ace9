#pragma once
// Reads a command's options, turning every wrong one into a UsageError (exit 2).
#include <QCommandLineParser>
#include <QStringList>

namespace bp {

/// Parses arguments into parser; prints the help and exits 0 on --help, throws UsageError naming the option otherwise.
void parseArguments(QCommandLineParser& parser, const QStringList& arguments);

/// Returns text, a value of --option, as a whole number in [lo, hi]; throws UsageError naming --option otherwise.
int wholeNumber(const QString& text, const char* option, int lo, int hi);

}  // namespace bp
