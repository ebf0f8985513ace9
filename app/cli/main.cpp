// backprop: train, predict and benchmark networks from the command line, with no display.
#include "cliexport.h"
#include "clierror.h"
#include "commands.h"
#include "inputerror.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <exception>
#include <memory>

namespace {
const char* kUsage =
    "Usage: backprop COMMAND [options]\n"
    "\n"
    "Commands:\n"
    "  train     design and train a network (backprop train --help)\n"
    "  predict   print a trained project's predictions\n"
    "  export    write a saved project's architecture picture and loss history\n"
    "  bench     time the reference workloads\n"
    "\n"
    "Example: backprop train --dataset spiral --hidden-layers 2 --neurons 16 --epochs 500 --lr 0.02\n";
}  // namespace

int main(int argc, char* argv[])
{
    // Pictures need a QApplication (the loss chart is a widget); with no display it draws offscreen.
    std::unique_ptr<QCoreApplication> app;
    QStringList raw;
    for (int i = 0; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    if (bp::CliExport::needsImages(raw)) {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName("backprop");
    QCoreApplication::setApplicationVersion("0.1.0");
    QStringList args = QCoreApplication::arguments();
    const QString command = args.size() > 1 ? args[1] : QString();
    if (command.isEmpty() || command == "--help" || command == "-h" || command == "help") {
        std::fputs(kUsage, command.isEmpty() ? stderr : stdout);
        return command.isEmpty() ? bp::ExitUsage : bp::ExitOk;
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
        std::fprintf(stderr, "backprop: %s\n", e.what());
        return bp::ExitBadInput;
    }
}
