#pragma once

namespace wristdoc {

// The wizard's pages in the order a citizen meets them. Watch is skipped for "phone only".
enum class EnrolmentStep {
    Language,
    Eligibility,
    Details,
    District,
    Device,
    PersonalDataConsent,
    HealthDataConsent,
    ThirdPartyConsent,
    Watch,
    Review,
    Receipt,
};

constexpr int kEnrolmentStepCount = int(EnrolmentStep::Receipt) + 1;

} // namespace wristdoc
