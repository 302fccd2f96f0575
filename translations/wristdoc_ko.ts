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
    <name>WatchMessages</name>
    <message>
        <source>Looking for watches nearby…</source>
        <translation>가까이 있는 시계를 찾는 중…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>Reading the watch&apos;s details…</source>
        <translation>시계 정보 읽는 중…</translation>
    </message>
    <message>
        <source>Setting the watch&apos;s time…</source>
        <translation>시간 맞추는 중…</translation>
    </message>
    <message>
        <source>Getting ready to fetch records…</source>
        <translation>기록 가져올 준비 중…</translation>
    </message>
    <message>
        <source>Fetching records…</source>
        <translation>기록 가져오는 중…</translation>
    </message>
    <message>
        <source>The connection dropped. Reconnecting…</source>
        <translation>연결이 끊겼어요. 다시 연결하는 중…</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>연결을 끊는 중…</translation>
    </message>
    <message>
        <source>Fetching records: %1 of %2</source>
        <translation>기록 가져오는 중 %1 / %2</translation>
    </message>
    <message>
        <source>This computer has no Bluetooth adapter.</source>
        <translation>이 컴퓨터에는 블루투스 장치가 없어요.</translation>
    </message>
    <message>
        <source>Bluetooth is switched off.</source>
        <translation>블루투스가 꺼져 있어요.</translation>
    </message>
    <message>
        <source>WristDoc is not allowed to use Bluetooth.</source>
        <translation>WristDoc이 블루투스를 쓸 수 있도록 허락되지 않았어요.</translation>
    </message>
    <message>
        <source>The search for watches did not work.</source>
        <translation>시계를 찾지 못했어요.</translation>
    </message>
    <message>
        <source>The watch did not answer. It may be too far away.</source>
        <translation>시계가 응답하지 않아요. 너무 멀리 있는 것 같아요.</translation>
    </message>
    <message>
        <source>Could not connect to the watch.</source>
        <translation>시계와 연결하지 못했어요.</translation>
    </message>
    <message>
        <source>The connection to the watch dropped. Reconnecting…</source>
        <translation>시계와 연결이 끊겼어요. 다시 연결하는 중…</translation>
    </message>
    <message>
        <source>The watch stopped answering. Reconnecting…</source>
        <translation>시계가 대답하지 않아요. 다시 연결하는 중…</translation>
    </message>
    <message>
        <source>Could not reconnect to the watch.</source>
        <translation>시계와 다시 연결하지 못했어요.</translation>
    </message>
    <message>
        <source>This is not a WristDoc watch.</source>
        <translation>WristDoc 시계가 아니에요.</translation>
    </message>
    <message>
        <source>Could not set the watch&apos;s time.</source>
        <translation>시계의 시간을 맞추지 못했어요.</translation>
    </message>
    <message>
        <source>The watch does not send heart rate.</source>
        <translation>시계에서 심박수를 받을 수 없어요.</translation>
    </message>
    <message>
        <source>Could not fetch the watch&apos;s records.</source>
        <translation>시계의 기록을 가져오지 못했어요.</translation>
    </message>
    <message>
        <source>Some records arrived damaged. Asking for them again…</source>
        <translation>일부 기록이 깨져서 다시 받는 중…</translation>
    </message>
    <message>
        <source>Some old records were no longer on the watch.</source>
        <translation>오래된 기록 일부가 시계에 남아 있지 않았어요.</translation>
    </message>
    <message>
        <source>A few records looked wrong and were not stored.</source>
        <translation>맞지 않아 보이는 기록 몇 개는 저장하지 않았어요.</translation>
    </message>
    <message>
        <source>Not all records were fetched. The next sync continues where this one stopped.</source>
        <translation>기록을 모두 가져오지 못했어요. 다음에 연결하면 멈춘 곳부터 이어서 가져와요.</translation>
    </message>
    <message>
        <source>The records could not be stored: this computer&apos;s storage is full.</source>
        <translation>이 컴퓨터의 저장 공간이 가득 차서 기록을 저장하지 못했어요.</translation>
    </message>
    <message>
        <source>The records could not be stored: the storage cannot be written to.</source>
        <translation>저장소에 쓸 수 없어서 기록을 저장하지 못했어요.</translation>
    </message>
    <message>
        <source>The records could not be stored.</source>
        <translation>기록을 저장하지 못했어요.</translation>
    </message>
    <message>
        <source>Something went wrong with the watch.</source>
        <translation>시계에 문제가 생겼어요.</translation>
    </message>
    <message>
        <source>Plug in a Bluetooth adapter, or use the simulated watch to try WristDoc.</source>
        <translation>블루투스 장치를 꽂거나, 시뮬레이션 시계로 WristDoc을 먼저 사용해 보세요.</translation>
    </message>
    <message>
        <source>Switch Bluetooth on in the computer&apos;s settings, then press “Scan again”.</source>
        <translation>컴퓨터 설정에서 블루투스를 켠 뒤 ‘다시 찾기’를 눌러 주세요.</translation>
    </message>
    <message>
        <source>Allow WristDoc to use Bluetooth in the computer&apos;s settings, or ask the staff for help.</source>
        <translation>컴퓨터 설정에서 WristDoc의 블루투스 사용을 허락하거나, 직원에게 도움을 청해 주세요.</translation>
    </message>
    <message>
        <source>Wait a moment, then press “Scan again”.</source>
        <translation>잠시 뒤 ‘다시 찾기’를 눌러 주세요.</translation>
    </message>
    <message>
        <source>Bring the watch close to this screen, then press “Scan again”. Records already fetched are kept.</source>
        <translation>시계를 이 화면 가까이 가져온 뒤 ‘다시 찾기’를 눌러 주세요. 이미 가져온 기록은 그대로 있어요.</translation>
    </message>
    <message>
        <source>Turn the watch off and on again, then press “Scan again”.</source>
        <translation>시계를 껐다가 다시 켠 뒤 ‘다시 찾기’를 눌러 주세요.</translation>
    </message>
    <message>
        <source>Keep the watch close to this screen.</source>
        <translation>시계를 이 화면 가까이에 두세요.</translation>
    </message>
    <message>
        <source>Choose another watch in the list. Check that its code matches the code on the watch.</source>
        <translation>목록에서 다른 시계를 골라 주세요. 시계에 보이는 코드와 같은지 확인하세요.</translation>
    </message>
    <message>
        <source>The records are fetched anyway; the time is set again at the next sync.</source>
        <translation>기록은 그대로 가져와요. 시간은 다음에 연결할 때 다시 맞춰요.</translation>
    </message>
    <message>
        <source>Steps are still fetched.</source>
        <translation>걸음 기록은 그대로 가져와요.</translation>
    </message>
    <message>
        <source>The watch had not been synced for a long time. Everything it still held was fetched.</source>
        <translation>시계를 오랫동안 연결하지 않았어요. 시계에 남아 있던 기록은 모두 가져왔어요.</translation>
    </message>
    <message>
        <source>All other records were stored.</source>
        <translation>나머지 기록은 모두 저장했어요.</translation>
    </message>
    <message>
        <source>The records already fetched are stored.</source>
        <translation>이미 가져온 기록은 저장했어요.</translation>
    </message>
    <message>
        <source>Please tell the staff. The records stay on the watch until they are stored.</source>
        <translation>직원에게 알려 주세요. 기록은 저장될 때까지 시계에 남아 있어요.</translation>
    </message>
    <message>
        <source>This watch is already registered to someone else.</source>
        <translation>이 시계는 이미 다른 분의 시계로 등록되어 있어요.</translation>
    </message>
    <message>
        <source>Check the code on the watch. If it is the right watch, please ask the staff.</source>
        <translation>시계의 코드를 다시 확인해 주세요. 맞는 시계라면 직원에게 문의해 주세요.</translation>
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
    <message>
        <source>Pair a watch</source>
        <translation>시계 연결하기</translation>
    </message>
    <message>
        <source>Pair a watch and bring in its records</source>
        <translation>시계를 연결하고 기록 가져오기</translation>
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
    <name>wristdoc::NearbyWatchRow</name>
    <message>
        <source>Unnamed watch</source>
        <translation>이름 없는 시계</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>코드 없음</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>코드 %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>연결하기</translation>
    </message>
    <message>
        <source>%1, code %2, %3</source>
        <translation>%1, 코드 %2, %3</translation>
    </message>
    <message>
        <source>Connects to this watch and fetches its records</source>
        <translation>이 시계와 연결해서 기록을 가져와요</translation>
    </message>
</context>
<context>
    <name>wristdoc::PairingWindow</name>
    <message>
        <source>Pair a watch</source>
        <translation>시계 연결하기</translation>
    </message>
    <message>
        <source>Choose the watch whose code matches the code shown on the watch. Everything is stored on this computer; no internet connection is needed.</source>
        <translation>시계에 보이는 코드와 같은 코드의 시계를 골라 주세요. 모든 기록은 이 컴퓨터에 저장되고, 인터넷 연결은 필요 없어요.</translation>
    </message>
    <message>
        <source>Use the simulated watch</source>
        <translation>시뮬레이션 시계 사용</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>다시 찾기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Pair another watch</source>
        <translation>다른 시계 연결하기</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>마치기</translation>
    </message>
    <message numerus="yes">
        <source>%1 watches found. The strongest signal is at the top.</source>
        <translation>
            <numerusform>시계를 %1개 찾았어요. 신호가 강한 시계가 맨 위에 있어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>No watch found yet. Bring the watch close to this screen and press “Scan again”.</source>
        <translation>아직 찾은 시계가 없어요. 시계를 이 화면 가까이 가져온 뒤 ‘다시 찾기’를 눌러 주세요.</translation>
    </message>
    <message>
        <source>Unnamed watch</source>
        <translation>이름 없는 시계</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (코드 %2)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>%2단계 중 %1단계</translation>
    </message>
    <message>
        <source>The watch is paired</source>
        <translation>시계를 연결했어요</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>코드 %1</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>배터리</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>The battery is low. Please charge the watch before handing it over.</source>
        <translation>배터리가 부족해요. 시계를 건네기 전에 충전해 주세요.</translation>
    </message>
    <message>
        <source>Records stored</source>
        <translation>저장한 기록</translation>
    </message>
    <message numerus="yes">
        <source>%1 minutes</source>
        <translation>
            <numerusform>%1분</numerusform>
        </translation>
    </message>
    <message>
        <source>The records are stored on this computer. They reach the programme server later, when it can take them.</source>
        <translation>기록은 이 컴퓨터에 저장했어요. 서버가 받을 수 있을 때 나중에 보내요.</translation>
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
    <name>wristdoc::SignalBars</name>
    <message>
        <source>Strong signal</source>
        <translation>신호 강함</translation>
    </message>
    <message>
        <source>Fair signal</source>
        <translation>신호 보통</translation>
    </message>
    <message>
        <source>Weak signal</source>
        <translation>신호 약함</translation>
    </message>
    <message>
        <source>Signal unknown</source>
        <translation>신호 알 수 없음</translation>
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
