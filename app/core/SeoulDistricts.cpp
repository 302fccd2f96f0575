#include "SeoulDistricts.h"

namespace wristdoc {

const QVector<District> &SeoulDistricts::all() {
    static const QVector<District> districts = {
        {QStringLiteral("jongno"), QStringLiteral("종로구"), QStringLiteral("Jongno-gu")},
        {QStringLiteral("jung"), QStringLiteral("중구"), QStringLiteral("Jung-gu")},
        {QStringLiteral("yongsan"), QStringLiteral("용산구"), QStringLiteral("Yongsan-gu")},
        {QStringLiteral("seongdong"), QStringLiteral("성동구"), QStringLiteral("Seongdong-gu")},
        {QStringLiteral("gwangjin"), QStringLiteral("광진구"), QStringLiteral("Gwangjin-gu")},
        {QStringLiteral("dongdaemun"), QStringLiteral("동대문구"), QStringLiteral("Dongdaemun-gu")},
        {QStringLiteral("jungnang"), QStringLiteral("중랑구"), QStringLiteral("Jungnang-gu")},
        {QStringLiteral("seongbuk"), QStringLiteral("성북구"), QStringLiteral("Seongbuk-gu")},
        {QStringLiteral("gangbuk"), QStringLiteral("강북구"), QStringLiteral("Gangbuk-gu")},
        {QStringLiteral("dobong"), QStringLiteral("도봉구"), QStringLiteral("Dobong-gu")},
        {QStringLiteral("nowon"), QStringLiteral("노원구"), QStringLiteral("Nowon-gu")},
        {QStringLiteral("eunpyeong"), QStringLiteral("은평구"), QStringLiteral("Eunpyeong-gu")},
        {QStringLiteral("seodaemun"), QStringLiteral("서대문구"), QStringLiteral("Seodaemun-gu")},
        {QStringLiteral("mapo"), QStringLiteral("마포구"), QStringLiteral("Mapo-gu")},
        {QStringLiteral("yangcheon"), QStringLiteral("양천구"), QStringLiteral("Yangcheon-gu")},
        {QStringLiteral("gangseo"), QStringLiteral("강서구"), QStringLiteral("Gangseo-gu")},
        {QStringLiteral("guro"), QStringLiteral("구로구"), QStringLiteral("Guro-gu")},
        {QStringLiteral("geumcheon"), QStringLiteral("금천구"), QStringLiteral("Geumcheon-gu")},
        {QStringLiteral("yeongdeungpo"), QStringLiteral("영등포구"),
         QStringLiteral("Yeongdeungpo-gu")},
        {QStringLiteral("dongjak"), QStringLiteral("동작구"), QStringLiteral("Dongjak-gu")},
        {QStringLiteral("gwanak"), QStringLiteral("관악구"), QStringLiteral("Gwanak-gu")},
        {QStringLiteral("seocho"), QStringLiteral("서초구"), QStringLiteral("Seocho-gu")},
        {QStringLiteral("gangnam"), QStringLiteral("강남구"), QStringLiteral("Gangnam-gu")},
        {QStringLiteral("songpa"), QStringLiteral("송파구"), QStringLiteral("Songpa-gu")},
        {QStringLiteral("gangdong"), QStringLiteral("강동구"), QStringLiteral("Gangdong-gu")},
    };
    return districts;
}

const District *SeoulDistricts::find(const QString &code) {
    for (const District &d : all()) {
        if (d.code == code)
            return &d;
    }
    return nullptr;
}

} // namespace wristdoc
