<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
<context>
    <name>ErrorMessages</name>
    <message>
        <source>The data file cannot be opened.</source>
        <translation>기록 파일을 열 수 없어요.</translation>
    </message>
    <message>
        <source>The data file is damaged or is not a WristDoc file. It was left as it was.</source>
        <translation>기록 파일이 손상되었거나 WristDoc 파일이 아니에요. 파일은 그대로 두었어요.</translation>
    </message>
    <message>
        <source>The data file was saved by a newer version of WristDoc.</source>
        <translation>더 새로운 버전의 WristDoc으로 저장된 기록 파일이에요.</translation>
    </message>
    <message>
        <source>The data file cannot be changed, so new records are not saved.</source>
        <translation>기록 파일이 읽기 전용이라 새 기록을 저장할 수 없어요.</translation>
    </message>
    <message>
        <source>The disk is full, so new records were not saved. Nothing was lost.</source>
        <translation>저장 공간이 가득 차서 새 기록을 저장하지 못했어요. 기존 기록은 그대로 있어요.</translation>
    </message>
    <message>
        <source>The data file could not be updated for this version. It was left as it was.</source>
        <translation>기록 파일을 이 버전에 맞게 바꾸지 못했어요. 파일은 원래대로 두었어요.</translation>
    </message>
    <message>
        <source>Your records could not be read or saved just now.</source>
        <translation>지금은 기록을 읽거나 저장하지 못했어요.</translation>
    </message>
    <message>
        <source>Some records did not look right, so none of them were saved.</source>
        <translation>올바르지 않은 기록이 있어서 이번 기록은 저장하지 않았어요.</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may use it, or ask the staff for help.</source>
        <translation>폴더가 있는지, 사용할 권한이 있는지 확인해 주세요. 어려우면 직원에게 도움을 요청하세요.</translation>
    </message>
    <message>
        <source>Ask the staff for help. Your points are also kept by the programme.</source>
        <translation>직원에게 도움을 요청하세요. 포인트는 서버에도 안전하게 보관되어 있어요.</translation>
    </message>
    <message>
        <source>Please update WristDoc to the newest version.</source>
        <translation>WristDoc을 최신 버전으로 업데이트해 주세요.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or ask the staff for help.</source>
        <translation>파일 권한을 확인하거나 직원에게 도움을 요청하세요.</translation>
    </message>
    <message>
        <source>Free some space on the computer, then try again.</source>
        <translation>컴퓨터의 저장 공간을 비운 뒤 다시 해 주세요.</translation>
    </message>
    <message>
        <source>Please try again. If it happens again, ask the staff for help.</source>
        <translation>다시 해 주세요. 또 그러면 직원에게 도움을 요청하세요.</translation>
    </message>
    <message>
        <source>Please try again in a moment.</source>
        <translation>잠시 뒤에 다시 해 주세요.</translation>
    </message>
    <message>
        <source>Sync the watch again. If it happens again, ask the staff for help.</source>
        <translation>시계를 다시 동기화해 주세요. 또 그러면 직원에게 도움을 요청하세요.</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message numerus="yes">
        <source>%1 steps</source>
        <extracomment>Step count, e.g. &quot;12,345 steps&quot;. %1 is the number already formatted.</extracomment>
        <translation>
            <numerusform>%1보</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 P</source>
        <extracomment>Points, e.g. &quot;12,400 P&quot;. %1 is the number already formatted.</extracomment>
        <translation>%1 P</translation>
    </message>
    <message numerus="yes">
        <source>%1 bpm</source>
        <extracomment>Heart rate, beats per minute. %1 is the number.</extracomment>
        <translation>
            <numerusform>분당 %1회</numerusform>
        </translation>
    </message>
    <message>
        <source>today %1</source>
        <extracomment>A time earlier today, e.g. &quot;today 2:05 PM&quot;. %1 is the time.</extracomment>
        <translation>오늘 %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <extracomment>A time yesterday, e.g. &quot;yesterday 2:05 PM&quot;. %1 is the time.</extracomment>
        <translation>어제 %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A date and a time, e.g. &quot;November 20, 9:00 AM&quot;. %1 is the date, %2 the time.</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>wristdoc::DashboardHeader</name>
    <message>
        <source>WristDoc</source>
        <translation>WristDoc</translation>
    </message>
    <message>
        <source>Today is %1</source>
        <translation>오늘은 %1이에요</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>데모 데이터</translation>
    </message>
    <message>
        <source>These records are demo data for practice, not your own.</source>
        <translation>연습용 데모 데이터예요. 내 기록이 아니에요.</translation>
    </message>
    <message>
        <source>Change the language to %1</source>
        <translation>언어를 %1로 바꾸기</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>글자 크기</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>글자 작게</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>글자 크게</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>지금 새로 고침</translation>
    </message>
    <message>
        <source>Remove demo data…</source>
        <translation>데모 데이터 지우기…</translation>
    </message>
    <message>
        <source>Text size %1</source>
        <translation>글자 크기 %1</translation>
    </message>
    <message>
        <source>High contrast: on</source>
        <translation>고대비: 켜짐</translation>
    </message>
    <message>
        <source>High contrast: off</source>
        <translation>고대비: 꺼짐</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
</context>
<context>
    <name>wristdoc::DashboardWindow</name>
    <message>
        <source>WristDoc</source>
        <translation>WristDoc</translation>
    </message>
    <message>
        <source>Your steps, heart rate and points</source>
        <translation>내 걸음, 심박수, 포인트</translation>
    </message>
    <message>
        <source>Remove demo data</source>
        <translation>데모 데이터 지우기</translation>
    </message>
    <message>
        <source>Remove the demo records? Your own records and points are not touched.</source>
        <translation>데모 기록을 지울까요? 내 기록과 포인트는 그대로 남아요.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>그대로 두기</translation>
    </message>
</context>
<context>
    <name>wristdoc::EmptyStateCard</name>
    <message>
        <source>No watch is paired yet</source>
        <translation>아직 연결된 시계가 없어요</translation>
    </message>
    <message>
        <source>Bring your watch to the WristDoc counter at a community centre or health centre. The staff will pair it with you.</source>
        <translation>가까운 주민센터나 보건소의 WristDoc 창구에 시계를 가져가세요. 직원이 함께 연결해 드려요.</translation>
    </message>
    <message>
        <source>Once it is paired, walk as usual: your steps, heart rate and points appear here after each sync.</source>
        <translation>연결한 뒤에는 평소처럼 걸으세요. 시계를 동기화할 때마다 걸음, 심박수, 포인트가 여기에 나와요.</translation>
    </message>
    <message>
        <source>Want to try it first? Use the simulated watch to see how it works.</source>
        <translation>먼저 연습해 보고 싶으세요? 모의 시계로 어떻게 쓰는지 볼 수 있어요.</translation>
    </message>
    <message>
        <source>Use the simulated watch</source>
        <translation>모의 시계 사용하기</translation>
    </message>
</context>
<context>
    <name>wristdoc::ErrorBanner</name>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>이 안내 닫기</translation>
    </message>
</context>
<context>
    <name>wristdoc::HeartRateCard</name>
    <message>
        <source>no reading</source>
        <translation>기록 없음</translation>
    </message>
    <message>
        <source>Heart rate today</source>
        <translation>오늘 심박수</translation>
    </message>
    <message>
        <source>Resting</source>
        <translation>안정 시</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>평균</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>최고</translation>
    </message>
    <message>
        <source>No heart-rate readings today yet. Wear the watch and sync it to see them here.</source>
        <translation>오늘은 아직 심박수 기록이 없어요. 시계를 차고 동기화하면 여기에 나와요.</translation>
    </message>
    <message>
        <source>6 AM</source>
        <translation>오전 6시</translation>
    </message>
    <message>
        <source>noon</source>
        <translation>정오</translation>
    </message>
    <message>
        <source>6 PM</source>
        <translation>오후 6시</translation>
    </message>
</context>
<context>
    <name>wristdoc::PointsCard</name>
    <message>
        <source>Points</source>
        <translation>포인트</translation>
    </message>
    <message>
        <source>Confirmed balance</source>
        <translation>적립 확정</translation>
    </message>
    <message>
        <source>Confirmed balance: %1</source>
        <translation>적립 확정 포인트: %1</translation>
    </message>
    <message>
        <source>+%1 pending</source>
        <extracomment>Points computed here, not yet confirmed by the programme. %1 is e.g. &quot;600 P&quot;.</extracomment>
        <translation>+%1 적립 예정</translation>
    </message>
    <message>
        <source>No points pending</source>
        <translation>적립 예정 포인트 없음</translation>
    </message>
    <message>
        <source>Pending points are counted on this computer and become confirmed when the programme checks them.</source>
        <translation>적립 예정 포인트는 이 기기에서 계산한 것이에요. 서버에서 확인하면 적립이 확정돼요.</translation>
    </message>
    <message>
        <source>Half-year limit (January to June)</source>
        <translation>상반기 적립 한도 (1~6월)</translation>
    </message>
    <message>
        <source>Half-year limit (July to December)</source>
        <translation>하반기 적립 한도 (7~12월)</translation>
    </message>
    <message>
        <source>%1 / %2 P</source>
        <extracomment>Points earned this half-year out of the limit, e.g. &quot;34,000 / 100,000 P&quot;.</extracomment>
        <translation>%1 / %2 P</translation>
    </message>
    <message>
        <source>The limit for this half-year is reached.</source>
        <translation>이번 반기 한도를 모두 채웠어요.</translation>
    </message>
    <message>
        <source>You can convert your points to local currency now.</source>
        <translation>지금 지역화폐로 전환할 수 있어요.</translation>
    </message>
    <message>
        <source>Points can be converted to local currency from %1: %2 to go.</source>
        <extracomment>%1 is the minimum, e.g. &quot;5,000 P&quot;; %2 what is still missing, e.g. &quot;600 P&quot;.</extracomment>
        <translation>%1부터 지역화폐로 전환할 수 있어요. %2 남았어요.</translation>
    </message>
</context>
<context>
    <name>wristdoc::StepsCard</name>
    <message>
        <source>Today&apos;s steps</source>
        <translation>오늘 걸음</translation>
    </message>
    <message>
        <source>Today&apos;s steps: %1</source>
        <translation>오늘 걸음: %1</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <extracomment>The daily step goal, e.g. &quot;Goal: 8,000 steps&quot;. %1 is the step count with its unit.</extracomment>
        <translation>목표 %1</translation>
    </message>
    <message>
        <source>Progress toward today&apos;s goal</source>
        <translation>오늘 목표 진행률</translation>
    </message>
    <message>
        <source>Goal reached! %1 will be added for today.</source>
        <translation>목표 달성! 오늘 %1가 적립될 예정이에요.</translation>
    </message>
    <message>
        <source>Goal reached! Well done.</source>
        <translation>목표 달성! 정말 잘하셨어요.</translation>
    </message>
    <message>
        <source>%1 more to reach the goal.</source>
        <extracomment>%1 is the remaining step count with its unit, e.g. &quot;1,766 steps&quot;.</extracomment>
        <translation>목표까지 %1 남았어요.</translation>
    </message>
    <message>
        <source>Reaching it adds %1.</source>
        <extracomment>Follows &quot;... more to reach the goal.&quot; %1 is the points, e.g. &quot;200 P&quot;.</extracomment>
        <translation>달성하면 %1가 적립돼요.</translation>
    </message>
    <message>
        <source>As of %1 (last watch sync)</source>
        <extracomment>Under today&apos;s steps. %1 is the last watch sync, e.g. &quot;today 2:05 PM&quot;.</extracomment>
        <translation>%1 기준 (마지막 시계 동기화)</translation>
    </message>
</context>
<context>
    <name>wristdoc::SyncStatusPanel</name>
    <message>
        <source>Up to date as of</source>
        <translation>기록 기준 시각</translation>
    </message>
    <message>
        <source>Last watch sync: %1</source>
        <extracomment>%1 is a moment, e.g. &quot;today 2:05 PM&quot;.</extracomment>
        <translation>마지막 시계 동기화: %1</translation>
    </message>
    <message>
        <source>Last watch sync: not yet</source>
        <translation>마지막 시계 동기화: 아직 없어요</translation>
    </message>
    <message>
        <source>Last confirmed by the programme: %1</source>
        <translation>마지막 서버 확인: %1</translation>
    </message>
    <message>
        <source>Last confirmed by the programme: not yet</source>
        <translation>마지막 서버 확인: 아직 없어요</translation>
    </message>
    <message>
        <source>Points rules: version %1</source>
        <translation>포인트 기준: %1 버전</translation>
    </message>
    <message>
        <source>These records are demo data for practice, not your own. You can remove them in Settings.</source>
        <translation>지금 보이는 기록은 연습용 데모 데이터예요. 내 기록이 아니에요. 설정에서 지울 수 있어요.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Refresh the records</source>
        <translation>기록 새로 고침</translation>
    </message>
</context>
<context>
    <name>wristdoc::WeekChartCard</name>
    <message>
        <source>Steps in the last 7 days</source>
        <translation>최근 7일 걸음</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <extracomment>Legend entry of the goal line, e.g. &quot;Goal: 8,000 steps&quot;.</extracomment>
        <translation>목표 %1</translation>
    </message>
    <message>
        <source>No steps recorded this week yet.</source>
        <translation>이번 주에는 아직 걸음 기록이 없어요.</translation>
    </message>
    <message>
        <source>Goal reached on %1 of %2 days.</source>
        <extracomment>%1 days out of %2 reached the goal.</extracomment>
        <translation>%2일 중 %1일 목표를 달성했어요.</translation>
    </message>
    <message>
        <source>Daily average: %1.</source>
        <extracomment>%1 is a step count with its unit.</extracomment>
        <translation>하루 평균 %1예요.</translation>
    </message>
    <message>
        <source>Earlier days</source>
        <extracomment>Legend entry for the bars of the six days before today.</extracomment>
        <translation>지난 6일</translation>
    </message>
</context>
</TS>
