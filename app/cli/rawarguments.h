#pragma once
// The command line's arguments as the system gave them, byte for byte. Qt decodes them as UTF-8,
// turning a byte that is not UTF-8 (a file name from an older system, 0xff) into U+FFFD, and the
// file would then be reported missing; these bytes open it.
#include <QCommandLineParser>
#include <QString>

#include <string>

namespace bp {

class RawArguments {
public:
    /// Keeps argv's bytes; call once, at the start of main.
    static void keep(int argc, const char* const* argv);

    /// Returns the bytes of --option's value as typed (the file name the system knows); the
    /// value's UTF-8 when no argument matches it.
    static std::string path(const QCommandLineParser& parser, const char* option);

    /// Throws UsageError naming --option when its value, a file name, is not valid UTF-8:
    /// for a file the program writes or stores in a project, whose names are UTF-8 text.
    static void requireUtf8(const QCommandLineParser& parser, const char* option);
};

}  // namespace bp
