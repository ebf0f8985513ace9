#pragma once
// Turns `backprop train` options into a project: a preset or saved project, then the options
// the user gave on top of it.
#include "clierror.h"
#include "inputerror.h"
#include "project.h"

#include <QCommandLineParser>

#include <optional>

namespace bp {

/// Adds the design and training options of `backprop train` to parser.
void addProjectOptions(QCommandLineParser& parser);

/// Builds the project the parsed options describe; throws UsageError for a bad option value
/// and InputError for a preset or project file that cannot be read.
Project projectFromOptions(const QCommandLineParser& parser);

/// True when the data, once read, chooses the output activation and loss (Session's fitOutput):
/// --dataset is given without --output-activation or --loss.
bool fitsOutput(const QCommandLineParser& parser);

/// Returns the usage error naming the options behind error, a design error Session found in
/// project; nothing when no option the user gave set the field it names (the preset or file did).
std::optional<UsageError> optionError(const QCommandLineParser& parser, const Project& project, const InputError& error);

}  // namespace bp
