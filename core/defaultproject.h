#pragma once
// The design a new project starts from, in the studio and on the command line alike.
#include "project.h"

namespace bp {

/// Returns the first design: XOR through two small tanh layers, which learns in a few seconds.
Project defaultProject();

}  // namespace bp
