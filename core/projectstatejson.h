#pragma once
// Internal to core: the parts of a project document that version 2 added and that a trained
// project carries beside its weights — the optimizer's state and the data's columns.
//
// "optimizerState": {"velocity": "…"} for momentum, {"steps": t, "m": "…", "v": "…"} for Adam,
// each vector one float per parameter laid out as Network::parameters(), packed by FloatBase64
// (exact, and a third of the size of JSON numbers); absent for SGD.
// "columns": {"features": […], "targets": […], "classes": […], "shift": […], "scale": […]}.
#include "jsonfield.h"
#include "project.h"

namespace bp {

class ProjectStateJson {
public:
    /// Returns the optimizer state of a trained project as JSON, or null when there is none to
    /// save (SGD, untrained, or state of another optimizer); throws InputError naming the field
    /// of a value that is not finite.
    static Json optimizerJson(const Project& p);

    /// Returns the data's columns of a trained project as JSON, or null when they are unknown.
    static Json columnsJson(const Project& p);

    /// Reads "optimizerState" into p, whose network, training and weights are read already;
    /// fails naming the field when a vector is not one finite value per parameter (or v < 0).
    static void readOptimizer(const JsonField& f, Project& p);

    /// Reads "columns" into p, whose network is read already; fails naming the field when the
    /// counts do not fit the network or a scale is not positive.
    static void readColumns(const JsonField& f, Project& p);
};

}  // namespace bp
