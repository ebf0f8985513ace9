#pragma once
// Internal to core: turns the text of a project document into a Project, checking every field.
#include "project.h"

#include <string>

namespace bp {

class ProjectReader {
public:
    /// Makes a reader whose errors name sourceName as the file.
    explicit ProjectReader(std::string sourceName) : file_(std::move(sourceName)) {}

    /// Parses and validates text; throws InputError with the JSON path (or the line and column,
    /// when the text is not JSON) of the first problem.
    Project read(const std::string& text) const;

private:
    std::string file_;
};

}  // namespace bp
