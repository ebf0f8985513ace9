#include "builtindata.h"
#include "cliexport.h"
#include "clierror.h"
#include "cliparse.h"
#include "commands.h"
#include "inputerror.h"
#include "interruptflag.h"
#include "outputpath.h"
#include "projectfile.h"
#include "rawarguments.h"
#include "session.h"

#include <QCommandLineParser>

namespace bp {

int exportCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription("Write a saved project's pictures and loss history without training.");
    parser.addHelpOption();
    parser.addOption({"load", "The project (trained or not) to export from.", "project"});
    parser.addOption({"architecture", "Write the network graph as a picture (.png or .svg).", "file"});
    parser.addOption({"loss", "Write the loss history as a table (.csv) or a chart (.png).", "file"});
    CliExport::addOptions(parser, false);
    parseArguments(parser, arguments);
    if (!parser.positionalArguments().isEmpty())
        throw UsageError("export: unexpected argument \"" + parser.positionalArguments().first().toStdString() + "\"");
    if (!parser.isSet("load"))
        throw UsageError("export: --load PROJECT is required");

    // --architecture and --loss are the short spellings of the train command's --export-* options.
    for (const char* name : {"architecture", "loss", "export-architecture", "export-loss"})
        if (parser.isSet(name))
            requireOutput(parser, name);  // named as the user gave it, before the project is read
    QStringList forwarded{arguments.value(0)};
    for (const char* name : {"architecture", "loss"})
        if (parser.isSet(name))
            forwarded << QStringLiteral("--export-%1=%2").arg(name, parser.value(name));
    if (parser.isSet("export-architecture"))
        forwarded << "--export-architecture=" + parser.value("export-architecture");
    if (parser.isSet("export-loss"))
        forwarded << "--export-loss=" + parser.value("export-loss");
    if (parser.isSet("scale"))
        forwarded << "--scale=" + parser.value("scale");
    QCommandLineParser exportParser;
    CliExport::addOptions(exportParser, false);
    exportParser.parse(forwarded);
    CliExport exports(exportParser);
    if (!exports.any())
        throw UsageError("export: nothing to write; give --architecture FILE and/or --loss FILE");

    const std::string path = RawArguments::path(parser, "load");
    const Project project = ProjectFile::load(path);
    const InterruptFlag interrupt(true);  // Ctrl-C removes the file being written, then quits
    try {
        const Session session(project, builtinReader());
        exports.write(session);
    } catch (const InputError& e) {
        throw e.in(path);
    }
    return ExitOk;
}

}  // namespace bp
