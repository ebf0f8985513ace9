#pragma once
// Names the fields of a project as a person reads them in the studio's form ("Hidden layer 2",
// "Output layer", "Loss"), so no message shown to a person carries a JSON path.
#include <cstddef>
#include <string>
#include <string_view>

namespace bp {

class InputError;

/// Names the field at path, a project path ("network.layers[1].activation", "dataset.samples") or
/// a spec path ("layers[1].neurons", "loss"), as the studio's form labels it; layers counts the
/// network's layers with the output layer, to tell it from the hidden ones. An unknown path is
/// returned unchanged.
std::string fieldTitle(std::string_view path, std::size_t layers);

/// Returns error's text for a person: as what() gives it, but with the field named by fieldTitle.
std::string readableError(const InputError& error, std::size_t layers);

}  // namespace bp
