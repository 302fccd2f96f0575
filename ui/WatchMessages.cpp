#include "WatchMessages.h"

#include <QLocale>

namespace wristdoc {

using State = WatchSession::State;
using Error = WatchSession::Error;

QString WatchMessages::stateText(WatchSession::State state) {
    switch (state) {
    case State::Scanning:
        return tr("Looking for watches nearby…");
    case State::Connecting:
        return tr("Connecting…");
    case State::ReadingDeviceInformation:
        return tr("Reading the watch's details…");
    case State::SettingTime:
        return tr("Setting the watch's time…");
    case State::Subscribing:
    case State::ReadingHistoryStatus:
        return tr("Getting ready to fetch records…");
    case State::Downloading:
        return tr("Fetching records…");
    case State::Reconnecting:
        return tr("The connection dropped. Reconnecting…");
    case State::Disconnecting:
        return tr("Disconnecting…");
    case State::Idle:
    case State::Live:
        break;
    }
    return QString();
}

QString WatchMessages::downloadText(quint32 done, quint32 expected, const QLocale &locale) {
    return tr("Fetching records: %1 of %2")
        .arg(locale.toString(qulonglong(done)), locale.toString(qulonglong(expected)));
}

int WatchMessages::stepOf(WatchSession::State state) {
    switch (state) {
    case State::Connecting:
        return 1;
    case State::ReadingDeviceInformation:
        return 2;
    case State::SettingTime:
        return 3;
    case State::Subscribing:
    case State::ReadingHistoryStatus:
    case State::Downloading:
        return 4;
    default:
        return 0;
    }
}

QString WatchMessages::errorText(WatchSession::Error error) {
    switch (error) {
    case Error::NoAdapter:
        return tr("This computer has no Bluetooth adapter.");
    case Error::AdapterOff:
        return tr("Bluetooth is switched off.");
    case Error::PermissionDenied:
        return tr("WristDoc is not allowed to use Bluetooth.");
    case Error::ScanFailed:
        return tr("The search for watches did not work.");
    case Error::OutOfRange:
        return tr("The watch did not answer. It may be too far away.");
    case Error::ConnectionFailed:
        return tr("Could not connect to the watch.");
    case Error::ConnectionLost:
        return tr("The connection to the watch dropped. Reconnecting…");
    case Error::WatchNotResponding:
        return tr("The watch stopped answering. Reconnecting…");
    case Error::ReconnectGaveUp:
        return tr("Could not reconnect to the watch.");
    case Error::NotAWatch:
        return tr("This is not a WristDoc watch.");
    case Error::TimeNotSet:
        return tr("Could not set the watch's time.");
    case Error::HeartRateUnavailable:
        return tr("The watch does not send heart rate.");
    case Error::HistoryUnavailable:
        return tr("Could not fetch the watch's records.");
    case Error::CorruptPacket:
        return tr("Some records arrived damaged. Asking for them again…");
    case Error::HistoryGap:
        return tr("Some old records were no longer on the watch.");
    case Error::ImplausibleRecords:
        return tr("A few records looked wrong and were not stored.");
    case Error::SyncIncomplete:
        return tr("Not all records were fetched. The next sync continues where this one "
                  "stopped.");
    case Error::StorageFull:
        return tr("The records could not be stored: this computer's storage is full.");
    case Error::StorageReadOnly:
        return tr("The records could not be stored: the storage cannot be written to.");
    case Error::StorageFailed:
        return tr("The records could not be stored.");
    }
    return tr("Something went wrong with the watch.");
}

QString WatchMessages::errorAdvice(WatchSession::Error error) {
    switch (error) {
    case Error::NoAdapter:
        return tr("Plug in a Bluetooth adapter, or use the simulated watch to try WristDoc.");
    case Error::AdapterOff:
        return tr("Switch Bluetooth on in the computer's settings, then press “Scan again”.");
    case Error::PermissionDenied:
        return tr("Allow WristDoc to use Bluetooth in the computer's settings, or ask the staff "
                  "for help.");
    case Error::ScanFailed:
        return tr("Wait a moment, then press “Scan again”.");
    case Error::OutOfRange:
    case Error::ReconnectGaveUp:
        return tr("Bring the watch close to this screen, then press “Scan again”. Records "
                  "already fetched are kept.");
    case Error::ConnectionFailed:
    case Error::HistoryUnavailable:
        return tr("Turn the watch off and on again, then press “Scan again”.");
    case Error::ConnectionLost:
    case Error::WatchNotResponding:
        return tr("Keep the watch close to this screen.");
    case Error::NotAWatch:
        return tr("Choose another watch in the list. Check that its code matches the code on "
                  "the watch.");
    case Error::TimeNotSet:
        return tr("The records are fetched anyway; the time is set again at the next sync.");
    case Error::HeartRateUnavailable:
        return tr("Steps are still fetched.");
    case Error::HistoryGap:
        return tr("The watch had not been synced for a long time. Everything it still held was "
                  "fetched.");
    case Error::ImplausibleRecords:
        return tr("All other records were stored.");
    case Error::SyncIncomplete:
        return tr("The records already fetched are stored.");
    case Error::StorageFull:
    case Error::StorageReadOnly:
    case Error::StorageFailed:
        return tr("Please tell the staff. The records stay on the watch until they are stored.");
    case Error::CorruptPacket:
        break;
    }
    return QString();
}

QString WatchMessages::boundElsewhereText() {
    return tr("This watch is already registered to someone else.");
}

QString WatchMessages::boundElsewhereAdvice() {
    return tr("Check the code on the watch. If it is the right watch, please ask the staff.");
}

bool WatchMessages::isRecoverable(WatchSession::Error error) {
    switch (error) {
    case Error::ConnectionLost:
    case Error::WatchNotResponding:
    case Error::TimeNotSet:
    case Error::HeartRateUnavailable:
    case Error::CorruptPacket:
    case Error::HistoryGap:
    case Error::ImplausibleRecords:
    case Error::SyncIncomplete:
        return true;
    default:
        return false;
    }
}

} // namespace wristdoc
