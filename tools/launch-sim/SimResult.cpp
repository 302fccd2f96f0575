#include "SimResult.h"

namespace wristdoc {

void SimSeries::resize(size_t bins) {
    for (std::vector<int> *series :
         {&firstPosts, &repeatPosts, &polls, &confirmed, &waitingClients, &line, &inProgress})
        series->assign(bins, 0);
}

double SimResult::requestsPerConfirmed() const {
    return confirmed > 0 ? double(posts() + polls) / confirmed : 0;
}

double SimResult::postsPerConfirmed() const {
    return confirmed > 0 ? double(posts()) / confirmed : 0;
}

double SimResult::peakRatio(const std::vector<int> *a, const std::vector<int> *b,
                            qint64 fromMs) const {
    double peak = 0;
    const double perBin = capacityPerSecond * binSeconds;
    for (size_t i = 0; i < a->size(); ++i) {
        if (qint64(i) * binSeconds * 1000 < fromMs)
            continue;
        const double load = (*a)[i] + (b ? (*b)[i] : 0);
        peak = qMax(peak, load / perBin);
    }
    return peak;
}

double SimResult::peakOfferedRatio() const {
    return peakRatio(&series.firstPosts, &series.repeatPosts, 0);
}

double SimResult::peakDemandRatio() const {
    return peakRatio(&series.firstPosts, nullptr, 0);
}

// Bins that start after the first overload answer: the load a fleet chooses to send once told.
double SimResult::peakOfferedAfterSignalRatio() const {
    if (overloadSignalMs < 0)
        return 0;
    const qint64 firstFullBin = (overloadSignalMs / (binSeconds * 1000) + 1) * binSeconds * 1000;
    return peakRatio(&series.firstPosts, &series.repeatPosts, firstFullBin);
}

double SimResult::peakRepeatAfterSignalRatio() const {
    if (overloadSignalMs < 0)
        return 0;
    const qint64 firstFullBin = (overloadSignalMs / (binSeconds * 1000) + 1) * binSeconds * 1000;
    return peakRatio(&series.repeatPosts, nullptr, firstFullBin);
}

double SimResult::t99OverIdeal() const {
    return t99Ms < 0 || idealSeconds <= 0 ? -1 : t99Ms / 1000.0 / idealSeconds;
}

double SimResult::t99OverFluidIdeal() const {
    return t99Ms < 0 || fluidIdealSeconds <= 0 ? -1 : t99Ms / 1000.0 / fluidIdealSeconds;
}

} // namespace wristdoc
