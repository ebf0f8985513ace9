#pragma once
// The words for a system error (errno) in messages about files, from one table: the causes a
// person meets most (a full disk, a read-only disk) in plain words, the rest as the system says them.
#include <string>

namespace bp {

/// Returns error's cause in lower case, to follow "cannot be written: " ("no space left on the device").
std::string systemErrorText(int error);

}  // namespace bp
