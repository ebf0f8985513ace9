#include "cliparse.h"

#include "clierror.h"

#include <string>

namespace bp {

void parseArguments(QCommandLineParser& parser, const QStringList& arguments)
{
    // parse() rather than process(): process() exits 1 by itself on an unknown option or a missing
    // value, and the README promises exit 2 for every usage error.
    if (!parser.parse(arguments))
        throw UsageError(parser.errorText().toStdString() + " (" + arguments.value(0).toStdString() + " --help lists the options)");
    if (parser.isSet("help"))
        parser.showHelp(0);
}

int wholeNumber(const QString& text, const char* option, int lo, int hi)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < lo || v > hi)
        throw UsageError("--" + std::string(option) + ": expected a whole number in [" + std::to_string(lo) + ", "
                         + std::to_string(hi) + "], got \"" + text.toStdString() + "\"");
    return v;
}

}  // namespace bp
