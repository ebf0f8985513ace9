#include "gradientmeter.h"

#include <algorithm>
#include <cmath>

namespace bp {

void GradientMeter::add(const EpochReport& report)
{
    std::vector<LayerGradient> readings = layerGradients(report);
    if (report.run != run_ || readings.size() != latest_.size()) {
        run_ = report.run;
        epoch_ = 0;
        history_.assign(readings.size(), {});
    }
    const bool later = report.epoch > epoch_;
    latest_ = std::move(readings);
    epoch_ = report.epoch;
    if (!later)
        return;
    for (std::size_t i = 0; i < latest_.size(); ++i) {
        std::deque<Scalar>& h = history_[i];
        h.push_back(latest_[i].gradNorm);
        if (h.size() > historyLength)
            h.pop_front();
    }
}

void GradientMeter::clear()
{
    run_ = 0;
    epoch_ = 0;
    latest_.clear();
    history_.clear();
}

std::optional<std::pair<Scalar, Scalar>> GradientMeter::normRange() const
{
    std::optional<std::pair<Scalar, Scalar>> range;
    const auto take = [&range](Scalar v) {
        if (!(v > 0) || !std::isfinite(v))
            return;
        range = range ? std::pair{std::min(range->first, v), std::max(range->second, v)} : std::pair{v, v};
    };
    for (const LayerGradient& g : latest_)
        take(g.gradNorm);
    for (const std::deque<Scalar>& h : history_)
        std::for_each(h.begin(), h.end(), take);
    return range;
}

}  // namespace bp
