#pragma once
// Reads a command's options, turning every wrong one into a UsageError (exit 2).
#include <QCommandLineParser>
#include <QStringList>

namespace bp {

/// Parses arguments into parser; prints the help and exits 0 on --help, throws UsageError naming the option otherwise.
void parseArguments(QCommandLineParser& parser, const QStringList& arguments);

}  // namespace bp
