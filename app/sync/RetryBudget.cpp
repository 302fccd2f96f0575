#include "RetryBudget.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <vector>

namespace wristdoc {

RetryBudget::RetryBudget(const Clock &clock)
    : RetryBudget(clock, Settings()) {}

RetryBudget::RetryBudget(const Clock &clock, const Settings &settings)
    : m_clock(clock)
    , m_settings(settings) {
    m_settings.windowMs = qMax<qint64>(1, m_settings.windowMs);
    m_settings.retryRatio = qMax(0.0, m_settings.retryRatio);
    m_settings.minRetriesPerWindow = qMax(0, m_settings.minRetriesPerWindow);
}

qint64 RetryBudget::nowMs() const {
    return m_clock.nowUtc().toMSecsSinceEpoch();
}

void RetryBudget::TimeList::insertSorted(qint64 atMs) {
    if (m_spill.empty() && m_count < kInline) {
        qint64 *first = m_inline.data();
        qint64 *at = std::upper_bound(first, first + m_count, atMs);
        std::move_backward(at, first + m_count, first + m_count + 1);
        *at = atMs;
        ++m_count;
        return;
    }
    if (m_spill.empty()) {
        m_spill.assign(m_inline.begin(), m_inline.begin() + m_count);
        m_count = 0;
    }
    if (m_spill.back() <= atMs)
        m_spill.push_back(atMs);
    else
        m_spill.insert(std::upper_bound(m_spill.begin(), m_spill.end(), atMs), atMs);
}

void RetryBudget::TimeList::dropUntil(qint64 untilMs) {
    if (!m_spill.empty()) {
        m_spill.erase(m_spill.begin(), std::upper_bound(m_spill.begin(), m_spill.end(), untilMs));
        return; // emptied, the inline entries (none) are the list again
    }
    qint64 *first = m_inline.data();
    qint64 *kept = std::upper_bound(first, first + m_count, untilMs);
    m_count = int(std::move(kept, first + m_count, first) - first);
}

// An entry counts while it is younger than the window: recorded at t, it counts until
// t + window (exclusive). The lists are kept sorted, so this is a binary search.
int RetryBudget::countSince(const TimeList &times, qint64 sinceMs) {
    return int(times.end() - std::upper_bound(times.begin(), times.end(), sinceMs));
}

void RetryBudget::prune() {
    const qint64 since = nowMs() - m_settings.windowMs;
    m_firstAttempts.dropUntil(since);
    m_retries.dropUntil(since);
}

int RetryBudget::allowanceFor(int firstAttempts) const {
    // The epsilon keeps 0.1 * 100 at 10 whatever the floating-point rounding.
    const int earned = int(std::floor(m_settings.retryRatio * firstAttempts + 1e-9));
    return qMax(m_settings.minRetriesPerWindow, earned);
}

void RetryBudget::recordFirstAttempt() {
    prune();
    m_firstAttempts.insertSorted(nowMs());
    m_nextKnown = false;
}

bool RetryBudget::canRetry() const {
    return retriesInWindow() < allowance();
}

bool RetryBudget::tryRetry() {
    prune();
    if (!canRetry())
        return false;
    m_retries.insertSorted(nowMs());
    m_nextKnown = false;
    return true;
}

int RetryBudget::firstAttemptsInWindow() const {
    return countSince(m_firstAttempts, nowMs() - m_settings.windowMs);
}

int RetryBudget::retriesInWindow() const {
    return countSince(m_retries, nowMs() - m_settings.windowMs);
}

int RetryBudget::allowance() const {
    return allowanceFor(firstAttemptsInWindow());
}

QDateTime RetryBudget::nextRetryAllowedUtc() const {
    const qint64 now = nowMs();
    if (canRetry())
        return QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc());
    // Valid until something is recorded: before the moment found, nothing is allowed, and from
    // that moment on canRetry() answers "now".
    if (m_nextKnown && m_nextMs != kNoNext && m_nextMs > now)
        return QDateTime::fromMSecsSinceEpoch(m_nextMs, QTimeZone::utc());
    m_nextKnown = true;
    const QDateTime next = computeNextRetryAllowed(now);
    m_nextMs = next.isValid() ? next.toMSecsSinceEpoch() : kNoNext;
    return next;
}

QDateTime RetryBudget::computeNextRetryAllowed(qint64 now) const {
    // The counts only change when an entry leaves the window; try each such moment in order.
    std::vector<qint64> leaving;
    leaving.reserve(m_retries.size() + m_firstAttempts.size());
    for (const qint64 t : m_retries)
        leaving.push_back(t + m_settings.windowMs);
    for (const qint64 t : m_firstAttempts)
        leaving.push_back(t + m_settings.windowMs);
    std::sort(leaving.begin(), leaving.end());
    for (const qint64 at : leaving) {
        if (at <= now)
            continue;
        const qint64 since = at - m_settings.windowMs;
        if (countSince(m_retries, since) < allowanceFor(countSince(m_firstAttempts, since)))
            return QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
    }
    return {};
}

} // namespace wristdoc
