#pragma once
// The subcommands of `backprop`; each takes its own arguments (argv[0] is the subcommand) and
// returns the process exit code (see clierror.h).
#include <QStringList>

namespace bp {

/// `backprop train`: trains a network and prints its progress and a summary.
int trainCommand(const QStringList& arguments);

/// `backprop predict`: prints a trained project's predictions.
int predictCommand(const QStringList& arguments);

/// `backprop export`: writes a saved project's architecture picture and loss history without training.
int exportCommand(const QStringList& arguments);

/// `backprop bench`: times the reference workloads and prints one RESULT line per run.
int benchCommand(const QStringList& arguments);

}  // namespace bp
