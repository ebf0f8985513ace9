#include "cliparse.h"

#include "clierror.h"

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

}  // namespace bp
