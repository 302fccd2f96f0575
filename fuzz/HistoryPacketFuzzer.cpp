// History Record notifications: what decodes encodes back byte for byte; records come out in
// increasing sequence order and never more than a packet holds.
#include "FuzzCheck.h"
#include "HistoryPacket.h"

using namespace wristdoc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const auto decoded = HistoryPacket::decode(fuzzInput(data, size));
    if (!decoded.ok()) {
        WRISTDOC_FUZZ_CHECK(isOneLine(decoded.error().message));
        return 0;
    }
    const HistoryPacket &packet = decoded.value();
    if (packet.type == HistoryPacket::Type::Records) {
        WRISTDOC_FUZZ_CHECK(!packet.records.isEmpty());
        WRISTDOC_FUZZ_CHECK(packet.records.size() <= HistoryPacket::kMaxRecordsPerPacket);
        for (int i = 1; i < packet.records.size(); ++i)
            WRISTDOC_FUZZ_CHECK(packet.records[i - 1].sequence < packet.records[i].sequence);
        for (const ActivityRecord &record : packet.records)
            WRISTDOC_FUZZ_CHECK(record.toMinuteSample().minuteUtc % 60 == 0);
    } else {
        WRISTDOC_FUZZ_CHECK(packet.end.historyId != 0);
    }
    const auto encoded = packet.encode();
    WRISTDOC_FUZZ_CHECK(encoded.ok() && encoded.value() == fuzzInput(data, size));
    return 0;
}
