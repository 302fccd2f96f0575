#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

namespace wristdoc {

class ParticipantCredentialStore;
class ProgrammeApiClient;
struct HttpReply;

// Links a home computer to a participant (docs/api.md, "Participant linking"): the participant
// number from the receipt asks the server to send a one-time code to the participant's mobile;
// the code is exchanged for a Participant-Token, which is stored for the profile BEFORE linked()
// is emitted, so success is never shown for a token that could be lost. Unlinking revokes the
// token on the server and always removes it here: the person asked for this computer to forget
// it, and a copy the server still honours is harmless once no computer holds it. One exchange
// at a time; neither codes nor tokens are logged.
class ParticipantLinking : public QObject {
    Q_OBJECT
public:
    ParticipantLinking(ProgrammeApiClient &client, ParticipantCredentialStore &store,
                       QString profileId, QObject *parent = nullptr);

    // The profile the next confirm() or unlink() is for.
    void setProfileId(const QString &profileId) { m_profileId = profileId; }
    QString profileId() const { return m_profileId; }
    bool isBusy() const { return m_busy; }

    // "P-00000001" from "p 0000 0001", "P00000001", "P-0000-0001"...; empty when it is not one.
    static QString normalizedParticipantNumber(const QString &typed);
    // "123456" from six digits typed with or without spaces or a dash; empty otherwise.
    static QString normalizedCode(const QString &typed);
    // Plain words, in the user's language, for a reason code of failed(); attemptsLeft is used
    // by "wrong-code".
    static QString reasonText(const QString &reasonCode, int attemptsLeft = -1);

public Q_SLOTS:
    // Each ends with one signal, from the event loop, never inside the call.
    void requestCode(const QString &participantNumber); // codeSent() or failed()
    void confirm(const QString &code);                  // linked() or failed()
    void unlink();                                      // unlinked() or failed()

Q_SIGNALS:
    void codeSent(const QDateTime &expiresAt);
    void linked(const QString &participantId, int birthYear);
    // serverConfirmed: the server revoked the token (204) or did not know it (401); false when
    // it could not be reached or refused otherwise. The token is gone from here either way.
    void unlinked(bool serverConfirmed);
    // A code of docs/api.md's tables ("unknown-participant", "invalid", "too-many-requests",
    // "wrong-code", "code-expired", "code-used", "too-many-attempts", "unknown-request",
    // "unavailable", "unlinked"), or a local one: "invalid-code", "no-request", "busy",
    // "store-failed", "malformed-body", "server-busy", a network code ("timeout", ...), or
    // "http-NNN". attemptsLeft: for "wrong-code", the tries left; -1 otherwise.
    void failed(const QString &reasonCode, int attemptsLeft);

private:
    void codeRequested(const HttpReply &reply);
    void codeConfirmed(const HttpReply &reply);
    void linkRevoked(const HttpReply &reply);
    // The reason code of a failed answer, and the attempts left it names.
    static QString reasonOf(const HttpReply &reply, int *attemptsLeft);
    void failLater(const QString &reasonCode);
    void fail(const QString &reasonCode, int attemptsLeft = -1);

    ProgrammeApiClient &m_client;
    ParticipantCredentialStore &m_store;
    QString m_profileId;
    QString m_requestId; // of the last code sent
    bool m_busy = false;
};

} // namespace wristdoc
