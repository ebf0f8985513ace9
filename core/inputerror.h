#pragma once
// The error for bad user input: it says what is wrong and where (file, line, column or field).
#include <stdexcept>
#include <string>

namespace bp {

class InputError : public std::runtime_error {
public:
    /// Makes an error whose what() reads "file:line:column: message" (parts that are unknown left out)
    /// or "file: field: message" when a field (a JSON path such as "layers[2].activation") is named.
    InputError(std::string file, int line, int column, std::string field, const std::string& message)
        : std::runtime_error(compose(file, line, column, field, message)), file(std::move(file)),
          line(line), column(column), field(std::move(field)), message(message)
    {
    }

    /// Makes an empty error (no place, no message), for containers that need one to copy into.
    InputError() : InputError({}, 0, 0, {}, {}) {}

    /// Shorthand for an error that names a file and a message only.
    InputError(std::string file, const std::string& message) : InputError(std::move(file), 0, 0, {}, message) {}

    /// Returns this error as found in source (a project file): naming source when it names no file
    /// yet, unchanged when it names its own (a CSV file's line and column), so the file is said once.
    InputError in(const std::string& source) const
    {
        return file.empty() ? InputError(source, line, column, field, message) : *this;
    }

    std::string file;   // path or name of the input; empty if none
    int line = 0;       // 1-based; 0 if not known
    int column = 0;     // 1-based; 0 if not known
    std::string field;  // JSON path or option name; empty if none
    std::string message;

private:
    static std::string compose(const std::string& file, int line, int column, const std::string& field,
                               const std::string& message)
    {
        std::string where = file;
        if (line > 0)
            where += (where.empty() ? "line " : ":") + std::to_string(line);
        if (column > 0)
            where += (line > 0 ? ":" : (where.empty() ? "column " : ":")) + std::to_string(column);
        if (!field.empty())
            where += (where.empty() ? "" : ": ") + field;
        return where.empty() ? message : where + ": " + message;
    }
};

}  // namespace bp
