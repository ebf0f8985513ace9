#pragma once
// How a classifier's predictions fall against the true classes: counts[true][predicted]. The
// classes are decided as the accuracy metric decides them (metrics.h: argmax, or p ≥ 0.5 where
// there is one output), so the diagonal over the total is the core's accuracy.
#include "tensor.h"

#include <optional>
#include <vector>

namespace bp {

struct Dataset;
class Network;

class ConfusionMatrix {
public:
    /// Makes an empty matrix of no classes: nothing to show (regression, or not computed yet).
    ConfusionMatrix() = default;

    /// Makes a matrix of classes × classes zero counts.
    explicit ConfusionMatrix(int classes);

    /// Returns the classes a network of outputs outputs tells apart: 2 for one sigmoid output, else outputs.
    static int classesOf(Index outputs) { return outputs == 1 ? 2 : int(outputs); }

    /// Counts predictions P against targets Y (outputs × samples each), classes as predictedClasses decides.
    static ConfusionMatrix fromPredictions(const MatrixView& P, const MatrixView& Y);

    /// Counts net's predictions on data's samples; data must have the network's outputs as targets.
    static ConfusionMatrix of(const Network& net, const Dataset& data);

    /// Counts one sample of class truth predicted as class predicted; throws std::out_of_range
    /// naming the class when either is not one of classes().
    void add(int truth, int predicted);

    /// Returns the number of classes (rows and columns); 0 for an empty matrix.
    int classes() const { return classes_; }

    /// Returns how many samples of class truth were predicted as class predicted.
    Index count(int truth, int predicted) const { return counts_[index(truth, predicted)]; }

    /// Returns how many samples are of class truth (the row's sum).
    Index truthTotal(int truth) const;

    /// Returns how many samples were predicted as class predicted (the column's sum).
    Index predictedTotal(int predicted) const;

    /// Returns how many samples were counted.
    Index total() const { return total_; }

    /// Returns how many samples were predicted as their own class (the diagonal's sum).
    Index correct() const;

    /// Returns correct() / total() as the core's accuracy computes it; 0 with no samples.
    Scalar accuracy() const;

    /// Returns the fraction of class truth's samples predicted as truth (its recall); none when
    /// no sample is of that class.
    std::optional<Scalar> classAccuracy(int truth) const;

    /// Returns the largest count in any cell, the top of a colour scale; 0 when empty.
    Index largestCount() const;

    /// True when no sample was counted.
    bool empty() const { return total_ == 0; }

    /// True when both have the same classes and counts.
    bool operator==(const ConfusionMatrix&) const = default;

private:
    std::size_t index(int truth, int predicted) const
    {
        return std::size_t(truth) * std::size_t(classes_) + std::size_t(predicted);
    }

    int classes_ = 0;
    std::vector<Index> counts_;  // row-major: counts_[truth · classes + predicted]
    Index total_ = 0;
};

}  // namespace bp
