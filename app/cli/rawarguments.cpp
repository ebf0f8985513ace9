#include "rawarguments.h"

#include "clierror.h"

#include <QFile>

#include <vector>

namespace bp {

namespace {
std::vector<std::string>& arguments()
{
    static std::vector<std::string> kept;
    return kept;
}

bool isUtf8(const std::string& bytes)
{
    const QByteArray raw = QByteArray::fromStdString(bytes);
    return QString::fromUtf8(raw).toUtf8() == raw;  // an invalid byte comes back as U+FFFD's three
}
}  // namespace

void RawArguments::keep(int argc, const char* const* argv)
{
    arguments().assign(argv, argv + argc);
}

std::string RawArguments::path(const QCommandLineParser& parser, const char* option)
{
    const QString value = parser.value(option);
    const std::string flag = "--" + std::string(option) + "=";
    for (const std::string& a : arguments()) {
        // "--option value" gives the value as its own argument, "--option=value" after the '='.
        const std::string candidate = a.starts_with(flag) ? a.substr(flag.size()) : a;
        if (QString::fromLocal8Bit(candidate.c_str()) == value)
            return candidate;
    }
    return QFile::encodeName(value).toStdString();
}

void RawArguments::requireUtf8(const QCommandLineParser& parser, const char* option)
{
    if (!isUtf8(path(parser, option)))
        throw UsageError("--" + std::string(option) + ": the file name \"" + parser.value(option).toStdString()
                         + "\" is not valid UTF-8; give the file a UTF-8 name");
}

}  // namespace bp
