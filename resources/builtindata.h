#pragma once
// The datasets and example presets that ship inside the programs as Qt resources.
#include "datasource.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <string>

namespace bp {

/// Returns a reader that gives the CSV text of a shipped dataset ("iris", "digits") by name.
BuiltinReader builtinReader();

/// Returns the names of the shipped presets, the two headline examples ("deep", "autoencoder") first.
QStringList presetNames();

/// Returns the JSON text of a shipped preset by name, or nothing if there is none.
std::optional<std::string> presetText(const QString& name);

/// Returns the resource path of a shipped preset (":/presets/NAME.json").
QString presetPath(const QString& name);

}  // namespace bp
