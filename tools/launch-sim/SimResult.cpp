#include "SimResult.h"

namespace wristdoc {

void SimSeries::resize(size_t bins) {
    for (std::vector<int> *series : {&firstPosts, &repeatPosts, &invitedPosts, &slotPosts, &polls,
                                     &confirmed, &waitingClients, &line, &inProgress})
        series->assign(bins, 0);
}

double SimResult::requestsPerConfirmed() const {
    return confirmed > 0 ? double(posts() + polls) / confirmed : 0;
}

double SimResult::postsPerConfirmed() const {
    return confirmed > 0 ? double(posts()) / confirmed : 0;
}

double SimResult::peakRatio(qint64 fromMs, const std::function<int(size_t)> &loadAt) const {
    double peak = 0;
    const double perBin = capacityPerSecond * binSeconds;
    for (size_t i = 0; i < series.firstPosts.size(); ++i) {
        if (qint64(i) * binSeconds * 1000 < fromMs)
            continue;
        peak = qMax(peak, loadAt(i) / perBin);
    }
    return peak;
}

// The first bin that starts after the first overload answer: from there on, the load is what a
// fleet chooses to send once told.
qint64 SimResult::firstBinAfterSignalMs() const {
    return (overloadSignalMs / (binSeconds * 1000) + 1) * binSeconds * 1000;
}

double SimResult::peakOfferedRatio() const {
    return peakRatio(0, [this](size_t i) { return series.firstPosts[i] + series.repeatPosts[i]; });
}

double SimResult::peakDemandRatio() const {
    return peakRatio(0, [this](size_t i) { return series.firstPosts[i]; });
}

double SimResult::peakOfferedAfterSignalRatio() const {
    if (overloadSignalMs < 0)
        return 0;
    return peakRatio(firstBinAfterSignalMs(),
                     [this](size_t i) { return series.firstPosts[i] + series.repeatPosts[i]; });
}

double SimResult::peakRepeatAfterSignalRatio() const {
    if (overloadSignalMs < 0)
        return 0;
    return peakRatio(firstBinAfterSignalMs(), [this](size_t i) { return series.repeatPosts[i]; });
}

double SimResult::peakRetryAfterSignalRatio() const {
    if (overloadSignalMs < 0)
        return 0;
    return peakRatio(firstBinAfterSignalMs(), [this](size_t i) {
        return series.repeatPosts[i] - series.invitedPosts[i] - series.slotPosts[i];
    });
}

double SimResult::t99OverIdeal() const {
    return t99Ms < 0 || idealSeconds <= 0 ? -1 : t99Ms / 1000.0 / idealSeconds;
}

double SimResult::t99OverFluidIdeal() const {
    return t99Ms < 0 || fluidIdealSeconds <= 0 ? -1 : t99Ms / 1000.0 / fluidIdealSeconds;
}

} // namespace wristdoc
