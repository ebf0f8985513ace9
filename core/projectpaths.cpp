#include "projectpaths.h"

#include <filesystem>
#include <system_error>

namespace bp {

namespace fs = std::filesystem;

std::string ProjectPaths::stored(const std::string& dataPath, const std::string& projectPath)
{
    if (dataPath.empty())
        return dataPath;
    std::error_code ec;
    const fs::path data = fs::absolute(dataPath, ec).lexically_normal();
    const fs::path folder = fs::absolute(projectPath, ec).lexically_normal().parent_path();
    if (ec)
        return dataPath;
    const fs::path relative = data.lexically_relative(folder);
    return relative.empty() ? data.generic_string() : relative.generic_string();
}

std::string ProjectPaths::resolved(const std::string& storedPath, const std::string& projectPath, int version)
{
    const fs::path path(storedPath);
    if (storedPath.empty() || path.is_absolute())
        return storedPath;
    std::error_code ec;
    if (version < 2 && fs::exists(path, ec))
        return storedPath;
    return (fs::path(projectPath).parent_path() / path).lexically_normal().generic_string();
}

}  // namespace bp
