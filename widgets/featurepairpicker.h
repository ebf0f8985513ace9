#pragma once
// Two small combo boxes naming the features a 2-D view of a wider dataset shows on x and y.
#include "featurepair.h"

#include <QStringList>
#include <QWidget>

class QComboBox;

namespace bp {

class FeaturePairPicker : public QWidget {
    Q_OBJECT
public:
    /// Makes a picker with no features.
    explicit FeaturePairPicker(QWidget* parent = nullptr);

    /// Lists names in both boxes and selects pair, without emitting pairChosen.
    void setFeatures(const QStringList& names, FeaturePair pair);

    /// Returns the selected pair.
    FeaturePair pair() const { return pair_; }

    /// Returns the box choosing the feature on x (which = 0) or on y (which = 1).
    QComboBox* box(int which) const { return which == 0 ? xBox_ : yBox_; }

signals:
    /// The person chose another feature for x or y; picking the other axis's feature swaps them.
    void pairChosen(int x, int y);

private:
    void choose(int which, int feature);

    QComboBox* xBox_;
    QComboBox* yBox_;
    FeaturePair pair_;
};

}  // namespace bp
