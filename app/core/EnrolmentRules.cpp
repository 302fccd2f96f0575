#include "EnrolmentRules.h"

#include "SeoulDistricts.h"

namespace wristdoc {

namespace {

QString digitsOf(const QString &typed, bool *onlySeparators) {
    QString digits;
    *onlySeparators = true;
    for (QChar c : typed) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
        else if (c != u'-' && c != u' ')
            *onlySeparators = false;
    }
    return digits;
}

QString mobileIssueCode(MobileIssue issue) {
    switch (issue) {
    case MobileIssue::None:
        return {};
    case MobileIssue::Empty:
        return QStringLiteral("required");
    case MobileIssue::NotDigits:
    case MobileIssue::WrongPrefix:
    case MobileIssue::WrongLength:
        return QStringLiteral("format");
    }
    return {};
}

QString birthDateIssueCode(BirthDateIssue issue) {
    switch (issue) {
    case BirthDateIssue::None:
        return {};
    case BirthDateIssue::Empty:
        return QStringLiteral("required");
    case BirthDateIssue::Impossible:
        return QStringLiteral("impossible-date");
    case BirthDateIssue::InFuture:
        return QStringLiteral("future-date");
    case BirthDateIssue::TooOld:
        return QStringLiteral("too-old");
    case BirthDateIssue::UnderAge:
        return QStringLiteral("under-age");
    }
    return {};
}

QString nameIssueCode(NameIssue issue) {
    switch (issue) {
    case NameIssue::None:
        return {};
    case NameIssue::Empty:
        return QStringLiteral("required");
    case NameIssue::TooLong:
        return QStringLiteral("too-long");
    case NameIssue::InvalidCharacters:
        return QStringLiteral("format");
    }
    return {};
}

const ConsentGrant *findConsent(const QVector<ConsentGrant> &consents, const QString &id) {
    for (const ConsentGrant &c : consents) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

} // namespace

MobileIssue EnrolmentRules::checkMobile(const QString &typed, QString *digitsOut) {
    bool onlySeparators = true;
    const QString digits = digitsOf(typed, &onlySeparators);
    if (digits.isEmpty() && onlySeparators)
        return MobileIssue::Empty;
    if (!onlySeparators)
        return MobileIssue::NotDigits;
    if (digits.size() < 3 || !digits.startsWith(QLatin1String("01")))
        return MobileIssue::WrongPrefix;
    const QString prefix = digits.left(3);
    static const QStringList older = {QStringLiteral("011"), QStringLiteral("016"),
                                      QStringLiteral("017"), QStringLiteral("018"),
                                      QStringLiteral("019")};
    if (prefix == QLatin1String("010")) {
        if (digits.size() != 11)
            return MobileIssue::WrongLength;
    } else if (older.contains(prefix)) {
        if (digits.size() != 10 && digits.size() != 11)
            return MobileIssue::WrongLength;
    } else {
        return MobileIssue::WrongPrefix;
    }
    if (digitsOut)
        *digitsOut = digits;
    return MobileIssue::None;
}

QString EnrolmentRules::formatMobile(const QString &typed) {
    bool onlySeparators = true;
    const QString d = digitsOf(typed, &onlySeparators);
    if (d.size() <= 3)
        return d;
    // 10 digits group 3-3-4, 11 digits 3-4-4; while typing, the middle group grows first.
    const int middle = d.size() == 10 ? 3 : std::min<int>(4, d.size() - 3);
    QString out = d.left(3) + u'-' + d.mid(3, middle);
    if (d.size() > 3 + middle)
        out += u'-' + d.mid(3 + middle);
    return out;
}

BirthDateIssue EnrolmentRules::checkBirthDate(int year, int month, int day, const QDate &today) {
    if (year <= 0 && month <= 0 && day <= 0)
        return BirthDateIssue::Empty;
    if (!QDate::isValid(year, month, day) || year < 1000)
        return BirthDateIssue::Impossible;
    return checkBirthDate(QDate(year, month, day), today);
}

BirthDateIssue EnrolmentRules::checkBirthDate(const QDate &birthDate, const QDate &today) {
    if (birthDate.isNull())
        return BirthDateIssue::Empty;
    if (!birthDate.isValid())
        return BirthDateIssue::Impossible;
    if (birthDate > today)
        return BirthDateIssue::InFuture;
    const int age = ageOn(birthDate, today);
    if (age > kMaximumAge)
        return BirthDateIssue::TooOld;
    if (age < kMinimumAge)
        return BirthDateIssue::UnderAge;
    return BirthDateIssue::None;
}

int EnrolmentRules::ageOn(const QDate &birthDate, const QDate &day) {
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() ||
        (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

NameIssue EnrolmentRules::checkName(const QString &name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return NameIssue::Empty;
    if (trimmed.size() > kMaximumNameLength)
        return NameIssue::TooLong;
    for (QChar c : trimmed) {
        if (c.isDigit() || c.category() == QChar::Other_Control ||
            c.category() == QChar::Other_Format)
            return NameIssue::InvalidCharacters;
    }
    return NameIssue::None;
}

bool EnrolmentRules::isDistrict(const QString &code) {
    return SeoulDistricts::find(code) != nullptr;
}

QVector<ApplicationIssue> EnrolmentRules::validate(const EnrolmentApplication &a,
                                                   const QDate &today) {
    QVector<ApplicationIssue> issues;
    if (const QString code = nameIssueCode(checkName(a.name)); !code.isEmpty())
        issues.append({QStringLiteral("applicant.name"), code});
    if (const QString code = birthDateIssueCode(checkBirthDate(a.birthDate, today));
        !code.isEmpty())
        issues.append({QStringLiteral("applicant.birthDate"), code});
    QString digits;
    if (const QString code = mobileIssueCode(checkMobile(a.mobile, &digits)); !code.isEmpty())
        issues.append({QStringLiteral("applicant.mobile"), code});
    else if (digits != a.mobile)
        issues.append({QStringLiteral("applicant.mobile"), QStringLiteral("format")});
    if (a.district.isEmpty())
        issues.append({QStringLiteral("applicant.district"), QStringLiteral("required")});
    else if (!isDistrict(a.district))
        issues.append({QStringLiteral("applicant.district"), QStringLiteral("unknown-district")});
    for (const QString &id : {personalDataConsentId(), healthDataConsentId()}) {
        const ConsentGrant *c = findConsent(a.consents, id);
        if (!c || !c->granted || c->version.isEmpty())
            issues.append({QStringLiteral("consents.") + id, QStringLiteral("required")});
    }
    for (const ConsentGrant &c : a.consents) {
        if (c.id != personalDataConsentId() && c.id != healthDataConsentId() &&
            c.id != thirdPartyConsentId())
            issues.append({QStringLiteral("consents.") + c.id, QStringLiteral("unknown-consent")});
    }
    return issues;
}

} // namespace wristdoc
