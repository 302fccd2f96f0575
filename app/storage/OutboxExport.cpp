#include "OutboxExport.h"

#include "CsvWriter.h"
#include "EnrolmentStore.h"
#include "FieldCipher.h"
#include "OutboxStore.h"

#include <QFileInfo>
#include <QSaveFile>

namespace wristdoc {

namespace {

QString csvTime(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QStringList OutboxExport::header() {
    return {QStringLiteral("reference"),     QStringLiteral("state"),
            QStringLiteral("attempts"),      QStringLiteral("last_error"),
            QStringLiteral("reason"),        QStringLiteral("district"),
            QStringLiteral("device"),        QStringLiteral("created_utc"),
            QStringLiteral("confirmed_utc"), QStringLiteral("name"),
            QStringLiteral("birth_date"),    QStringLiteral("mobile")};
}

QByteArray OutboxExport::csv(const OutboxStore &outbox, const EnrolmentStore &enrolments,
                             Result *result) {
    *result = Result();
    const QVector<OutboxItem> items = outbox.list(&result->storageError);
    if (result->storageError) {
        result->problem = Problem::Storage;
        return QByteArray();
    }
    CsvWriter csv;
    csv.addRow(header());
    for (const OutboxItem &item : items) {
        EnrolmentRecord record;
        if (item.kind == OutboxKind::Enrolment &&
            !enrolments.record(item.itemId, &record, &result->storageError) &&
            result->storageError) {
            result->problem = Problem::Storage;
            return QByteArray();
        }
        EnrolmentPersonalData personal;
        if (item.kind == OutboxKind::Enrolment && item.status.state != DeliveryState::Confirmed &&
            record.hasPersonalData) {
            const UnsealResult opened =
                enrolments.personalData(item.itemId, &personal, &result->storageError);
            if (opened == UnsealResult::WrongKey || opened == UnsealResult::NoKey) {
                result->problem = Problem::WrongKey;
                return QByteArray();
            }
            if (opened == UnsealResult::StorageFailed) {
                result->problem = Problem::Storage;
                return QByteArray();
            }
            if (opened == UnsealResult::Ok)
                ++result->withPersonalData;
        }
        const DeliveryStatus &s = item.status;
        csv.addRow(
            {s.reference, deliveryStateCode(s.state), QString::number(s.attempts), s.lastError,
             s.reasonCode, record.district, record.device, csvTime(s.createdUtc),
             csvTime(s.confirmedUtc), personal.name,
             personal.birthDate.isValid() ? personal.birthDate.toString(Qt::ISODate) : QString(),
             personal.mobile});
        personal.wipe();
    }
    result->items = int(items.size());
    return csv.bytes();
}

OutboxExport::Result OutboxExport::writeTo(const QString &path, const OutboxStore &outbox,
                                           const EnrolmentStore &enrolments) {
    Result result;
    QByteArray bytes = csv(outbox, enrolments, &result);
    if (!result.ok())
        return result;
    if (!writePrivateFile(path, bytes, &result.detail))
        result.problem = Problem::CannotWrite;
    FieldCipher::wipe(&bytes);
    return result;
}

bool OutboxExport::writePrivateFile(const QString &path, const QByteArray &bytes, QString *error) {
    if (QFileInfo(path).isDir()) {
        *error = QStringLiteral("%1: is a folder").arg(path);
        return false;
    }
    QSaveFile file(path);
    // QSaveFile writes a temporary file (created 0600) and renames it over the target on
    // commit; an existing target's wider mode is copied at open, so it is narrowed again here.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: cannot write (%2)").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace wristdoc
