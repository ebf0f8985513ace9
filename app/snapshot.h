#pragma once
// What the training worker hands the window after a stretch of training: copies only, never
// pointers into the trainer, so the window may keep it as long as it likes.
#include "confusionmatrix.h"
#include "decisiongrid.h"
#include "epochreport.h"
#include "inputerror.h"
#include "networkspec.h"
#include "dataset.h"
#include "predictioncurve.h"
#include "project.h"
#include "tensor.h"

#include <QMetaType>
#include <QString>

#include <vector>

namespace bp {

// Every snapshot names its run in report.run: a new run (a load or a reset) sends its whole history
// so far, a run already under way only the entries since its previous snapshot (see RunHistory).
struct Snapshot {
    bp::EpochReport report;                  // the last completed epoch, weights as they are now
    std::vector<bp::HistoryEntry> newHistory;  // the run's history entries since its previous snapshot
    bp::DecisionGrid grid;                   // 2+ features: outputs on a 64 × 64 grid over the shown pair
    bp::PredictionCurve curve;               // 1-feature datasets: outputs at 200 points along x
    std::vector<int> predicted;              // classification: every sample's predicted class
    bp::ConfusionMatrix trainingConfusion;   // classification: the training samples' true × predicted classes
    bp::ConfusionMatrix validationConfusion; // likewise for the validation samples (none counted without a split)
    bp::Matrix samples;                      // autoencoder on 64 features: 64 × 8 fixed inputs
    bp::Matrix reconstructions;              // the network's outputs for them, 64 × 8
    double epochsPerSecond = 0;              // measured over the last quarter second or more
    bool finished = false;                   // the configured epoch count is reached
    bool diverged = false;                   // the loss turned NaN or Inf
    QString message;                         // why training stopped, for a person
};

} // namespace bp

Q_DECLARE_METATYPE(bp::Snapshot)
Q_DECLARE_METATYPE(bp::Project)
Q_DECLARE_METATYPE(bp::NetworkSpec)
Q_DECLARE_METATYPE(bp::Dataset)
Q_DECLARE_METATYPE(bp::InputError)

namespace bp {

/// Registers Snapshot and the other value types the worker's signals carry; call once before connecting.
inline void registerSnapshotTypes()
{
    qRegisterMetaType<bp::Snapshot>();
    qRegisterMetaType<bp::Project>();
    qRegisterMetaType<bp::NetworkSpec>();
    qRegisterMetaType<bp::Dataset>();
    qRegisterMetaType<bp::InputError>();
}

} // namespace bp
