#pragma once

#include "ActivityRecord.h"

#include <QString>
#include <QVariantMap>

namespace wristdoc {

// The test's side of wristdoc_bluez_template.py: its switches (over D-Bus, on the private system
// bus run-with-mock.sh provides) and what the mock watch holds, mirrored from the template.
class MockBluez {
public:
    static constexpr const char *kWatchAddress = "C0:FF:EE:00:A7:F3";       // WristDoc W1
    static constexpr const char *kSilentWatchAddress = "C0:FF:EE:00:B2:02"; // never answers
    static constexpr const char *kScaleAddress = "C0:FF:EE:5C:A1:E5";       // not a watch
    static constexpr quint32 kHistoryId = 0x5EED1234;
    static constexpr int kBatteryPercent = 87;
    static constexpr int kRecordsPerPacket = 20; // MTU 247

    // True when the program runs under run-with-mock.sh with the mock.
    static bool isRunning();

    bool setDisconnectAfterRecord(quint32 sequence);
    bool setFault(const QString &name, bool on); // "connect", "read", "notify"
    bool setPowered(bool on);
    QVariantMap state(); // connected, connections, historyRequests, acknowledged, ...
    QString lastError() const { return m_lastError; }

    // Record `sequence` of the mock's history (history_record() in the template).
    static ActivityRecord expectedRecord(quint32 sequence);

private:
    bool call(const QString &method, const QVariantList &arguments, QVariantMap *result = nullptr);

    QString m_lastError;
};

} // namespace wristdoc
