// libFuzzer harness for the project reader: the input is the text of a project file. The reader
// may refuse anything with bp::InputError, its documented error. Everything else is a finding: any
// other exception, a crash, a sanitizer report, a leak, a timeout, or a project that reads but
// does not write and read back as itself.
#include "fuzzcheck.h"
#include "inputerror.h"
#include "projectfile.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

/// Reads one input as a project file, then saves and rereads it; returns 0 unless a promise breaks.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::optional<bp::Project> project;
    try {
        project = bp::ProjectFile::fromJson(std::string(reinterpret_cast<const char*>(data), size), "fuzz.json");
    } catch (const bp::InputError&) {
        return 0;  // the reader refused the file, as documented
    }
    // What was read must save and read back unchanged; an InputError here is a finding too.
    const std::string text = bp::ProjectFile::toJson(*project);
    bp::fuzz::require(bp::ProjectFile::fromJson(text, "fuzz.json") == *project, "a project reads back as saved");
    return 0;
}
