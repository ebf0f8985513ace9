#pragma once
// Internal to core: turns the text of a project document into a Project, checking every field.
#include "project.h"

#include <string>

namespace bp {

class ProjectReader {
public:
    /// Makes a reader whose errors name sourceName as the file. With projectPath, the file's
    /// place, the dataset's relative path is resolved from it (see ProjectPaths::resolved).
    explicit ProjectReader(std::string sourceName, std::string projectPath = {})
        : file_(std::move(sourceName)), projectPath_(std::move(projectPath))
    {
    }

    /// Parses and validates text; throws InputError with the JSON path (or the line and column,
    /// when the text is not JSON) of the first problem.
    Project read(const std::string& text) const;

private:
    std::string file_;
    std::string projectPath_;
};

}  // namespace bp
