#pragma once
// The columns a network was trained on, as a project saves them: the names of features, targets
// and classes, and how each feature was scaled. With them a trained project predicts on new rows
// without the file it was trained on.
#include "dataset.h"

#include <string>
#include <vector>

namespace bp {

struct DataColumns {
    std::vector<std::string> features;  // one per input
    std::vector<std::string> targets;   // one per output
    std::vector<std::string> classes;   // empty for values
    Vector shift;                       // features; X = (raw − shift) / scale; both empty when unscaled
    Vector scale;                       // features, every entry > 0

    /// Returns the columns of data: its names and its scaling.
    static DataColumns of(const Dataset& data)
    {
        return {data.featureNames, data.targetNames, data.classNames, data.featureShift, data.featureScale};
    }

    /// Returns a dataset with no samples, these names and this scaling, whose scaled() scales new rows.
    Dataset withoutSamples() const
    {
        Dataset d;
        d.X.resize(Index(features.size()), 0);
        d.Y.resize(Index(targets.size()), 0);
        d.featureNames = features;
        d.targetNames = targets;
        d.classNames = classes;
        d.featureShift = shift;
        d.featureScale = scale;
        return d;
    }

    /// True when nothing is known: a project saved before it met its data, or by an older version.
    bool empty() const { return features.empty(); }

    /// True when every name and scaling entry is equal.
    bool operator==(const DataColumns& other) const
    {
        return features == other.features && targets == other.targets && classes == other.classes
               && shift.size() == other.shift.size() && shift == other.shift && scale.size() == other.scale.size()
               && scale == other.scale;
    }
};

}  // namespace bp
