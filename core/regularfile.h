#pragma once
// Reads an input file whole, accepting only a regular file of bounded size, so that a pipe, a
// device or a huge (perhaps sparse) file is refused before anything is read from it.
#include <cstdint>
#include <string>

namespace bp {

/// Returns the bytes of the regular file at path; kind ("a CSV file") words the messages. Throws
/// InputError naming path when it cannot be opened, is not a regular file (a FIFO, a device, a
/// socket: it is opened without blocking and never read), is larger than maxBytes, or fails to read.
std::string readRegularFile(const std::string& path, std::int64_t maxBytes, const std::string& kind);

}  // namespace bp
