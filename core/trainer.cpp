#include "trainer.h"

#include "metrics.h"
#include "random.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace bp {

namespace {
// One history entry per epoch: reserving them up front spares the doublings that would copy the
// history, and fault in twice its memory, while training runs. Past a million epochs (32 MB) it
// grows as it goes.
std::size_t historyCapacity(int epochs) { return std::size_t(std::clamp(epochs, 0, 1 << 20)); }

// Run ids count up from 1 across the process, so a new run never shares an id with an old one.
std::uint64_t nextRunId()
{
    static std::atomic<std::uint64_t> last{0};
    return ++last;
}
}  // namespace

Trainer::Trainer(Network& net, const Dataset& train, const Dataset& validation, const TrainConfig& config)
    : run_(nextRunId()), net_(net), train_(train), validation_(validation), config_(config),
      optimizer_(makeOptimizer(config.optimizer))
{
    order_.resize(std::size_t(train.samples()));
    std::iota(order_.begin(), order_.end(), Index(0));
    start_ = net_.parameters();
    previous_ = start_;
    history_.reserve(historyCapacity(config.epochs));
}

Trainer::~Trainer() = default;

void Trainer::setObserver(Observer observer, int every)
{
    observer_ = std::move(observer);
    every_ = std::max(1, every);
}

void Trainer::setLearningRate(Scalar eta) { optimizer_->setLearningRate(eta); }

void Trainer::setEpochs(int epochs)
{
    config_.epochs = std::max(1, epochs);
    history_.reserve(historyCapacity(config_.epochs));
}

void Trainer::restoreHistory(std::vector<HistoryEntry> history)
{
    history.reserve(std::max(history.size(), historyCapacity(config_.epochs)));
    history_ = std::move(history);
    epoch_ = history_.empty() ? 0 : history_.back().epoch;
    cursor_ = 0;
    fresh_ = true;
    const auto best = std::min_element(history_.begin(), history_.end(),
                                       [](const HistoryEntry& a, const HistoryEntry& b) { return a.trainLoss < b.trainLoss; });
    best_ = best == history_.end() ? 0 : best->trainLoss;
    bestEpoch_ = best == history_.end() ? 0 : best->epoch;
}

Trainer::Outcome Trainer::run(int maxEpochs, const std::atomic<bool>* stop)
{
    diverged_ = false;
    message_.clear();
    diagnosis_.reset();
    if (train_.samples() == 0)
        return Outcome::Finished;
    const long target = std::min<long>(config_.epochs, long(epoch_) + maxEpochs);
    while (epoch_ < target) {
        if (stop && stop->load(std::memory_order_relaxed))
            return Outcome::Stopped;
        if (cursor_ == 0)
            beginEpoch();
        if (!trainBatch())
            return Outcome::Diverged;
        if (cursor_ == train_.samples()) {
            endEpoch();
            if (diverged_)
                return Outcome::Diverged;
        }
    }
    return finished() ? Outcome::Finished : Outcome::Stopped;
}

void Trainer::beginEpoch()
{
    // Every epoch keeps its starting weights: they give ΔW. The previous epoch's starting weights,
    // kept by a swap, are where divergence rolls back to. Weights that no epoch has begun from yet
    // (new, restored or rolled back, perhaps changed since) are both.
    if (fresh_) {
        previous_ = net_.parameters();
        previousEpoch_ = epoch_;
        fresh_ = false;
    } else {
        std::swap(previous_, start_);
        previousEpoch_ = epoch_ - 1;
    }
    start_ = net_.parameters();
    lossSum_ = 0;
    hits_ = 0;
    const bool fullBatch = config_.batchSize <= 0 || config_.batchSize >= train_.samples();
    if (config_.shuffle && !fullBatch) {
        Random random(config_.seed * 0x9e3779b97f4a7c15ULL + std::uint64_t(epoch_) + 1);
        std::iota(order_.begin(), order_.end(), Index(0));
        random.shuffle(order_);
    }
}

Trainer::Batch Trainer::batch(Index n)
{
    if (config_.shuffle && n < train_.samples()) {
        const auto rows = Eigen::Map<const Eigen::Matrix<Index, Eigen::Dynamic, 1>>(order_.data() + cursor_, n);
        Xb_ = train_.X(Eigen::all, rows);
        Yb_ = train_.Y(Eigen::all, rows);
        return {Xb_, Yb_};
    }
    return {train_.X.middleCols(cursor_, n), train_.Y.middleCols(cursor_, n)};
}

bool Trainer::trainBatch()
{
    const Index n = config_.batchSize <= 0 ? train_.samples()
                                           : std::min<Index>(config_.batchSize, train_.samples() - cursor_);
    const auto [X, Y] = batch(n);  // inputs × n, outputs × n

    // Forward: P = f(W·…f(W·X + b)… + b), layer after layer.
    const Matrix& P = net_.forward(X);
    if (train_.isClassification())
        hits_ += correctCount(P, Y);
    // Loss: L(P, Y), averaged over the batch.
    const Scalar loss = lossValue(config_.loss, P, Y);
    if (!std::isfinite(loss)) {
        diverge(loss);
        return false;
    }
    // Backward and update: ∂L/∂θ for every W and b, then one optimizer step θ ← θ + Δθ.
    // Fast path for plain SGD: the step is folded into backward's products, W ← W − η·∂L/∂Z·Xᵀ
    // in one product with no ∂L/∂W written and read again: 11% on w3, 4% on w4 (`backprop
    // bench`). The epoch's last batch takes the plain path, as reports show its ∂L/∂W; so does η = 0,
    // which backwardDescend reads as "fill ∂L/∂W".
    // Clipping needs the whole gradient's norm before the step, so it takes the plain path:
    // ∂L/∂θ ← ∂L/∂θ · c/‖∂L/∂θ‖ when the norm passes c.
    const bool fold = optimizer_->config().kind == OptimizerKind::SGD && optimizer_->config().learningRate > 0 &&
                      config_.clipNorm <= 0 && cursor_ + n < train_.samples();
    if (fold) {
        net_.backwardDescend(X, Y, config_.loss, optimizer_->config().learningRate);
    } else {
        net_.backward(X, Y, config_.loss);
        if (config_.clipNorm > 0)
            net_.clipGradient(config_.clipNorm);
        optimizer_->step(net_.parameters(), net_.gradient());
    }
    lossSum_ += double(loss) * double(n);
    cursor_ += n;
    return true;
}

void Trainer::endEpoch()
{
    cursor_ = 0;
    const auto loss = Scalar(lossSum_ / double(train_.samples()));
    if (!std::isfinite(loss) || !net_.allFinite()) {
        diverge(std::isfinite(loss) ? std::numeric_limits<Scalar>::infinity() : loss);
        return;
    }
    if (grewTooFar(loss)) {
        diverge(loss);
        return;
    }
    ++epoch_;
    history_.push_back(score(loss));
    if (bestEpoch_ == 0 || loss < best_) {
        best_ = loss;
        bestEpoch_ = epoch_;
    }
    if (gradientEpoch_ == 0) {  // the gradient as training began, for the doctor to compare with
        firstGradNorms_ = layerGradientNorms(net_);
        gradientEpoch_ = epoch_;
    }
    if (observer_ && (epoch_ % every_ == 0 || epoch_ == config_.epochs))
        observer_(report());
}

bool Trainer::grewTooFar(Scalar loss) const
{
    return !history_.empty() && loss > DivergenceDiagnosis::growthLimit * best_ && loss > history_.front().trainLoss;
}

void Trainer::diverge(Scalar loss)
{
    diagnosis_.emplace(evidence(loss));
    // Roll back to the weights the last finished epoch began from: that epoch's end weights are
    // where the blow-up began (a full batch's loss is theirs, measured in the next epoch). Drop that
    // epoch from the history, and the optimizer's state, which the blow-up has spoiled.
    net_.parameters() = previous_;
    start_ = previous_;
    while (!history_.empty() && history_.back().epoch > previousEpoch_)
        history_.pop_back();
    restoreHistory(std::move(history_));  // the best loss found again, the next epoch begun afresh
    epoch_ = previousEpoch_;
    optimizer_->reset();
    diverged_ = true;
    message_ = diagnosis_->sentence();
    if (observer_) {
        EpochReport r = report();
        r.diverged = true;
        r.message = message_;
        observer_(r);
    }
}

DivergenceEvidence Trainer::evidence(Scalar loss) const
{
    DivergenceEvidence e;
    e.epoch = epoch_ + 1;
    e.rolledBackTo = previousEpoch_;
    e.loss = loss;
    const std::size_t recent = std::min<std::size_t>(history_.size(), 4);
    for (auto h = history_.end() - long(recent); h != history_.end(); ++h)
        e.recentLosses.push_back(h->trainLoss);
    e.bestLoss = best_;
    e.bestEpoch = bestEpoch_;
    e.optimizer = optimizer_->config();
    e.clipNorm = config_.clipNorm;
    e.gradientEpoch = gradientEpoch_;
    e.firstGradNorms = firstGradNorms_;
    e.lastGradNorms = layerGradientNorms(net_);
    e.weightNorm = Scalar(std::sqrt(previous_.cast<double>().squaredNorm()));
    e.output = net_.layers.empty() ? Activation::Linear : net_.layers.back().f;
    e.saturated = saturatedOutputs(net_);
    return e;
}

HistoryEntry Trainer::score(Scalar trainLoss) const
{
    // Training accuracy is counted over the epoch's batches as they were trained (as the loss
    // is); validation is scored once, with the weights the epoch ended with.
    HistoryEntry e{epoch_, trainLoss, {}, {}, {}};
    if (train_.isClassification())
        e.accuracy = Scalar(hits_) / Scalar(train_.samples());
    if (validation_.samples() > 0) {
        const Matrix P = net_.predict(validation_.X);
        e.validationLoss = lossValue(config_.loss, P, validation_.Y);
        if (validation_.isClassification())
            e.validationAccuracy = accuracy(P, validation_.Y);
    }
    return e;
}

EpochReport Trainer::report() const
{
    EpochReport r;
    r.run = run_;
    r.epoch = epoch_;
    r.trainLoss = std::numeric_limits<Scalar>::quiet_NaN();  // no epoch yet
    if (!history_.empty()) {
        const HistoryEntry& e = history_.back();
        r.trainLoss = e.trainLoss;
        r.validationLoss = e.validationLoss;
        r.accuracy = e.accuracy;
        r.validationAccuracy = e.validationAccuracy;
    }
    r.layers.reserve(net_.layers.size());
    for (std::size_t i = 0; i < net_.layers.size(); ++i) {
        const DenseLayer& layer = net_.layers[i];
        r.layers.push_back({layer.W, layer.b, layer.W - net_.weightsIn(start_, i), layer.b - net_.biasesIn(start_, i),
                            layer.dW.norm()});
    }
    r.diverged = diverged_;
    r.message = message_;
    return r;
}

}  // namespace bp
