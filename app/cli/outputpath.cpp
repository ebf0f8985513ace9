#include "outputpath.h"

#include "clierror.h"
#include "inputerror.h"
#include "rawarguments.h"
#include "safefile.h"

#include <string>

namespace bp {

void requireOutput(const QCommandLineParser& parser, const char* option)
{
    RawArguments::requireUtf8(parser, option);
    try {
        SafeFile::requireWritable(RawArguments::path(parser, option));
    } catch (const InputError& e) {
        throw UsageError("--" + std::string(option) + ": " + e.what());
    }
}

}  // namespace bp
