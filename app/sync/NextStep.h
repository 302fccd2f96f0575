#pragma once

#include <QString>

namespace wristdoc {

// What an outbox item does at its next attempt time. Stored with the item (nextStepCode) so a
// restart resumes a waiting-room ticket or a cohort slot instead of starting over.
enum class NextStep {
    Done,            // confirmed or rejected: nothing more to send
    Send,            // POST the body (first attempt or a retry; same key, same bytes)
    SendInSlot,      // POST inside the applicant's cohort slot (server-scheduled)
    SendWithTicket,  // POST with the Waiting-Room-Ticket header: the ticket is ready
    PollEnrolment,   // GET /v1/enrolments/{key}: queued on the server after a 202
    PollWaitingRoom, // GET /v1/waiting-room/{ticket}
};

// "done", "send", "send-in-slot", "send-with-ticket", "poll-enrolment", "poll-waiting-room"
QString nextStepCode(NextStep step);
bool nextStepFromCode(const QString &code, NextStep *out);

} // namespace wristdoc
