#pragma once
// Reads and writes projects as one versioned JSON document, and moves weights between a
// project and a live network.
//
// The document: {"format": "backprop-studio-project", "version": 2, "name", "description",
// "dataset", "network", "training", "weights", "history", "optimizerState", "columns"}. A preset
// is a project file without weights and what follows them. Version 2 added the last two and stores
// the dataset's path relative to the file; version 1 files still load. Every problem found when reading is an InputError naming the file and
// the JSON path of the field ("network.layers[2].activation").
#include "inputerror.h"
#include "network.h"
#include "project.h"

#include <string>

namespace bp {

class ProjectFile {
public:
    static constexpr const char* format = "backprop-studio-project";
    static constexpr int version = 2;  // the newest version this build reads and the one it writes

    /// Returns the project as a JSON document whose floats read back bit-identical; throws
    /// InputError naming the field if a weight or loss is not finite (JSON cannot hold it).
    static std::string toJson(const Project& project);

    /// Parses and validates a document; throws InputError(file = sourceName, field = JSON path,
    /// or line and column when the text is not JSON) on the first problem.
    static Project fromJson(const std::string& text, const std::string& sourceName);

    /// Reads the project file at path, its dataset's relative path taken from the file's folder; throws InputError naming the path if it cannot be read, is
    /// not a regular file, is larger than limits::maxProjectBytes, or is invalid.
    static Project load(const std::string& path);

    /// Writes the project to path, its dataset's path relative to path's folder, through a SafeFile: on failure it throws InputError naming the
    /// path and the cause, and leaves any existing file untouched.
    static void save(const Project& project, const std::string& path);

    /// Copies the network's weights and biases into the project; throws InputError if the
    /// network's layer shapes differ from project.network's.
    static void storeWeights(Project& project, const Network& net);

    /// Copies the project's weights and biases into the network; throws InputError if the project
    /// is untrained or a shape differs.
    static void applyWeights(const Project& project, Network& net);
};

}  // namespace bp
