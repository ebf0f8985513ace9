// backprop: train networks, print their predictions, export their pictures and time the core
// from the command line, with no display.
#include "cliexport.h"
#include "clierror.h"
#include "commands.h"
#include "inputerror.h"
#include "outofmemory.h"
#include "rawarguments.h"

#include "version.h"

#include <QGuiApplication>

#include <cstdio>
#include <string>

namespace {
const char* kUsage =
    "Usage: backprop COMMAND [options]\n"
    "\n"
    "Commands:\n"
    "  train     design and train a network (backprop train --help)\n"
    "  predict   print a trained project's predictions\n"
    "  export    write a saved project's architecture picture and loss history\n"
    "  bench     time the reference workloads\n"
    "  --version print the version\n"
    "\n"
    "Example: backprop train --dataset spiral --hidden-layers 2 --neurons 16 --epochs 500 --lr 0.02\n";

// Passes Qt's messages on as Qt would, except its note that XDG_RUNTIME_DIR is unset: the CLI
// writes nothing there, and over ssh or in CI the note would otherwise open every command's output.
QtMessageHandler qtDefault = nullptr;
void quietRuntimeDirNote(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    qtDefault(type, context, message);
}

// Returns what a command was working on, for a person: `from "file"` for the first file among
// --load, --dataset and --input, or nothing.
std::string inputOf(const QStringList& args)
{
    for (const QString& name : {QStringLiteral("--load"), QStringLiteral("--dataset"), QStringLiteral("--input")})
        for (qsizetype i = 1; i < args.size(); ++i) {
            QString value;
            if (args[i] == name && i + 1 < args.size())
                value = args[i + 1];
            else if (args[i].startsWith(name + '='))
                value = args[i].mid(name.size() + 1);
            if (!value.isEmpty() && (name != "--dataset" || value.endsWith(".csv", Qt::CaseInsensitive)))
                return " with \"" + value.toStdString() + "\"";
        }
    return {};
}
}  // namespace

int main(int argc, char* argv[])
{
    // Pictures are drawn with QPainter into images, whose text needs a QGuiApplication, and that
    // needs a platform plugin. The CLI never opens a window, so it takes the offscreen platform
    // whether or not there is a display: it runs the same over ssh, in CI and on a desktop, and
    // never waits on (or fails for) an unreachable X server. A QT_QPA_PLATFORM the user set wins.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qtDefault = qInstallMessageHandler(quietRuntimeDirNote);
    bp::RawArguments::keep(argc, argv);  // before Qt decodes them as UTF-8 and takes its own options out
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName("backprop");
    QCoreApplication::setApplicationVersion(bp::version);
    QStringList args = QCoreApplication::arguments();
    const QString command = args.size() > 1 ? args[1] : QString();
    if (command.isEmpty() || command == "--help" || command == "-h" || command == "help") {
        std::fputs(kUsage, command.isEmpty() ? stderr : stdout);
        return command.isEmpty() ? bp::ExitUsage : bp::ExitOk;
    }
    if (command == "--version" || command == "-v") {
        std::printf("backprop %s\n", bp::version);
        return bp::ExitOk;
    }
    args.removeAt(1);
    args[0] = "backprop " + command;
    try {
        if (command == "train")
            return bp::trainCommand(args);
        if (command == "predict")
            return bp::predictCommand(args);
        if (command == "export")
            return bp::exportCommand(args);
        if (command == "bench")
            return bp::benchCommand(args);
        std::fprintf(stderr, "backprop: unknown command \"%s\"\n\n%s", qPrintable(command), kUsage);
        return bp::ExitUsage;
    } catch (const bp::UsageError& e) {
        std::fprintf(stderr, "backprop: %s\n", e.what());
        return bp::ExitUsage;
    } catch (const bp::InputError& e) {
        std::fprintf(stderr, "backprop: %s\n", e.what());
        return bp::ExitBadInput;
    } catch (const std::exception& e) {
        // A design within the limits still needs memory, which the machine may not have.
        if (bp::isOutOfMemory(e))
            std::fprintf(stderr, "backprop: not enough memory to %s%s\n", qPrintable(command), inputOf(args).c_str());
        else
            std::fprintf(stderr, "backprop: %s\n", e.what());
        return bp::ExitBadInput;
    }
}
