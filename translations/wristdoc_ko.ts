<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
<context>
    <name>EnrolmentMessages</name>
    <message>
        <source>Enter your name.</source>
        <translation>이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>이름은 %1자까지 쓸 수 있어요.</translation>
    </message>
    <message>
        <source>A name cannot contain numbers.</source>
        <translation>이름에는 숫자를 쓸 수 없어요.</translation>
    </message>
    <message>
        <source>Enter the year, month and day you were born.</source>
        <translation>태어난 연도, 월, 일을 입력해 주세요.</translation>
    </message>
    <message>
        <source>Enter the year with four digits, for example 1956.</source>
        <translation>연도는 1956처럼 네 자리로 입력해 주세요.</translation>
    </message>
    <message>
        <source>The month must be from 1 to 12.</source>
        <translation>월은 1부터 12까지예요.</translation>
    </message>
    <message>
        <source>There is no such date. Check the year.</source>
        <translation>없는 날짜예요. 연도를 확인해 주세요.</translation>
    </message>
    <message>
        <source>This date is in the future. Check the year.</source>
        <translation>오늘보다 뒤의 날짜예요. 연도를 확인해 주세요.</translation>
    </message>
    <message>
        <source>This date is more than %1 years ago. Check the year.</source>
        <translation>%1년보다 더 전의 날짜예요. 연도를 확인해 주세요.</translation>
    </message>
    <message>
        <source>You can take part from the age of %1.</source>
        <translation>만 %1세부터 참여할 수 있어요.</translation>
    </message>
    <message>
        <source>Enter your mobile phone number, for example 010-1234-5678.</source>
        <translation>휴대전화 번호를 010-1234-5678처럼 입력해 주세요.</translation>
    </message>
    <message>
        <source>Use numbers only.</source>
        <translation>숫자만 입력해 주세요.</translation>
    </message>
    <message>
        <source>Keep typing your mobile phone number.</source>
        <translation>휴대전화 번호를 이어서 입력해 주세요.</translation>
    </message>
    <message>
        <source>A mobile phone number starts with 010, 011, 016, 017, 018 or 019.</source>
        <translation>휴대전화 번호는 010, 011, 016, 017, 018, 019로 시작해요.</translation>
    </message>
    <message>
        <source>Keep typing: a number that starts with %1 has 11 digits.</source>
        <translation>이어서 입력해 주세요. %1 번호는 11자리예요.</translation>
    </message>
    <message>
        <source>Keep typing: a number that starts with %1 has 10 or 11 digits.</source>
        <translation>이어서 입력해 주세요. %1 번호는 10자리나 11자리예요.</translation>
    </message>
    <message>
        <source>Too many digits: a number that starts with %1 has 11 digits.</source>
        <translation>숫자가 너무 많아요. %1 번호는 11자리예요.</translation>
    </message>
    <message>
        <source>Too many digits: a number that starts with %1 has 10 or 11 digits.</source>
        <translation>숫자가 너무 많아요. %1 번호는 10자리나 11자리예요.</translation>
    </message>
    <message>
        <source>I live in Seoul</source>
        <translation>서울에 살아요</translation>
    </message>
    <message>
        <source>I work in Seoul</source>
        <translation>서울에서 일해요</translation>
    </message>
    <message>
        <source>I study in Seoul</source>
        <translation>서울에서 공부해요</translation>
    </message>
    <message>
        <source>Borrow a band</source>
        <translation>밴드 빌리기</translation>
    </message>
    <message>
        <source>My own smartwatch</source>
        <translation>내 스마트워치</translation>
    </message>
    <message>
        <source>My phone only</source>
        <translation>휴대전화만</translation>
    </message>
    <message>
        <source>The programme lends you a band that counts your steps. You collect it at the counter.</source>
        <translation>걸음 수를 세는 밴드를 빌려 드려요. 창구에서 받아 가세요.</translation>
    </message>
    <message>
        <source>Use a smartwatch you already have.</source>
        <translation>가지고 계신 스마트워치를 써요.</translation>
    </message>
    <message>
        <source>Your phone counts your steps. No watch is needed.</source>
        <translation>휴대전화로 걸음 수를 세어요. 시계는 없어도 돼요.</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>A date of birth: a QDate format string (yyyy year, M month, d day, MMMM month name).</extracomment>
        <translation>yyyy년 M월 d일</translation>
    </message>
    <message>
        <source>Collecting and using your personal data</source>
        <translation>개인정보 수집·이용 동의</translation>
    </message>
    <message>
        <source>Using your health data</source>
        <translation>건강정보(민감정보) 처리 동의</translation>
    </message>
    <message>
        <source>Sharing with your district&apos;s public health centre</source>
        <translation>구 보건소에 정보 제공 동의</translation>
    </message>
    <message>
        <source>What we collect: your name, date of birth, mobile phone number and district, why you can take part, and the device you use.

Why: to register you in the walking programme, to contact you about it, and to pay out your points.

How long: until you leave the programme and one more year to settle your points. Then it is deleted.

We never ask for your resident registration number.

You may refuse. Without this consent you cannot take part in the programme.</source>
        <translation>모으는 정보: 이름, 생년월일, 휴대전화 번호, 자치구, 참여 자격, 쓰시는 기기

쓰는 곳: 걷기 사업 참여 등록, 사업 안내 연락, 포인트 지급

보관 기간: 사업을 그만두신 뒤 포인트 정산을 위해 1년 더 보관하고, 그 뒤에 지워요.

주민등록번호는 절대 묻지 않아요.

동의하지 않으실 수 있어요. 다만 동의하지 않으면 사업에 참여할 수 없어요.</translation>
    </message>
    <message>
        <source>What we collect: your steps, your heart rate and the minutes you wear the watch, as your watch or phone records them.

Why: to count your points and to show you your walking records.

Health data is sensitive information. That is why this consent is separate from the consent for your other personal data.

How long: until you leave the programme. Then it is deleted.

You may refuse. Without this consent your steps cannot be counted, so you cannot take part in the programme.</source>
        <translation>모으는 정보: 시계나 휴대전화가 기록한 걸음 수, 심박수, 시계를 찬 시간

쓰는 곳: 포인트 계산, 걷기 기록 보여 드리기

건강정보는 민감한 정보예요. 그래서 다른 개인정보와 따로 동의를 받아요.

보관 기간: 사업을 그만두실 때까지 보관하고, 그 뒤에 지워요.

동의하지 않으실 수 있어요. 다만 동의하지 않으면 걸음 수를 셀 수 없어서 사업에 참여할 수 없어요.</translation>
    </message>
    <message>
        <source>Who receives it: the public health centre of your district.

What: your name, mobile phone number and district, and your steps per day.

Why: to invite you to walking groups and health programmes near you.

How long: until you leave the programme or take back this consent.

You may refuse. You can take part in the programme without this consent.</source>
        <translation>받는 곳: 고르신 자치구의 보건소

주는 정보: 이름, 휴대전화 번호, 자치구, 하루 걸음 수

쓰는 곳: 가까운 걷기 모임과 건강 프로그램 안내

보관 기간: 사업을 그만두시거나 이 동의를 거두실 때까지

동의하지 않으실 수 있어요. 동의하지 않아도 사업에 참여할 수 있어요.</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>동의해요</translation>
    </message>
    <message>
        <source>I do not agree</source>
        <translation>동의하지 않아요</translation>
    </message>
    <message>
        <source>Your application could not be saved because this kiosk&apos;s storage is full. Everything you entered is still here. Please try again, or ask the staff.</source>
        <translation>이 키오스크의 저장 공간이 가득 차서 신청서를 저장하지 못했어요. 입력하신 내용은 그대로 있어요. 다시 해 보시거나 직원에게 물어봐 주세요.</translation>
    </message>
    <message>
        <source>Your application could not be saved because this kiosk cannot store data right now. Everything you entered is still here. Please try again, or ask the staff.</source>
        <translation>이 키오스크가 지금 저장을 할 수 없어서 신청서를 저장하지 못했어요. 입력하신 내용은 그대로 있어요. 다시 해 보시거나 직원에게 물어봐 주세요.</translation>
    </message>
    <message>
        <source>Your application could not be saved because this kiosk&apos;s safe storage is locked. Everything you entered is still here. Please try again, or ask the staff.</source>
        <translation>이 키오스크의 보안 저장소가 잠겨 있어서 신청서를 저장하지 못했어요. 입력하신 내용은 그대로 있어요. 다시 해 보시거나 직원에게 물어봐 주세요.</translation>
    </message>
    <message>
        <source>Your application could not be saved on this kiosk. Everything you entered is still here. Please try again, or ask the staff.</source>
        <translation>이 키오스크에 신청서를 저장하지 못했어요. 입력하신 내용은 그대로 있어요. 다시 해 보시거나 직원에게 물어봐 주세요.</translation>
    </message>
    <message>
        <source>Saved on this kiosk. It will be sent to the programme automatically; you do not need to wait here.</source>
        <translation>이 키오스크에 저장했어요. 자동으로 보내 드리니 여기서 기다리지 않으셔도 돼요.</translation>
    </message>
    <message>
        <source>Applications for your birth year are taken on %1. Your application will be sent automatically on that day; you do not need to come back.</source>
        <extracomment>%1 is a date such as &quot;Monday, November 23&quot;.</extracomment>
        <translation>태어난 해에 따라 %1에 신청을 받아요. 그날 자동으로 보내 드리니 다시 오지 않으셔도 돼요.</translation>
    </message>
    <message>
        <source>dddd, MMMM d</source>
        <translation>M월 d일 dddd</translation>
    </message>
    <message>
        <source>Waiting in the programme&apos;s queue. It will be sent automatically; you do not need to wait here.</source>
        <translation>사업 대기열에서 차례를 기다리고 있어요. 자동으로 보내 드리니 여기서 기다리지 않으셔도 돼요.</translation>
    </message>
    <message>
        <source>The programme has confirmed your application. Your participant number is %1.</source>
        <translation>사업 본부에서 신청을 확인했어요. 참여자 번호: %1</translation>
    </message>
    <message>
        <source>The programme has confirmed your application.</source>
        <translation>사업 본부에서 신청을 확인했어요.</translation>
    </message>
    <message>
        <source>The programme says you are already taking part. If that is not right, please ask the staff.</source>
        <translation>이미 사업에 참여하고 계신다고 해요. 사실과 다르면 직원에게 물어봐 주세요.</translation>
    </message>
    <message>
        <source>All places in this round are taken. Please ask the staff about the next round.</source>
        <translation>이번 모집 인원이 모두 찼어요. 다음 모집은 직원에게 물어봐 주세요.</translation>
    </message>
    <message>
        <source>The programme could not accept some of your details. Please ask the staff.</source>
        <translation>입력하신 내용 가운데 일부를 받을 수 없다고 해요. 직원에게 물어봐 주세요.</translation>
    </message>
    <message>
        <source>The programme could not accept this application. Please ask the staff.</source>
        <translation>이 신청을 받을 수 없다고 해요. 직원에게 물어봐 주세요.</translation>
    </message>
    <message>
        <source>Sending is taking longer than usual. Your application is kept safely on this kiosk; the staff can check it with your reference code.</source>
        <translation>보내는 데 평소보다 오래 걸리고 있어요. 신청서는 이 키오스크에 안전하게 있고, 직원이 접수 번호로 확인할 수 있어요.</translation>
    </message>
    <message>
        <source>You are number %1 in the programme&apos;s queue.</source>
        <translation>사업 대기열에서 %1번째예요.</translation>
    </message>
    <message>
        <source>Estimated wait: %1.</source>
        <translation>예상 대기 시간: %1.</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>1분 미만</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>약 %n분</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 minutes</source>
        <translation>%1~%2분</translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>약 %n시간</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 hours</source>
        <translation>%1~%2시간</translation>
    </message>
    <message>
        <source>This month has %1 days. Check the day.</source>
        <translation>이 달은 %1일까지 있어요. 날짜를 확인해 주세요.</translation>
    </message>
    <message>
        <source>The day must be from 1 to %1.</source>
        <translation>날짜는 1일부터 %1일까지예요.</translation>
    </message>
    <message>
        <source>This kiosk has taken many applications in the last few minutes and is pausing for a short while. Everything you entered is still here. Please ask the staff for help.</source>
        <translation>이 키오스크에 몇 분 사이에 신청이 많이 들어와서 잠시 쉬고 있어요. 입력하신 내용은 그대로 있어요. 직원에게 도움을 요청해 주세요.</translation>
    </message>
    <message>
        <source>An application with the same name, date of birth and mobile number was already made at this kiosk. If you have applied before, you do not need to apply again. You can still send this one; if you are not sure, please ask the staff.</source>
        <translation>이 키오스크에서 이름, 생년월일, 휴대전화 번호가 같은 신청이 이미 있었어요. 전에 신청하셨다면 다시 신청하지 않으셔도 돼요. 그래도 이 신청을 보낼 수 있어요. 잘 모르시겠으면 직원에게 물어봐 주세요.</translation>
    </message>
</context>
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
    <name>ServerAddressPolicy</name>
    <message>
        <source>The programme server address is not valid. Ask the programme office for the right address; it starts with https://.</source>
        <translation>사업 서버 주소가 올바르지 않아요. 사업 담당 부서에 올바른 주소를 물어봐 주세요. 주소는 https://로 시작해요.</translation>
    </message>
    <message>
        <source>The programme server address must start with https:// so that what you enter is sent safely. Nothing was sent. Ask the programme office for the secure address.</source>
        <translation>입력하신 내용을 안전하게 보내려면 사업 서버 주소가 https://로 시작해야 해요. 아무것도 보내지 않았어요. 사업 담당 부서에 안전한 주소를 물어봐 주세요.</translation>
    </message>
</context>
<context>
    <name>StaffMessages</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>보내기를 기다리는 중</translation>
    </message>
    <message>
        <source>Being sent now</source>
        <translation>지금 보내는 중</translation>
    </message>
    <message>
        <source>In the programme&apos;s queue</source>
        <translation>사업 대기열에서 기다리는 중</translation>
    </message>
    <message>
        <source>Delivered and confirmed</source>
        <translation>전달되고 확인됨</translation>
    </message>
    <message>
        <source>Refused by the programme</source>
        <translation>사업에서 받지 않음</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>서버가 제때 답하지 않았어요.</translation>
    </message>
    <message>
        <source>The server could not be reached. It may be down or restarting.</source>
        <translation>서버에 연결하지 못했어요. 서버가 멈췄거나 다시 시작하는 중일 수 있어요.</translation>
    </message>
    <message>
        <source>The connection was cut off while sending.</source>
        <translation>보내는 도중에 연결이 끊어졌어요.</translation>
    </message>
    <message>
        <source>The server&apos;s address was not found. Check the network connection.</source>
        <translation>서버 주소를 찾지 못했어요. 네트워크 연결을 확인해 주세요.</translation>
    </message>
    <message>
        <source>A secure connection could not be made (certificate problem).</source>
        <translation>안전한 연결을 만들지 못했어요(인증서 문제).</translation>
    </message>
    <message>
        <source>A network problem stopped the sending.</source>
        <translation>네트워크 문제로 보내지 못했어요.</translation>
    </message>
    <message>
        <source>The server was busy and asked the kiosk to wait.</source>
        <translation>서버가 바빠서 키오스크에 기다리라고 했어요.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>서버의 답을 읽을 수 없었어요.</translation>
    </message>
    <message>
        <source>The server was still working on this application.</source>
        <translation>서버가 아직 이 신청을 처리하고 있었어요.</translation>
    </message>
    <message>
        <source>This applicant&apos;s day has not come yet.</source>
        <translation>이 신청자의 신청일이 아직 오지 않았어요.</translation>
    </message>
    <message>
        <source>The programme says this person already takes part.</source>
        <translation>사업에서 이 분은 이미 참여하고 있다고 해요.</translation>
    </message>
    <message>
        <source>The programme refused some of the details.</source>
        <translation>사업에서 입력 내용 일부를 받지 않았어요.</translation>
    </message>
    <message>
        <source>All places in this round are taken.</source>
        <translation>이번 모집 인원이 모두 찼어요.</translation>
    </message>
    <message>
        <source>The server saw this request before with other contents. Please report it.</source>
        <translation>서버가 같은 요청을 다른 내용으로 받은 적이 있다고 해요. 담당자에게 알려 주세요.</translation>
    </message>
    <message>
        <source>The stored application could not be opened on this kiosk.</source>
        <translation>저장된 신청서를 이 키오스크에서 열 수 없었어요.</translation>
    </message>
    <message>
        <source>The server had a problem (error %1).</source>
        <extracomment>%1 is an HTTP status such as 500.</extracomment>
        <translation>서버에 문제가 있었어요(오류 %1).</translation>
    </message>
    <message>
        <source>The server gave an answer the kiosk did not expect (%1).</source>
        <extracomment>%1 is a short technical code, for the helpdesk.</extracomment>
        <translation>서버가 키오스크가 예상하지 못한 답을 했어요(%1).</translation>
    </message>
    <message>
        <source>No server is set for this kiosk. Applications are kept here.</source>
        <translation>이 키오스크에는 서버가 설정되어 있지 않아요. 신청서는 여기에 보관돼요.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>아직 확인하지 않았어요.</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>확인하는 중...</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>서버가 응답해요.</translation>
    </message>
    <message>
        <source>The server answers but is too busy to take work now.</source>
        <translation>서버가 응답하지만 지금은 너무 바빠서 일을 받을 수 없어요.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>서버에 연결할 수 없어요.</translation>
    </message>
    <message>
        <source>Use digits only.</source>
        <translation>숫자만 사용해 주세요.</translation>
    </message>
    <message>
        <source>Use at least %1 digits.</source>
        <translation>숫자를 %1자리 이상 사용해 주세요.</translation>
    </message>
    <message>
        <source>Use at most %1 digits.</source>
        <translation>숫자는 %1자리까지 사용할 수 있어요.</translation>
    </message>
    <message>
        <source>Do not use the same digit throughout. It is too easy to guess.</source>
        <translation>같은 숫자만 쓰지 마세요. 너무 쉽게 알아낼 수 있어요.</translation>
    </message>
    <message>
        <source>Do not use digits in a row such as 123456. It is too easy to guess.</source>
        <translation>123456처럼 이어지는 숫자는 쓰지 마세요. 너무 쉽게 알아낼 수 있어요.</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>1분 미만</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>%1 is a number of hours, %2 a number of minutes.</extracomment>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>%1 is a number of days, %2 a number of hours.</extracomment>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Date format for a day other than today, e.g. &quot;Nov 21&quot;; then the time.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>M월 d일</translation>
    </message>
    <message>
        <source>No more attempts</source>
        <translation>더 보내지 않음</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>지금</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>정해지지 않음</translation>
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
        <translation>블루투스 장치를 꽂거나, 연습용 시계로 WristDoc을 먼저 사용해 보세요.</translation>
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
    <name>wristdoc::BirthDateInput</name>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Year of birth, four digits</source>
        <translation>태어난 연도, 네 자리</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>태어난 월</translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation>태어난 일</translation>
    </message>
    <message>
        <source>e.g. 1956</source>
        <translation>예: 1956</translation>
    </message>
</context>
<context>
    <name>wristdoc::ConsentPage</name>
    <message>
        <source>Choose whether you agree.</source>
        <translation>동의하시는지 골라 주세요.</translation>
    </message>
    <message>
        <source>You need to agree to this to take part.</source>
        <translation>참여하시려면 이 내용에 동의해 주셔야 해요.</translation>
    </message>
    <message>
        <source>Without this consent you cannot take part. You can agree, or ask the staff about it.</source>
        <translation>이 동의가 없으면 참여할 수 없어요. 동의하시거나 직원에게 물어봐 주세요.</translation>
    </message>
    <message>
        <source>That is fine: you can take part without this consent.</source>
        <translation>괜찮아요. 이 동의 없이도 참여할 수 있어요.</translation>
    </message>
    <message>
        <source>Please read this and choose your answer.</source>
        <translation>내용을 읽고 답을 골라 주세요.</translation>
    </message>
    <message>
        <source>This consent is optional. Please read it and choose your answer.</source>
        <translation>이 동의는 선택이에요. 내용을 읽고 답을 골라 주세요.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>필수</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>Text version %1</source>
        <translation>안내문 버전 %1</translation>
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
    <message>
        <source>Join the programme</source>
        <translation>참여 신청</translation>
    </message>
    <message>
        <source>Apply to join the walking programme</source>
        <translation>걷기 사업에 참여 신청하기</translation>
    </message>
    <message>
        <source>Me</source>
        <extracomment>The person&apos;s name when the household gave none: this computer&apos;s own participant.</extracomment>
        <translation>나</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>사람 추가…</translation>
    </message>
    <message>
        <source>Link this computer…</source>
        <translation>이 컴퓨터 연결…</translation>
    </message>
    <message>
        <source>Unlink…</source>
        <translation>연결 해제…</translation>
    </message>
    <message>
        <source>Records of %1. Choose a person</source>
        <extracomment>The button that opens the list of people on this computer. %1 is the person shown.</extracomment>
        <translation>지금 보는 사람: %1. 다른 사람 고르기</translation>
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
    <message>
        <source>Unlink this computer from your participant number? Points already credited stay with the programme, but this computer stops sending and checking your records.</source>
        <translation>이 컴퓨터와 참여자 번호의 연결을 해제할까요? 이미 적립된 포인트는 그대로 남지만, 이 컴퓨터는 더 이상 기록을 보내거나 확인하지 않아요.</translation>
    </message>
    <message>
        <source>Unlink this computer from %1&apos;s participant number? Points already credited stay with the programme, but this computer stops sending and checking %1&apos;s records.</source>
        <extracomment>%1 is the person&apos;s name on this computer, e.g. &quot;엄마&quot;.</extracomment>
        <translation>이 컴퓨터와 %1의 참여자 번호 연결을 해제할까요? 이미 적립된 포인트는 그대로 남지만, 이 컴퓨터는 더 이상 %1의 기록을 보내거나 확인하지 않아요.</translation>
    </message>
    <message>
        <source>Unlink this computer</source>
        <translation>이 컴퓨터 연결 해제</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>연결 해제</translation>
    </message>
    <message>
        <source>Keep the link</source>
        <translation>연결 유지</translation>
    </message>
    <message>
        <source>Also delete your steps, heart rate and points from this computer? What the programme has already received is not affected.</source>
        <translation>이 컴퓨터에 저장된 걸음 수, 심박수, 포인트 기록도 지울까요? 사업 본부에 이미 보낸 기록은 그대로예요.</translation>
    </message>
    <message>
        <source>Also delete %1&apos;s steps, heart rate and points from this computer? What the programme has already received is not affected.</source>
        <translation>이 컴퓨터에 저장된 %1의 걸음 수, 심박수, 포인트 기록도 지울까요? 사업 본부에 이미 보낸 기록은 그대로예요.</translation>
    </message>
    <message>
        <source>Records on this computer</source>
        <translation>이 컴퓨터의 기록</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>그대로 두기</translation>
    </message>
</context>
<context>
    <name>wristdoc::DetailsPage</name>
    <message>
        <source>About you</source>
        <translation>신청하시는 분</translation>
    </message>
    <message>
        <source>We use these details to register you and to contact you about the programme. We never ask for your resident registration number.</source>
        <translation>참여 등록과 사업 안내 연락에 써요. 주민등록번호는 절대 묻지 않아요.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>휴대전화 번호</translation>
    </message>
</context>
<context>
    <name>wristdoc::DevicePage</name>
    <message>
        <source>Choose how you will count your steps.</source>
        <translation>걸음 수를 셀 방법을 골라 주세요.</translation>
    </message>
    <message>
        <source>How will you count your steps?</source>
        <translation>걸음 수를 무엇으로 셀까요?</translation>
    </message>
    <message>
        <source>Choose the one that suits you.</source>
        <translation>편한 것을 하나 골라 주세요.</translation>
    </message>
</context>
<context>
    <name>wristdoc::DeviceRegistration</name>
    <message>
        <source>This kiosk is registered with the programme server.</source>
        <translation>이 키오스크를 사업 서버에 등록했어요.</translation>
    </message>
    <message>
        <source>No programme server is set for this kiosk, so it cannot be registered.</source>
        <translation>이 키오스크에는 사업 서버가 설정되어 있지 않아 등록할 수 없어요.</translation>
    </message>
    <message>
        <source>This code is not right. Check the six digits and try again.</source>
        <translation>코드가 맞지 않아요. 여섯 자리 숫자를 확인하고 다시 해 주세요.</translation>
    </message>
    <message>
        <source>This code has already been used. Ask the programme office for a new one.</source>
        <translation>이미 사용한 코드예요. 사업 담당 부서에 새 코드를 받아 주세요.</translation>
    </message>
    <message>
        <source>This code has expired. Ask the programme office for a new one.</source>
        <translation>코드의 사용 시간이 지났어요. 사업 담당 부서에 새 코드를 받아 주세요.</translation>
    </message>
    <message>
        <source>Too many tries right now. Please wait a few minutes and try again.</source>
        <translation>지금은 시도가 너무 많아요. 몇 분 기다린 뒤 다시 해 주세요.</translation>
    </message>
    <message>
        <source>Registration is already in progress. Please wait.</source>
        <translation>등록을 이미 진행하고 있어요. 잠시 기다려 주세요.</translation>
    </message>
    <message>
        <source>The server could not be confirmed as the programme&apos;s server, so nothing was sent. Call the programme office.</source>
        <translation>사업 서버가 맞는지 확인할 수 없어서 아무것도 보내지 않았어요. 사업 담당 부서에 전화해 주세요.</translation>
    </message>
    <message>
        <source>The server address is not secure (it must start with https://), so nothing was sent. Call the programme office.</source>
        <translation>서버 주소가 안전하지 않아서(https://로 시작해야 해요) 아무것도 보내지 않았어요. 사업 담당 부서에 전화해 주세요.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate was not accepted, so nothing was sent. Call the programme office.</source>
        <translation>서버의 보안 인증서를 받아들일 수 없어서 아무것도 보내지 않았어요. 사업 담당 부서에 전화해 주세요.</translation>
    </message>
    <message>
        <source>The code was accepted, but this kiosk could not save its key. Ask for a new code and try again.</source>
        <translation>코드는 확인됐지만 이 키오스크에 열쇠를 저장하지 못했어요. 새 코드를 받아 다시 해 주세요.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the network and try again.</source>
        <translation>서버에 연결할 수 없어요. 네트워크를 확인하고 다시 해 주세요.</translation>
    </message>
    <message>
        <source>The server did not accept the registration. Call the programme office.</source>
        <translation>서버가 등록을 받아들이지 않았어요. 사업 담당 부서에 전화해 주세요.</translation>
    </message>
</context>
<context>
    <name>wristdoc::DistrictPage</name>
    <message>
        <source>Choose your district.</source>
        <translation>자치구를 골라 주세요.</translation>
    </message>
    <message>
        <source>Choose the district where you live.</source>
        <translation>사시는 곳의 구를 골라 주세요.</translation>
    </message>
    <message>
        <source>Choose the district where you work.</source>
        <translation>일하시는 곳의 구를 골라 주세요.</translation>
    </message>
    <message>
        <source>Choose the district where you study.</source>
        <translation>공부하시는 곳의 구를 골라 주세요.</translation>
    </message>
    <message>
        <source>Your district</source>
        <translation>자치구</translation>
    </message>
</context>
<context>
    <name>wristdoc::EligibilityPage</name>
    <message>
        <source>Choose whether you live, work or study in Seoul.</source>
        <translation>서울에 사는지, 일하는지, 공부하는지 골라 주세요.</translation>
    </message>
    <message>
        <source>Confirm that you are %1 or older.</source>
        <translation>만 %1세 이상인지 확인해 주세요.</translation>
    </message>
    <message>
        <source>Can you take part?</source>
        <translation>참여할 수 있는지 확인해요</translation>
    </message>
    <message>
        <source>The programme is for adults aged %1 or older who live, work or study in Seoul.</source>
        <translation>서울에 살거나, 서울에서 일하거나 공부하는 만 %1세 이상 성인이 참여할 수 있어요.</translation>
    </message>
    <message>
        <source>Your connection to Seoul</source>
        <translation>서울과의 관계</translation>
    </message>
    <message>
        <source>Your workplace is in Seoul.</source>
        <translation>직장이 서울에 있어요.</translation>
    </message>
    <message>
        <source>Your school or university is in Seoul.</source>
        <translation>학교가 서울에 있어요.</translation>
    </message>
    <message>
        <source>Your age</source>
        <translation>나이</translation>
    </message>
    <message>
        <source>I am %1 or older</source>
        <translation>만 %1세 이상이에요</translation>
    </message>
    <message>
        <source>We check this with your date of birth on the next page.</source>
        <translation>다음 화면에서 생년월일로 한 번 더 확인해요.</translation>
    </message>
    <message>
        <source>Your home is in Seoul.</source>
        <translation>집이 서울에 있어요.</translation>
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
        <translation>먼저 연습해 보고 싶으세요? 연습용 시계로 어떻게 쓰는지 볼 수 있어요.</translation>
    </message>
    <message>
        <source>Use the simulated watch</source>
        <translation>연습용 시계 사용하기</translation>
    </message>
</context>
<context>
    <name>wristdoc::EnrolmentHeader</name>
    <message>
        <source>Join the walking programme</source>
        <translation>걷기 사업 참여 신청</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>%2단계 중 %1단계</translation>
    </message>
    <message>
        <source>Change the language to %1</source>
        <translation>언어를 %1로 바꾸기</translation>
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
        <source>Start over</source>
        <translation>처음부터 다시</translation>
    </message>
    <message>
        <source>Start over and forget what was entered</source>
        <translation>처음부터 다시 하고 입력한 내용 지우기</translation>
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
</context>
<context>
    <name>wristdoc::EnrolmentWizard</name>
    <message>
        <source>Start over</source>
        <translation>처음부터 다시</translation>
    </message>
    <message>
        <source>Start over? Everything you entered will be forgotten.</source>
        <translation>처음부터 다시 할까요? 입력하신 내용이 모두 지워져요.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>계속하기</translation>
    </message>
    <message>
        <source>Send my application</source>
        <translation>신청서 보내기</translation>
    </message>
    <message>
        <source>Back to the review</source>
        <translation>확인 화면으로</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Join the walking programme</source>
        <translation>걷기 사업 참여 신청</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>이전</translation>
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
    <name>wristdoc::HomeController</name>
    <message>
        <source>The new person could not be added. Nothing was changed.</source>
        <translation>새 사람을 추가하지 못했어요. 바뀐 것은 없어요.</translation>
    </message>
    <message>
        <source>This computer is no longer linked, and this person&apos;s data on it has been deleted.</source>
        <translation>이 컴퓨터의 연결을 해제했고, 이 사람의 기록도 이 컴퓨터에서 지웠어요.</translation>
    </message>
    <message>
        <source>This computer is no longer linked. The steps stay on it.</source>
        <translation>이 컴퓨터의 연결을 해제했어요. 걸음 기록은 이 컴퓨터에 남아 있어요.</translation>
    </message>
    <message>
        <source>The report could not be saved. Nothing was lost; please try again.</source>
        <translation>보고서를 저장하지 못했어요. 잃어버린 것은 없어요. 다시 해 주세요.</translation>
    </message>
    <message>
        <source>The report for the helpdesk was saved as:
%1</source>
        <translation>상담용 보고서를 저장했어요:
%1</translation>
    </message>
    <message>
        <source>The programme no longer recognises this computer for this person. Link it again with the participant number; no steps were lost.</source>
        <translation>사업 서버가 이 사람의 이 컴퓨터를 더 이상 알아보지 못해요. 참여자 번호로 다시 연결해 주세요. 걸음 기록은 그대로 있어요.</translation>
    </message>
    <message>
        <source>WristDoc is not connected to the programme&apos;s server, so it cannot be linked now.</source>
        <translation>손목닥터가 사업 서버에 연결되어 있지 않아 지금은 연결할 수 없어요.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was lost; please try again later.</source>
        <translation>문제가 생겼어요. 잃어버린 것은 없어요. 나중에 다시 해 주세요.</translation>
    </message>
</context>
<context>
    <name>wristdoc::IdleWarning</name>
    <message>
        <source>Seconds left: %1</source>
        <translation>남은 시간: %1초</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>아직 계신가요?</translation>
    </message>
    <message>
        <source>To protect your privacy, everything entered on this screen will be cleared when the count reaches zero. Tap &quot;Continue&quot; if you are still here.</source>
        <translation>개인정보를 지키기 위해 숫자가 0이 되면 이 화면에 입력한 내용을 모두 지워요. 아직 계시면 &quot;계속하기&quot;를 눌러 주세요.</translation>
    </message>
    <message>
        <source>seconds left</source>
        <translation>초 남았어요</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속하기</translation>
    </message>
</context>
<context>
    <name>wristdoc::KioskWindow</name>
    <message>
        <source>WristDoc kiosk</source>
        <translation>WristDoc 키오스크</translation>
    </message>
</context>
<context>
    <name>wristdoc::LinkDialog</name>
    <message>
        <source>Please type the participant number from your receipt.</source>
        <translation>접수증에 있는 참여자 번호를 입력해 주세요.</translation>
    </message>
    <message>
        <source>Asking for a code. Please wait...</source>
        <translation>코드를 요청하고 있어요. 잠시 기다려 주세요...</translation>
    </message>
    <message>
        <source>The code has six digits. Please type all six.</source>
        <translation>코드는 6자리예요. 6자리를 모두 입력해 주세요.</translation>
    </message>
    <message>
        <source>Checking the code. Please wait...</source>
        <translation>코드를 확인하고 있어요. 잠시 기다려 주세요...</translation>
    </message>
    <message numerus="yes">
        <source>A code was sent to your mobile phone by text message. It can be used for %n minute(s).</source>
        <translation>
            <numerusform>휴대전화로 코드를 문자로 보냈어요. %n분 동안 쓸 수 있어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done. This computer is now linked to you and will show your points.</source>
        <translation>완료됐어요. 이제 이 컴퓨터가 연결되어 내 포인트를 보여 줘요.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>문제가 생겼어요. 다시 해 주세요.</translation>
    </message>
    <message>
        <source>Link this computer</source>
        <translation>이 컴퓨터 연결하기</translation>
    </message>
    <message>
        <source>Link this computer to you</source>
        <translation>이 컴퓨터를 나와 연결하기</translation>
    </message>
    <message>
        <source>Step 1 of 2. Type the participant number printed on your receipt. We will send a code to your mobile phone.</source>
        <translation>1단계 (2단계 중). 접수증에 있는 참여자 번호를 입력하세요. 휴대전화로 코드를 보내 드려요.</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>코드 받기</translation>
    </message>
    <message>
        <source>Step 2 of 2. Type the six-digit code from the text message.</source>
        <translation>2단계 (2단계 중). 문자로 받은 6자리 코드를 입력하세요.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>연결하기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Participant number (for example P-00001234)</source>
        <translation>참여자 번호 (예: P-00001234)</translation>
    </message>
    <message>
        <source>Participant number</source>
        <translation>참여자 번호</translation>
    </message>
    <message>
        <source>Code from the text message (6 digits)</source>
        <translation>문자로 받은 코드 (6자리)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>6자리 코드</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
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
        <translation>연습용 시계 사용하기</translation>
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
    <name>wristdoc::ParticipantLinking</name>
    <message>
        <source>This participant number was not found. Check the number on your receipt.</source>
        <translation>이 참여자 번호를 찾지 못했어요. 접수증의 번호를 확인해 주세요.</translation>
    </message>
    <message>
        <source>This is not a participant number. It starts with P and has eight digits, for example P-00001234. Check the number on your receipt.</source>
        <translation>참여자 번호가 아니에요. P로 시작하고 숫자 8자리예요 (예: P-00001234). 접수증의 번호를 확인해 주세요.</translation>
    </message>
    <message>
        <source>Too many tries right now. Please wait a few minutes and try again.</source>
        <translation>지금 시도가 너무 많아요. 몇 분 뒤에 다시 해 주세요.</translation>
    </message>
    <message numerus="yes">
        <source>The code does not match. You can try %n more time(s).</source>
        <translation>
            <numerusform>코드가 맞지 않아요. %n번 더 해 볼 수 있어요.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code does not match. Check the six digits and try again.</source>
        <translation>코드가 맞지 않아요. 6자리를 확인하고 다시 해 주세요.</translation>
    </message>
    <message>
        <source>The code has six digits. Check the text message and try again.</source>
        <translation>코드는 6자리예요. 문자를 확인하고 다시 해 주세요.</translation>
    </message>
    <message>
        <source>This code is too old. Ask for a new code.</source>
        <translation>시간이 지난 코드예요. 새 코드를 받아 주세요.</translation>
    </message>
    <message>
        <source>This code has already been used. Ask for a new code.</source>
        <translation>이미 쓴 코드예요. 새 코드를 받아 주세요.</translation>
    </message>
    <message>
        <source>The code was typed wrongly too many times. Ask for a new code.</source>
        <translation>코드를 너무 여러 번 틀렸어요. 새 코드를 받아 주세요.</translation>
    </message>
    <message>
        <source>Please ask for a new code first.</source>
        <translation>먼저 새 코드를 받아 주세요.</translation>
    </message>
    <message>
        <source>This computer is no longer linked to you. Please link it again.</source>
        <translation>이 컴퓨터는 더 이상 연결되어 있지 않아요. 다시 연결해 주세요.</translation>
    </message>
    <message>
        <source>Please wait: the last step is still in progress.</source>
        <translation>잠시만요. 앞의 단계가 아직 진행 중이에요.</translation>
    </message>
    <message>
        <source>This computer could not save your key. Ask for a new code and try again, or call the helpdesk.</source>
        <translation>이 컴퓨터가 연결 정보를 저장하지 못했어요. 새 코드를 받아 다시 하거나 상담 창구에 전화해 주세요.</translation>
    </message>
    <message>
        <source>The programme&apos;s server is not answering right now. Please try again in a few minutes.</source>
        <translation>사업 서버가 지금 응답하지 않아요. 몇 분 뒤에 다시 해 주세요.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again later or call the helpdesk.</source>
        <translation>문제가 생겼어요. 나중에 다시 하거나 상담 창구에 전화해 주세요.</translation>
    </message>
</context>
<context>
    <name>wristdoc::PersonNameDialog</name>
    <message>
        <source>Add a person</source>
        <translation>사람 추가</translation>
    </message>
    <message>
        <source>Name shown on this computer (for example Mum):</source>
        <translation>이 컴퓨터에 보일 이름 (예: 엄마):</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
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
    <message>
        <source>%1 to be checked</source>
        <extracomment>Points the steps earned that the programme did not credit. %1 is e.g. &quot;200 P&quot;.</extracomment>
        <translation>확인 필요 %1</translation>
    </message>
    <message>
        <source>Your steps earned these points, but the programme has not credited them. The points check below shows which days.</source>
        <translation>걸어서 받을 포인트인데 아직 적립되지 않았어요. 아래 ‘포인트 확인’에서 어느 날인지 볼 수 있어요.</translation>
    </message>
    <message>
        <source>Convert by %1</source>
        <extracomment>%1 is a date, e.g. &quot;31 January 2027&quot;.</extracomment>
        <translation>전환 기한: %1</translation>
    </message>
</context>
<context>
    <name>wristdoc::PointsCheckCard</name>
    <message>
        <source>The programme credited different points for the same steps.</source>
        <translation>같은 걸음 수인데 다른 포인트가 적립됐어요.</translation>
    </message>
    <message>
        <source>The programme has a different step count for this day.</source>
        <translation>사업 본부 기록에는 이날 걸음 수가 다르게 남아 있어요.</translation>
    </message>
    <message>
        <source>This day was sent, but the programme has not credited it.</source>
        <translation>이날 기록을 보냈지만 사업 본부의 적립 내역에 없어요.</translation>
    </message>
    <message>
        <source>The programme still has older records for this day.</source>
        <translation>사업 본부에 아직 이날의 예전 기록이 남아 있어요.</translation>
    </message>
    <message>
        <source>The points for this day do not match the programme&apos;s records.</source>
        <translation>이날 포인트가 사업 본부 기록과 맞지 않아요.</translation>
    </message>
    <message>
        <source>Points check</source>
        <translation>포인트 확인</translation>
    </message>
    <message>
        <source>Link this computer</source>
        <translation>이 컴퓨터 연결하기</translation>
    </message>
    <message>
        <source>Link this computer to your participant number</source>
        <translation>이 컴퓨터를 참여자 번호와 연결하기</translation>
    </message>
    <message>
        <source>Link this computer to your participant number to check that every day&apos;s points were credited.</source>
        <translation>이 컴퓨터를 참여자 번호와 연결하면 날마다 포인트가 제대로 적립됐는지 확인할 수 있어요.</translation>
    </message>
    <message>
        <source>Participant number: %1</source>
        <extracomment>%1 is the masked participant number, e.g. &quot;P-****0001&quot;.</extracomment>
        <translation>참여자 번호: %1</translation>
    </message>
    <message>
        <source>Last checked with the programme: %1</source>
        <extracomment>%1 is a moment, e.g. &quot;today 2:05 PM&quot;.</extracomment>
        <translation>마지막 확인: %1</translation>
    </message>
    <message>
        <source>Last checked with the programme: not yet</source>
        <translation>마지막 확인: 아직 없어요</translation>
    </message>
    <message>
        <source>The points for every day match the programme&apos;s records.</source>
        <translation>모든 날의 포인트가 맞아요.</translation>
    </message>
    <message>
        <source>Your points have not been checked with the programme yet.</source>
        <translation>아직 프로그램 기록과 포인트를 비교하지 않았어요.</translation>
    </message>
    <message>
        <source>On the days below, the programme credited other points than your steps earn. Save a report and show it at the helpdesk.</source>
        <translation>아래 날짜는 걸음 수로 받을 포인트와 적립된 포인트가 달라요. 보고서를 저장해서 상담 창구에 보여 주세요.</translation>
    </message>
    <message>
        <source>%1 P</source>
        <extracomment>Points in a points-check row, e.g. &quot;200 P&quot; (Korean writes &quot;200P&quot;).</extracomment>
        <translation>%1P</translation>
    </message>
    <message>
        <source>%1: %2 → %3 expected, %4 credited</source>
        <extracomment>One day that does not match, e.g. &quot;18 Nov: 8,214 steps → 200 P expected, 0 P credited&quot;. %1 date, %2 steps, %3 points expected, %4 points credited.</extracomment>
        <translation>%1: %2 → %3 예상, %4 적립됨</translation>
    </message>
    <message>
        <source>Save a report for the helpdesk</source>
        <translation>상담용 보고서 저장</translation>
    </message>
    <message>
        <source>Save a report for the helpdesk about %1</source>
        <extracomment>%1 is the day, e.g. &quot;18 Nov&quot;.</extracomment>
        <translation>%1 상담용 보고서 저장</translation>
    </message>
</context>
<context>
    <name>wristdoc::ReceiptPage</name>
    <message>
        <source>Your application was not accepted</source>
        <translation>신청이 받아들여지지 않았어요</translation>
    </message>
    <message>
        <source>Your application is saved</source>
        <translation>신청서를 저장했어요</translation>
    </message>
    <message>
        <source>Your reference code</source>
        <translation>접수 번호</translation>
    </message>
    <message>
        <source>Reference code %1</source>
        <translation>접수 번호 %1</translation>
    </message>
    <message>
        <source>Write down this code or take a photo of it. The staff can find your application with it. Nothing else about you stays on this screen.</source>
        <translation>이 번호를 적어 두시거나 사진으로 찍어 두세요. 직원이 이 번호로 신청서를 찾을 수 있어요. 이 화면에는 다른 개인정보가 남지 않아요.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>마치기</translation>
    </message>
</context>
<context>
    <name>wristdoc::ReviewPage</name>
    <message>
        <source>Check your application</source>
        <translation>신청 내용을 확인해 주세요</translation>
    </message>
    <message>
        <source>If something is wrong, tap &quot;Change&quot; next to it. When everything is right, tap &quot;Send my application&quot;.</source>
        <translation>틀린 곳이 있으면 옆의 &quot;바꾸기&quot;를 눌러 주세요. 모두 맞으면 &quot;신청서 보내기&quot;를 눌러 주세요.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 해 보기</translation>
    </message>
    <message>
        <source>At the counter, later</source>
        <translation>나중에 창구에서</translation>
    </message>
    <message>
        <source>Paired: code %1</source>
        <translation>연결함: 코드 %1</translation>
    </message>
    <message>
        <source>Connection to Seoul</source>
        <translation>서울과의 관계</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>휴대전화 번호</translation>
    </message>
    <message>
        <source>District</source>
        <translation>자치구</translation>
    </message>
    <message>
        <source>Counting your steps</source>
        <translation>걸음 수 세기</translation>
    </message>
    <message>
        <source>Watch pairing</source>
        <translation>시계 연결</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>바꾸기: %1</translation>
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
    <name>wristdoc::StaffButton</name>
    <message>
        <source>Keep holding</source>
        <translation>계속 눌러 주세요</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>For staff: hold for two seconds</source>
        <translation>직원용: 2초 동안 눌러 주세요</translation>
    </message>
</context>
<context>
    <name>wristdoc::StaffConsole</name>
    <message>
        <source>Export for manual processing</source>
        <translation>수작업 처리용으로 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>The kiosk&apos;s storage could not be changed. Please try again.</source>
        <translation>키오스크 저장소를 바꾸지 못했어요. 다시 해 주세요.</translation>
    </message>
    <message>
        <source>Nothing to send now: the item is already delivered, refused or being sent.</source>
        <translation>지금 보낼 것이 없어요. 이미 전달되었거나, 받지 않았거나, 보내는 중이에요.</translation>
    </message>
    <message>
        <source>Items that will be sent now: %1.</source>
        <translation>지금 보낼 신청: %1건.</translation>
    </message>
    <message>
        <source>Saved to %1 (items: %2). The file contains applicants&apos; personal data: keep it safe and delete it after use.</source>
        <extracomment>%1 is a file path, %2 a number. The file holds personal data: it says so.</extracomment>
        <translation>%1에 저장했어요(%2건). 이 파일에는 신청자의 개인정보가 들어 있어요. 안전하게 보관하고 다 쓰면 지워 주세요.</translation>
    </message>
    <message>
        <source>Nothing was saved: this kiosk&apos;s key to the stored personal data is not available.</source>
        <translation>저장하지 못했어요. 저장된 개인정보를 여는 이 키오스크의 키를 쓸 수 없어요.</translation>
    </message>
    <message>
        <source>Nothing was saved: the kiosk&apos;s storage could not be read.</source>
        <translation>저장하지 못했어요. 키오스크 저장소를 읽을 수 없었어요.</translation>
    </message>
    <message>
        <source>The file could not be saved at %1. Choose another place, such as a USB stick.</source>
        <translation>%1에 파일을 저장하지 못했어요. USB 메모리 같은 다른 곳을 골라 주세요.</translation>
    </message>
    <message>
        <source>Registering this kiosk...</source>
        <translation>이 키오스크를 등록하는 중...</translation>
    </message>
    <message>
        <source>%1 (checked at %2)</source>
        <extracomment>%1 is the reachability sentence, %2 a time such as 14:32.</extracomment>
        <translation>%1 (%2에 확인)</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <extracomment>%1 is a time, %2 a duration such as &quot;5 minutes&quot;.</extracomment>
        <translation>%1 (%2 전)</translation>
    </message>
    <message>
        <source>No delivery yet</source>
        <translation>아직 전달한 것이 없어요</translation>
    </message>
    <message>
        <source>Nothing is waiting</source>
        <translation>기다리는 것이 없어요</translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation>%1째 기다리는 중</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>대기 %1건</translation>
    </message>
    <message>
        <source>needs attention: %1</source>
        <translation>확인 필요 %1건</translation>
    </message>
    <message>
        <source>delivered: %1</source>
        <translation>전달 %1건</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>거절 %1건</translation>
    </message>
    <message>
        <source>The kiosk&apos;s storage could not be read. What is shown may be out of date.</source>
        <translation>키오스크 저장소를 읽을 수 없었어요. 보이는 내용이 최신이 아닐 수 있어요.</translation>
    </message>
    <message>
        <source>Waits for the applicant&apos;s day: %1</source>
        <translation>신청자의 신청일을 기다려요: %1</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>M월 d일</translation>
    </message>
    <message>
        <source>Number %1 in the programme&apos;s queue</source>
        <translation>사업 대기열 %1번째</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>지금 보내기</translation>
    </message>
    <message>
        <source>Send %1 now</source>
        <translation>%1 지금 보내기</translation>
    </message>
    <message>
        <source>Staff screen</source>
        <translation>직원 화면</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Close the staff screen</source>
        <translation>직원 화면 닫기</translation>
    </message>
    <message>
        <source>Programme server</source>
        <translation>사업 서버</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>지금 확인</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>마지막 전달</translation>
    </message>
    <message>
        <source>Oldest waiting item</source>
        <translation>가장 오래 기다린 신청</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>신청</translation>
    </message>
    <message>
        <source>Applications stored on this kiosk</source>
        <translation>이 키오스크에 저장된 신청</translation>
    </message>
    <message>
        <source>No applications are stored on this kiosk.</source>
        <translation>이 키오스크에 저장된 신청이 없어요.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>접수 번호</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>시도</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>다음 시도</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>마지막 문제</translation>
    </message>
    <message>
        <source>Send all waiting now</source>
        <translation>기다리는 것 모두 지금 보내기</translation>
    </message>
    <message>
        <source>Saves a file with the applications that are not yet delivered, including applicants&apos; names, for processing by hand. No health data.</source>
        <translation>아직 전달되지 않은 신청을 신청자 이름과 함께 파일로 저장해요. 손으로 처리할 때 써요. 건강 정보는 들어 있지 않아요.</translation>
    </message>
    <message>
        <source>Register this kiosk</source>
        <translation>이 키오스크 등록하기</translation>
    </message>
    <message>
        <source>Enter the one-time code from the programme office.</source>
        <translation>사업 사무국에서 받은 일회용 코드를 입력해 주세요.</translation>
    </message>
    <message>
        <source>One-time registration code</source>
        <translation>일회용 등록 코드</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>일회용 코드</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>등록하기</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>키오스크 모드 끝내기</translation>
    </message>
    <message>
        <source>Ends the kiosk screen so the computer can be looked after.</source>
        <translation>컴퓨터를 점검할 수 있도록 키오스크 화면을 끝내요.</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>열 제목</translation>
    </message>
</context>
<context>
    <name>wristdoc::StaffPinDialog</name>
    <message>
        <source>The PIN cannot be checked right now. Please try again.</source>
        <translation>지금은 PIN을 확인할 수 없어요. 다시 해 주세요.</translation>
    </message>
    <message>
        <source>The two PINs were not the same. Please choose a PIN again.</source>
        <translation>두 번 입력한 PIN이 서로 달라요. PIN을 다시 정해 주세요.</translation>
    </message>
    <message>
        <source>The PIN could not be saved. Please try again.</source>
        <translation>PIN을 저장하지 못했어요. 다시 해 주세요.</translation>
    </message>
    <message>
        <source>That PIN is not right. Wrong tries left before the staff screen is locked for a while: %1.</source>
        <extracomment>%1 is a number from 1 to 4.</extracomment>
        <translation>PIN이 맞지 않아요. 직원 화면이 잠시 잠기기 전까지 남은 횟수: %1번.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. The staff screen is locked until %1 (%2 left).</source>
        <extracomment>%1 is a time such as 14:35, %2 a duration such as &quot;5 min&quot;. After too many wrong PINs.</extracomment>
        <translation>PIN을 너무 많이 틀렸어요. 직원 화면이 %1까지 잠겨요(%2 남음).</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>직원 PIN</translation>
    </message>
    <message>
        <source>Enter the staff PIN to open the staff screen.</source>
        <translation>직원 화면을 열려면 직원 PIN을 입력해 주세요.</translation>
    </message>
    <message>
        <source>Choose a staff PIN</source>
        <translation>직원 PIN 정하기</translation>
    </message>
    <message>
        <source>This kiosk has no staff PIN yet. Choose one of at least %1 digits that is not easy to guess.</source>
        <translation>이 키오스크에는 아직 직원 PIN이 없어요. 쉽게 알아낼 수 없는 숫자 %1자리 이상으로 정해 주세요.</translation>
    </message>
    <message>
        <source>Enter the same PIN once more.</source>
        <translation>같은 PIN을 한 번 더 입력해 주세요.</translation>
    </message>
    <message>
        <source>PIN, hidden</source>
        <translation>PIN(가려짐)</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>마지막 숫자 지우기</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
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
    <name>wristdoc::WatchPage</name>
    <message>
        <source>Pair your watch, or choose to pair it at the counter later.</source>
        <translation>시계를 연결하시거나, &quot;나중에 창구에서&quot;를 골라 주세요.</translation>
    </message>
    <message>
        <source>Choose when to pair your watch.</source>
        <translation>시계를 언제 연결할지 골라 주세요.</translation>
    </message>
    <message>
        <source>Choose &quot;At the counter, later&quot; to go on.</source>
        <translation>계속하시려면 &quot;나중에 창구에서&quot;를 골라 주세요.</translation>
    </message>
    <message>
        <source>Paired: the watch with the code %1.</source>
        <translation>연결했어요. 코드가 %1인 시계예요.</translation>
    </message>
    <message>
        <source>The pairing screen is open. When it is done, you come back here.</source>
        <translation>연결 화면이 열렸어요. 연결이 끝나면 이 화면으로 돌아와요.</translation>
    </message>
    <message>
        <source>Pair your watch</source>
        <translation>시계 연결</translation>
    </message>
    <message>
        <source>You receive your band at the counter, and the staff can pair it there.</source>
        <translation>밴드는 창구에서 받으시고, 직원이 그 자리에서 연결해 드릴 수 있어요.</translation>
    </message>
    <message>
        <source>Pairing links your watch to this application so your steps count. You can do it now or at the counter later.</source>
        <translation>시계를 이 신청서에 연결해야 걸음 수가 쌓여요. 지금 연결하셔도 되고, 나중에 창구에서 하셔도 돼요.</translation>
    </message>
    <message>
        <source>Pair it now</source>
        <translation>지금 연결하기</translation>
    </message>
    <message>
        <source>Have your watch with you, switched on and near this kiosk.</source>
        <translation>시계를 켜서 이 키오스크 가까이에 두세요.</translation>
    </message>
    <message>
        <source>At the counter, later</source>
        <translation>나중에 창구에서</translation>
    </message>
    <message>
        <source>The staff pair it for you when you come to the counter.</source>
        <translation>창구에 오시면 직원이 연결해 드려요.</translation>
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
