#include "regularfile.h"

#include "inputerror.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bp {

namespace {

// Returns bytes as a person reads a size: "256 MiB", "3 KiB", "17 bytes".
std::string sizeText(std::int64_t bytes)
{
    if (bytes >= (std::int64_t(1) << 20) && bytes % (std::int64_t(1) << 20) == 0)
        return std::to_string(bytes >> 20) + " MiB";
    return std::to_string(bytes) + " bytes";
}

// Closes the descriptor when the read ends, however it ends.
struct Descriptor {
    int fd;
    ~Descriptor() { if (fd >= 0) ::close(fd); }
};

}  // namespace

std::string readRegularFile(const std::string& path, std::int64_t maxBytes, const std::string& kind)
{
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait for one forever.
    const Descriptor file{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC)};
    if (file.fd < 0)
        throw InputError(path, std::string("the file cannot be opened: ") + std::strerror(errno));
    struct stat info {};
    if (::fstat(file.fd, &info) != 0)
        throw InputError(path, std::string("the file cannot be read: ") + std::strerror(errno));
    if (!S_ISREG(info.st_mode))
        throw InputError(path, "not a regular file (a pipe, device or socket); " + kind + " must be a file on disk");
    if (std::int64_t(info.st_size) > maxBytes)
        throw InputError(path, "the file is " + sizeText(info.st_size) + "; " + kind + " may be at most "
                                   + sizeText(maxBytes));
    std::string bytes(std::size_t(info.st_size), '\0');
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::read(file.fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            throw InputError(path, std::string("the file cannot be read: ") + std::strerror(errno));
        if (n == 0)
            break;  // the file shrank while it was read: keep what is there
        done += std::size_t(n);
    }
    bytes.resize(done);  // a file that grew meanwhile is read as it was when it was opened
    return bytes;
}

}  // namespace bp
