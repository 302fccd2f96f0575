#include "LinkedParticipant.h"

#include "AppStateStore.h"

namespace wristdoc {

namespace {

const QString kId = QStringLiteral("participant/id");
const QString kBirthYear = QStringLiteral("participant/birthYear");
const QString kLinked = QStringLiteral("participant/linkedUtc");

} // namespace

QString LinkedParticipant::maskedId() const {
    if (participantId.size() <= 4)
        return participantId;
    const int dash = participantId.indexOf(u'-');
    const QString prefix = dash >= 0 ? participantId.left(dash + 1) : QString();
    return prefix + QStringLiteral("****") + participantId.right(4);
}

LinkedParticipant LinkedParticipant::load(Database &database) {
    AppStateStore state(database);
    LinkedParticipant p;
    p.participantId = state.value(kId);
    p.birthYear = state.value(kBirthYear).toInt();
    p.linkedUtc = QDateTime::fromString(state.value(kLinked), Qt::ISODate);
    return p;
}

StorageError LinkedParticipant::save(Database &database, const LinkedParticipant &participant) {
    AppStateStore state(database);
    if (StorageError error = state.setValue(kBirthYear, QString::number(participant.birthYear)))
        return error;
    if (StorageError error = state.setValue(
            kLinked, participant.linkedUtc.toUTC().toString(Qt::ISODate)))
        return error;
    // The id last: a profile counts as linked only once everything else is stored.
    return state.setValue(kId, participant.participantId);
}

StorageError LinkedParticipant::clear(Database &database) {
    AppStateStore state(database);
    for (const QString &key : {kId, kBirthYear, kLinked}) {
        if (StorageError error = state.remove(key))
            return error;
    }
    return {};
}

} // namespace wristdoc
