#include "NextStep.h"

#include <array>
#include <utility>

namespace wristdoc {

namespace {

constexpr std::array<std::pair<NextStep, const char *>, 6> kCodes = {{
    {NextStep::Done, "done"},
    {NextStep::Send, "send"},
    {NextStep::SendInSlot, "send-in-slot"},
    {NextStep::SendWithTicket, "send-with-ticket"},
    {NextStep::PollEnrolment, "poll-enrolment"},
    {NextStep::PollWaitingRoom, "poll-waiting-room"},
}};

} // namespace

QString nextStepCode(NextStep step) {
    for (const auto &[value, code] : kCodes) {
        if (value == step)
            return QString::fromLatin1(code);
    }
    return QStringLiteral("send");
}

bool nextStepFromCode(const QString &code, NextStep *out) {
    for (const auto &[value, name] : kCodes) {
        if (code == QLatin1String(name)) {
            if (out)
                *out = value;
            return true;
        }
    }
    return false;
}

} // namespace wristdoc
