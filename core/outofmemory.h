#pragma once
// Allocation failure, as every top level (the CLI's main, the studio's slots and jobs) tells it
// apart from other errors to say "not enough memory" instead of dying.
#include <exception>
#include <new>
#include <stdexcept>

namespace bp {

/// True when e is an allocation failure: std::bad_alloc, or std::length_error (a size past what
/// a container can hold).
inline bool isOutOfMemory(const std::exception& e)
{
    return dynamic_cast<const std::bad_alloc*>(&e) != nullptr || dynamic_cast<const std::length_error*>(&e) != nullptr;
}

}  // namespace bp
