#pragma once
// A table of samples: features X and targets Y, one column per sample.
#include "tensor.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace bp {

struct Dataset {
    std::string name;
    Matrix X;  // features × samples
    Matrix Y;  // targets × samples; classes are one 0/1 row (a two-class generator) or one-hot rows
    std::vector<std::string> featureNames;  // one per row of X
    std::vector<std::string> targetNames;   // one per row of Y
    std::vector<std::string> classNames;    // empty for regression
    // How X was scaled from the file's raw features, row by row: X = (raw − shift) / scale.
    // Both empty when X is the raw features.
    Vector featureShift{};  // features
    Vector featureScale{};  // features, every entry > 0

    /// Returns the number of samples (columns).
    Index samples() const { return X.cols(); }
    /// Returns the number of features (rows of X).
    Index features() const { return X.rows(); }
    /// Returns the number of targets (rows of Y).
    Index targets() const { return Y.rows(); }
    /// True when the targets are classes rather than values.
    bool isClassification() const { return !classNames.empty(); }

    /// Returns the class index of sample j: argmax of its one-hot column, or y ≥ 0.5 for one target.
    int label(Index j) const;

    /// Scales raw feature columns (features × samples) exactly as X was scaled from its file.
    Matrix scaled(const MatrixView& raw) const;

    /// Undoes scaled(): returns the raw features of scaled feature columns.
    Matrix unscaled(const MatrixView& scaledX) const;

    /// Returns the samples at the given column indices, in that order, with the same names and scaling.
    Dataset subset(const std::vector<Index>& columns) const;
};

/// Splits off round(fraction · samples) seeded-random samples as validation: {train, validation}.
std::pair<Dataset, Dataset> splitDataset(const Dataset& data, double fraction, std::uint64_t seed);

}  // namespace bp
