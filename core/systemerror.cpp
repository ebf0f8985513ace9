#include "systemerror.h"

#include <cerrno>
#include <system_error>

namespace bp {

namespace {
struct Cause {
    int error;
    const char* text;
};

// The causes worded for a person; every other error keeps the system's own words.
constexpr Cause causes[] = {
    {ENOSPC, "no space left on the device"},
    {EDQUOT, "the disk quota is used up"},
    {EROFS, "the file system is read-only"},
    {EFBIG, "file too large for the file system or the size limit"},
    {EACCES, "permission denied"},
    {EPERM, "operation not permitted"},
    {ELOOP, "too many levels of symbolic links"},
};
}  // namespace

std::string systemErrorText(int error)
{
    for (const Cause& c : causes)
        if (c.error == error)
            return c.text;
    std::string text = std::error_code(error, std::generic_category()).message();
    if (text.empty() || text.starts_with("Unknown error"))
        return "system error " + std::to_string(error);
    if (text[0] >= 'A' && text[0] <= 'Z' && !(text.size() > 1 && text[1] >= 'A' && text[1] <= 'Z'))
        text[0] = char(text[0] - 'A' + 'a');
    return text;
}

}  // namespace bp
