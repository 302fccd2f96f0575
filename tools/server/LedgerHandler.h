#pragma once

#include "HttpResponse.h"

#include <QDate>
#include <QString>

namespace wristdoc {

class ActivityStore;
class LinkRegistry;
struct ApiRequest;

struct LedgerSettings {
    int conversionMinimum = 5000;
    QDate conversionDeadline; // invalid: ServerOptions::defaultConversionDeadline(today)
};

// GET /v1/participants/{participantId}/ledger?from=DATE&to=DATE (docs/api.md): the days in
// force in the range, the balance over the whole history and the conversion terms.
class LedgerHandler {
public:
    LedgerHandler(ActivityStore *store, const LinkRegistry *links, const LedgerSettings &settings);

    HttpResponse get(const QString &participantId, const ApiRequest &request, const QDate &today);

    static constexpr int kMaximumDays = 366;

private:
    ActivityStore *m_store;
    const LinkRegistry *m_links;
    LedgerSettings m_settings;
};

} // namespace wristdoc
