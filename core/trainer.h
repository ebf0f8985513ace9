#pragma once
// Runs epochs of mini-batch backpropagation over a dataset and reports on them. A trainer is one
// run: its history starts empty (or restored from a saved project) and grows, but for the epoch a
// divergence drops (see run).
#include "dataset.h"
#include "divergencediagnosis.h"
#include "epochreport.h"
#include "network.h"
#include "trainconfig.h"

#include <atomic>
#include <climits>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

namespace bp {

class Trainer {
public:
    enum class Outcome { Finished, Stopped, Diverged };
    using Observer = std::function<void(const EpochReport&)>;

    /// Trains net on train, scoring on validation (may be empty); all three must outlive the trainer.
    Trainer(Network& net, const Dataset& train, const Dataset& validation, const TrainConfig& config);
    // The trainer keeps references to its datasets, so temporaries would dangle.
    Trainer(Network&, Dataset&&, const Dataset&, const TrainConfig&) = delete;
    Trainer(Network&, const Dataset&, Dataset&&, const TrainConfig&) = delete;
    ~Trainer();

    /// Calls observer after every Nth epoch, after the last one and when training diverges.
    /// Scores do not depend on it: every epoch's history entry has the training accuracy (for
    /// classifiers) and, when there is a validation set, the validation loss and accuracy.
    void setObserver(Observer observer, int every = 1);

    /// Trains until the configured epoch count, maxEpochs more epochs, *stop turning true
    /// (checked before every batch; a later run resumes mid-epoch) or divergence: the loss turning
    /// NaN or Inf, or growing past DivergenceDiagnosis::growthLimit times its best and past the first
    /// epoch's. A divergence rolls the weights back to the end of the epoch before the last one
    /// finished (that epoch's end weights are where the blow-up began; the ones before them trained a
    /// whole epoch with a finite loss), drops the later history entry and diagnoses the cause.
    Outcome run(int maxEpochs = INT_MAX, const std::atomic<bool>* stop = nullptr);

    /// Builds the report of the last completed epoch as it stands now (ΔW since that epoch began);
    /// its scores are that epoch's history entry.
    EpochReport report() const;

    /// Changes the learning rate from the next batch on.
    void setLearningRate(Scalar eta);

    /// Moves the epoch count training runs to (counted from the first, at least 1): a higher one
    /// lets a finished run train on from where it stands, one at or below epoch() finishes the
    /// run as it is. Weights, optimizer state and history are kept either way.
    void setEpochs(int epochs);

    /// Names this trainer's run, different from every other trainer's in the process (never 0).
    /// A run starts with fresh weights (a new trainer) or a restored history; training on past the
    /// end (setEpochs) continues it, so its history, and the chart, go on from where they stood.
    std::uint64_t runId() const { return run_; }

    /// Returns the epochs completed, counted from the first.
    int epoch() const { return epoch_; }
    /// True when the configured epoch count is reached.
    bool finished() const { return epoch_ >= config_.epochs; }
    /// True when the last run() ended because the loss or a weight stopped being finite, or the
    /// loss grew past its limit.
    bool diverged() const { return diverged_; }
    /// Returns the divergence doctor's verdict on the last run(), when it diverged.
    const std::optional<DivergenceDiagnosis>& diagnosis() const { return diagnosis_; }
    /// Returns why the last run() stopped early, for a person; empty when it did not.
    const std::string& message() const { return message_; }
    /// Returns one entry per completed epoch, in order.
    const std::vector<HistoryEntry>& history() const { return history_; }
    /// Returns the settings training started with, with the epoch count setEpochs gave.
    const TrainConfig& config() const { return config_; }
    /// Returns the optimizer's settings as they are now (the learning rate may have changed).
    const OptimizerConfig& optimizerConfig() const { return optimizer_->config(); }

    /// Puts back a history saved with the network's weights, so training resumes after it.
    void restoreHistory(std::vector<HistoryEntry> history);

    /// Returns the optimizer's state (velocity, moments, step count) as it stands.
    OptimizerState optimizerState() const { return optimizer_->state(); }

    /// Puts back an optimizer state saved with the weights and history: with both, training goes
    /// on exactly as if it had never stopped at that epoch's end.
    void restoreOptimizer(const OptimizerState& state) { optimizer_->restore(state); }

private:
    struct Batch {
        MatrixView X, Y;
    };
    Batch batch(Index n);  // the next n samples, in this epoch's order
    void beginEpoch();
    bool trainBatch();  // forward, loss, backward, update; false when the loss is not finite
    void endEpoch();
    HistoryEntry score(Scalar trainLoss) const;
    bool grewTooFar(Scalar loss) const;  // loss passed its growth limit
    void diverge(Scalar loss);
    DivergenceEvidence evidence(Scalar loss) const;  // what the trainer saw, before rolling back

    const std::uint64_t run_;  // runId()
    Network& net_;
    const Dataset& train_;
    const Dataset& validation_;
    TrainConfig config_;
    std::unique_ptr<Optimizer> optimizer_;
    Observer observer_;
    int every_ = 1;

    int epoch_ = 0;           // epochs completed
    Index cursor_ = 0;        // first sample of the next batch in this epoch; 0 between epochs
    double lossSum_ = 0;      // Σ batch loss · batch size, this epoch
    Index hits_ = 0;          // samples classified right in this epoch's batches
    std::vector<Index> order_;                 // sample order of this epoch
    Vector start_;                             // θ (every weight and bias) when this epoch began
    // θ when the epoch before began, which divergence rolls back to, and its epoch count. Swapped
    // with start_ at each epoch's start, so keeping it costs no copy.
    Vector previous_;
    int previousEpoch_ = 0;
    bool fresh_ = true;  // no epoch has begun from the weights as they stand (new, restored, rolled back)
    Scalar best_ = 0;    // the lowest training loss in history_ (when there is one)
    int bestEpoch_ = 0;
    std::vector<Scalar> firstGradNorms_;  // per layer ‖∂L/∂W‖ when this trainer's first epoch ended
    int gradientEpoch_ = 0;               // that epoch
    Matrix Xb_, Yb_;                           // gathered batch when shuffling
    std::vector<HistoryEntry> history_;
    bool diverged_ = false;
    std::string message_;
    std::optional<DivergenceDiagnosis> diagnosis_;
};

}  // namespace bp
