#include "divergencediagnosis.h"

#include "defaultproject.h"
#include "designlimits.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace bp {

namespace {
constexpr double infinity = std::numeric_limits<double>::infinity();

// A number for a person: three significant digits, "NaN" and "Inf" spelt so.
std::string number(double x)
{
    if (std::isnan(x))
        return "NaN";
    if (std::isinf(x))
        return x > 0 ? "Inf" : "-Inf";
    char text[32];
    std::snprintf(text, sizeof text, "%.3g", x);
    return text;
}

// x rounded to two significant digits, so a suggested value reads (and types) cleanly.
double tidy(double x)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.2g", x);
    return std::strtod(text, nullptr);
}

// How many times a grew over b: Inf when a is not finite, 0 when b is not positive.
double ratio(double a, double b)
{
    if (!std::isfinite(a))
        return infinity;
    return b > 0 ? a / b : 0.0;
}
}  // namespace

DivergenceDiagnosis::DivergenceDiagnosis(DivergenceEvidence evidence) : evidence_(std::move(evidence))
{
    const DivergenceEvidence& e = evidence_;
    growth_ = e.bestEpoch > 0 ? ratio(e.loss, e.bestLoss) : infinity;
    findGrownLayer();
    findSteepestLayer();
    if (steepness_ >= explodingRatio)
        cause_ = DivergenceCause::ExplodingGradient;
    else if (e.saturated >= saturatedShare)
        cause_ = DivergenceCause::SaturatedOutputs;
    else
        cause_ = DivergenceCause::LearningRate;
    suggestRemedies();
}

void DivergenceDiagnosis::findGrownLayer()
{
    const DivergenceEvidence& e = evidence_;
    const std::size_t n = std::min(e.firstGradNorms.size(), e.lastGradNorms.size());
    for (std::size_t i = 0; i < n; ++i) {
        const double growth = ratio(e.lastGradNorms[i], e.firstGradNorms[i]);
        if (grownLayer_ < 0 || growth > layerGrowth_) {
            grownLayer_ = int(i);
            layerGrowth_ = growth;
        }
    }
}

void DivergenceDiagnosis::findSteepestLayer()
{
    const std::vector<Scalar>& norms = evidence_.lastGradNorms;
    if (norms.size() < 2 || !std::isfinite(norms.back()) || !(norms.back() > 0))
        return;
    for (std::size_t i = 0; i + 1 < norms.size(); ++i) {
        const double r = std::isfinite(norms[i]) ? double(norms[i]) / double(norms.back()) : 0.0;
        if (steepestLayer_ < 0 || r > steepness_) {
            steepestLayer_ = int(i);
            steepness_ = r;
        }
    }
}

void DivergenceDiagnosis::suggestRemedies()
{
    const DivergenceEvidence& e = evidence_;
    const double eta = e.optimizer.learningRate;
    const Remedy lower{RemedyKind::LowerLearningRate, tidy(eta / 10)};
    // Clip so that a plain gradient step, η·c at most, moves the weights by clippedStep of their
    // size, and tighter than a limit already set.
    double clip = double(clippedStep) * double(e.weightNorm) / eta;
    if (!(clip > 0) || !std::isfinite(clip))
        clip = 1;
    if (e.clipNorm > 0)
        clip = std::min(clip, double(e.clipNorm) / 10);
    clip = std::clamp(clip, limits::minClipNorm, limits::maxClipNorm);
    const Remedy clipping{RemedyKind::ClipGradientNorm, tidy(clip)};
    // Adam at the studio's starting rate, or lower when η already was.
    const double adamRate = std::min(eta, double(defaultProject().training.optimizer.learningRate));
    const bool adam = e.optimizer.kind != OptimizerKind::Adam;
    if (cause_ == DivergenceCause::ExplodingGradient)
        remedies_ = {clipping, lower};
    else
        remedies_ = {lower, clipping};
    if (adam)
        remedies_.insert(cause_ == DivergenceCause::SaturatedOutputs ? remedies_.begin() + 1 : remedies_.end(),
                         Remedy{RemedyKind::SwitchToAdam, tidy(adamRate)});
}

std::string DivergenceDiagnosis::layerName(int layer) const
{
    if (layer + 1 == int(evidence_.lastGradNorms.size()))
        return "the output layer";
    return "hidden layer " + std::to_string(layer + 1);
}

std::string DivergenceDiagnosis::describe(const Remedy& remedy)
{
    switch (remedy.kind) {
    case RemedyKind::LowerLearningRate: return "lower the learning rate to " + number(remedy.value) + " (η ÷ 10)";
    case RemedyKind::ClipGradientNorm:
        return "clip the gradient norm at " + number(remedy.value);
    case RemedyKind::SwitchToAdam: return "switch to Adam at learning rate " + number(remedy.value);
    }
    return {};
}

std::string DivergenceDiagnosis::sentence() const
{
    const DivergenceEvidence& e = evidence_;
    std::string text = "training diverged at epoch " + std::to_string(e.epoch) + ": the loss "
                       + (e.recentLosses.empty() ? "became " : "went ");
    for (const Scalar loss : e.recentLosses)
        text += number(loss) + " → ";
    text += number(e.loss);
    if (e.bestEpoch > 0 && std::isfinite(growth_))
        text += ", " + number(growth_) + "× its best (" + number(e.bestLoss) + " at epoch " + std::to_string(e.bestEpoch) + ")";
    text += ". ";
    const std::string grown = grownLayer_ >= 0 ? layerName(grownLayer_) : std::string();
    const std::string since = " since epoch " + std::to_string(e.gradientEpoch);
    const std::string grewBy = std::isfinite(layerGrowth_) ? "grew " + number(layerGrowth_) + "×" + since
                                                           : "stopped being finite";
    switch (cause_) {
    case DivergenceCause::ExplodingGradient:
        text += "The gradient explodes on its way back: " + layerName(steepestLayer_) + "'s norm is " + number(steepness_)
                + "× the output layer's, multiplied up layer by layer.";
        break;
    case DivergenceCause::SaturatedOutputs:
        text += number(100.0 * e.saturated) + "% of the outputs sit at their " + std::string(activationName(e.output))
                + "'s bounds, where the gradient vanishes: the weights grew too large.";
        break;
    default:
        text += "The learning rate " + number(e.optimizer.learningRate) + " (" + std::string(optimizerName(e.optimizer.kind))
                + ") is likely too high: each step overshoots, so the loss grows instead of falling.";
        break;
    }
    if (grownLayer_ >= 0)
        text += " The gradient norm of " + grown + " " + grewBy + ", the most of any layer.";
    text += e.rolledBackTo > 0 ? " The weights are back at the end of epoch " + std::to_string(e.rolledBackTo)
                                     + ", the last whose weights trained a whole epoch with a finite loss."
                               : " The weights are back where training began.";
    return text;
}

}  // namespace bp
