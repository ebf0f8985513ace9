#pragma once
// Reads a command's options, turning every wrong one into a UsageError (exit 2).
#include "clierror.h"
#include "namedvalue.h"

#include <QCommandLineParser>
#include <QStringList>

#include <string>

namespace bp {

/// Parses arguments into parser; prints the help and exits 0 on --help, throws UsageError naming the option otherwise.
void parseArguments(QCommandLineParser& parser, const QStringList& arguments);

/// Returns text, a value of --option, as a whole number in [lo, hi]; throws UsageError naming --option otherwise.
int wholeNumber(const QString& text, const char* option, int lo, int hi);

/// Returns the value whose name in table is text (trimmed), a value of --option; throws UsageError
/// naming --option and listing the names otherwise.
template <typename E, std::size_t N>
E choiceOption(const NamedValue<E> (&table)[N], const QString& text, const char* option)
{
    if (const auto value = valueOf(table, text.trimmed().toStdString()))
        return *value;
    throw UsageError("--" + std::string(option) + ": expected " + nameList(table) + ", got \"" + text.toStdString() + "\"");
}

}  // namespace bp
