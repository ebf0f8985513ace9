#pragma once
// Internal to core: a project file stores its dataset's path relative to itself, so a folder
// holding both can move. Version 1 files stored it as given, relative to the current directory.
#include <string>

namespace bp {

class ProjectPaths {
public:
    /// Returns dataPath (absolute, or relative to the current directory) as the project file at
    /// projectPath stores it: relative to the project's folder, with forward slashes; absolute
    /// only when no relative path leads there (another drive). Empty stays empty.
    static std::string stored(const std::string& dataPath, const std::string& projectPath);

    /// Returns the path a project file at projectPath stored, usable from the current directory:
    /// a relative path is taken from the project's folder (version 2) or, in a version 1 file,
    /// from the current directory when the file is there and from the project's folder otherwise.
    /// Absolute and empty paths are returned as they are.
    static std::string resolved(const std::string& storedPath, const std::string& projectPath, int version);
};

}  // namespace bp
