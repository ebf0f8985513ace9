#pragma once
// A project file as version 1 wrote it (before optimizer state, data columns and relative dataset
// paths), kept so that every later version is tested on reading it.
#include <string>

namespace resumetest {

/// Returns a trained version 1 project: a CSV at dataPath (as given: absolute, or relative to the
/// current directory), a 2 → 3 → 2 network (softmax, for the classes a and b) trained with momentum for three epochs.
inline std::string versionOneProject(const std::string& dataPath)
{
    return R"({
  "format": "backprop-studio-project",
  "version": 1,
  "name": "Old",
  "description": "Written before version 2.",
  "dataset": {
    "kind": "csv", "name": "", "path": ")" + dataPath + R"(", "samples": 400, "noise": 0.1, "classes": 3, "seed": 1,
    "csv": {"header": "auto", "delimiter": ",", "targets": [], "targetKind": "auto", "scaling": "standardize"},
    "autoencoder": false
  },
  "network": {
    "inputs": 2, "init": "glorot", "leakySlope": 0.01,
    "layers": [{"neurons": 3, "activation": "tanh"}, {"neurons": 2, "activation": "softmax"}]
  },
  "training": {
    "loss": "cce",
    "optimizer": {"name": "momentum", "learningRate": 0.1, "momentum": 0.9, "beta1": 0.9, "beta2": 0.999, "epsilon": 1e-08},
    "epochs": 6, "batchSize": 4, "shuffle": true, "validationSplit": 0.0, "seed": 1
  },
  "weights": [
    {"W": [[0.5, -0.25], [0.125, 0.75], [-0.5, 0.3]], "b": [0.0, 0.1, -0.1]},
    {"W": [[1.0, -1.0, 0.5], [-0.75, 0.25, 0.0]], "b": [0.2, -0.2]}
  ],
  "history": [
    {"epoch": 1, "train": 0.7, "validation": null, "accuracy": 0.5, "validationAccuracy": null},
    {"epoch": 2, "train": 0.6, "validation": null, "accuracy": 0.625, "validationAccuracy": null},
    {"epoch": 3, "train": 0.55, "validation": null, "accuracy": 0.75, "validationAccuracy": null}
  ]
}
)";
}

}  // namespace resumetest
