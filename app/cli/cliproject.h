#pragma once
// Turns `backprop train` options into a project: a preset or saved project, then the options
// the user gave on top of it.
#include "project.h"

#include <QCommandLineParser>

namespace bp {

/// Adds the design and training options of `backprop train` to parser.
void addProjectOptions(QCommandLineParser& parser);

/// Builds the project the parsed options describe; throws UsageError for a bad option value
/// and InputError for a preset or project file that cannot be read.
Project projectFromOptions(const QCommandLineParser& parser);

}  // namespace bp
