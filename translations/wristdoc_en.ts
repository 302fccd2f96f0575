<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>EnrolmentMessages</name>
    <message>
        <source>Enter your name.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters.</source>
        <translation>A name can have at most %1 characters.</translation>
    </message>
    <message>
        <source>A name cannot contain numbers.</source>
        <translation>A name cannot contain numbers.</translation>
    </message>
    <message>
        <source>Enter the year, month and day you were born.</source>
        <translation>Enter the year, month and day you were born.</translation>
    </message>
    <message>
        <source>Enter the year with four digits, for example 1956.</source>
        <translation>Enter the year with four digits, for example 1956.</translation>
    </message>
    <message>
        <source>The month must be from 1 to 12.</source>
        <translation>The month must be from 1 to 12.</translation>
    </message>
    <message>
        <source>There is no such date. Check the year.</source>
        <translation>There is no such date. Check the year.</translation>
    </message>
    <message>
        <source>This date is in the future. Check the year.</source>
        <translation>This date is in the future. Check the year.</translation>
    </message>
    <message>
        <source>This date is more than %1 years ago. Check the year.</source>
        <translation>This date is more than %1 years ago. Check the year.</translation>
    </message>
    <message>
        <source>You can take part from the age of %1.</source>
        <translation>You can take part from the age of %1.</translation>
    </message>
    <message>
        <source>Enter your mobile phone number, for example 010-1234-5678.</source>
        <translation>Enter your mobile phone number, for example 010-1234-5678.</translation>
    </message>
    <message>
        <source>Use numbers only.</source>
        <translation>Use numbers only.</translation>
    </message>
    <message>
        <source>Keep typing your mobile phone number.</source>
        <translation>Keep typing your mobile phone number.</translation>
    </message>
    <message>
        <source>A mobile phone number starts with 010, 011, 016, 017, 018 or 019.</source>
        <translation>A mobile phone number starts with 010, 011, 016, 017, 018 or 019.</translation>
    </message>
    <message>
        <source>Keep typing: a number that starts with %1 has 11 digits.</source>
        <translation>Keep typing: a number that starts with %1 has 11 digits.</translation>
    </message>
    <message>
        <source>Keep typing: a number that starts with %1 has 10 or 11 digits.</source>
        <translation>Keep typing: a number that starts with %1 has 10 or 11 digits.</translation>
    </message>
    <message>
        <source>Too many digits: a number that starts with %1 has 11 digits.</source>
        <translation>Too many digits: a number that starts with %1 has 11 digits.</translation>
    </message>
    <message>
        <source>Too many digits: a number that starts with %1 has 10 or 11 digits.</source>
        <translation>Too many digits: a number that starts with %1 has 10 or 11 digits.</translation>
    </message>
    <message>
        <source>I live in Seoul</source>
        <translation>I live in Seoul</translation>
    </message>
    <message>
        <source>I work in Seoul</source>
        <translation>I work in Seoul</translation>
    </message>
    <message>
        <source>I study in Seoul</source>
        <translation>I study in Seoul</translation>
    </message>
    <message>
        <source>Borrow a band</source>
        <translation>Borrow a band</translation>
    </message>
    <message>
        <source>My own smartwatch</source>
        <translation>My own smartwatch</translation>
    </message>
    <message>
        <source>My phone only</source>
        <translation>My phone only</translation>
    </message>
    <message>
        <source>The programme lends you a band that counts your steps. You collect it at the counter.</source>
        <translation>The programme lends you a band that counts your steps. You collect it at the counter.</translation>
    </message>
    <message>
        <source>Use a smartwatch you already have.</source>
        <translation>Use a smartwatch you already have.</translation>
    </message>
    <message>
        <source>Your phone counts your steps. No watch is needed.</source>
        <translation>Your phone counts your steps. No watch is needed.</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>A date of birth: a QDate format string (yyyy year, M month, d day, MMMM month name).</extracomment>
        <translation>MMMM d, yyyy</translation>
    </message>
    <message>
        <source>Collecting and using your personal data</source>
        <translation>Collecting and using your personal data</translation>
    </message>
    <message>
        <source>Using your health data</source>
        <translation>Using your health data</translation>
    </message>
    <message>
        <source>Sharing with your district&apos;s public health centre</source>
        <translation>Sharing with your district&apos;s public health centre</translation>
    </message>
    <message>
        <source>What we collect: your name, date of birth, mobile phone number and district, why you can take part, and the device you use.

Why: to register you in the walking programme, to contact you about it, and to pay out your points.

How long: until you leave the programme and one more year to settle your points. Then it is deleted.

We never ask for your resident registration number.

You may refuse. Without this consent you cannot take part in the programme.</source>
        <translation>What we collect: your name, date of birth, mobile phone number and district, why you can take part, and the device you use.

Why: to register you in the walking programme, to contact you about it, and to pay out your points.

How long: until you leave the programme and one more year to settle your points. Then it is deleted.

We never ask for your resident registration number.

You may refuse. Without this consent you cannot take part in the programme.</translation>
    </message>
    <message>
        <source>What we collect: your steps, your heart rate and the minutes you wear the watch, as your watch or phone records them.

Why: to count your points and to show you your walking records.

Health data is sensitive information. That is why this consent is separate from the consent for your other personal data.

How long: until you leave the programme. Then it is deleted.

You may refuse. Without this consent your steps cannot be counted, so you cannot take part in the programme.</source>
        <translation>What we collect: your steps, your heart rate and the minutes you wear the watch, as your watch or phone records them.

Why: to count your points and to show you your walking records.

Health data is sensitive information. That is why this consent is separate from the consent for your other personal data.

How long: until you leave the programme. Then it is deleted.

You may refuse. Without this consent your steps cannot be counted, so you cannot take part in the programme.</translation>
    </message>
    <message>
        <source>Who receives it: the public health centre of your district.

What: your name, mobile phone number and district, and your steps per day.

Why: to invite you to walking groups and health programmes near you.

How long: until you leave the programme or take back this consent.

You may refuse. You can take part in the programme without this consent.</source>
        <translation>Who receives it: the public health centre of your district.

What: your name, mobile phone number and district, and your steps per day.

Why: to invite you to walking groups and health programmes near you.

How long: until you leave the programme or take back this consent.

You may refuse. You can take part in the programme without this consent.</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>I agree</translation>
    </message>
    <message>
        <source>I do not agree</source>
        <translation>I do not agree</translation>
    </message>
    <message>
        <source>Your application could not be saved because this kiosk&apos;s storage is full. Everything you entered is still here. Please try again, or ask the staff.</source>
        <translation>Your application could not be saved because this kiosk&apos;s storage is full. Everything you entered is still here. Please try again, or ask the staff.</translation>
    </message>
    <message>
        <source>Your application could not be saved because this kiosk cannot store data right now. Everything you entered is still here. Please try again, or ask the staff.</source>
        <translation>Your application could not be saved because this kiosk cannot store data right now. Everything you entered is still here. Please try again, or ask the staff.</translation>
    </message>
    <message>
        <source>Your application could not be saved because this kiosk&apos;s safe storage is locked. Everything you entered is still here. Please try again, or ask the staff.</source>
        <translation>Your application could not be saved because this kiosk&apos;s safe storage is locked. Everything you entered is still here. Please try again, or ask the staff.</translation>
    </message>
    <message>
        <source>Your application could not be saved on this kiosk. Everything you entered is still here. Please try again, or ask the staff.</source>
        <translation>Your application could not be saved on this kiosk. Everything you entered is still here. Please try again, or ask the staff.</translation>
    </message>
    <message>
        <source>Saved on this kiosk. It will be sent to the programme automatically; you do not need to wait here.</source>
        <translation>Saved on this kiosk. It will be sent to the programme automatically; you do not need to wait here.</translation>
    </message>
    <message>
        <source>Applications for your birth year are taken on %1. Your application will be sent automatically on that day; you do not need to come back.</source>
        <extracomment>%1 is a date such as &quot;Monday, November 23&quot;.</extracomment>
        <translation>Applications for your birth year are taken on %1. Your application will be sent automatically on that day; you do not need to come back.</translation>
    </message>
    <message>
        <source>dddd, MMMM d</source>
        <translation>dddd, MMMM d</translation>
    </message>
    <message>
        <source>Waiting in the programme&apos;s queue. It will be sent automatically; you do not need to wait here.</source>
        <translation>Waiting in the programme&apos;s queue. It will be sent automatically; you do not need to wait here.</translation>
    </message>
    <message>
        <source>The programme has confirmed your application. Your participant number is %1.</source>
        <translation>The programme has confirmed your application. Your participant number is %1.</translation>
    </message>
    <message>
        <source>The programme has confirmed your application.</source>
        <translation>The programme has confirmed your application.</translation>
    </message>
    <message>
        <source>The programme says you are already taking part. If that is not right, please ask the staff.</source>
        <translation>The programme says you are already taking part. If that is not right, please ask the staff.</translation>
    </message>
    <message>
        <source>All places in this round are taken. Please ask the staff about the next round.</source>
        <translation>All places in this round are taken. Please ask the staff about the next round.</translation>
    </message>
    <message>
        <source>The programme could not accept some of your details. Please ask the staff.</source>
        <translation>The programme could not accept some of your details. Please ask the staff.</translation>
    </message>
    <message>
        <source>The programme could not accept this application. Please ask the staff.</source>
        <translation>The programme could not accept this application. Please ask the staff.</translation>
    </message>
    <message>
        <source>Sending is taking longer than usual. Your application is kept safely on this kiosk; the staff can check it with your reference code.</source>
        <translation>Sending is taking longer than usual. Your application is kept safely on this kiosk; the staff can check it with your reference code.</translation>
    </message>
    <message>
        <source>You are number %1 in the programme&apos;s queue.</source>
        <translation>You are number %1 in the programme&apos;s queue.</translation>
    </message>
    <message>
        <source>Estimated wait: %1.</source>
        <translation>Estimated wait: %1.</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>less than a minute</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>about %n minute</numerusform>
            <numerusform>about %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 minutes</source>
        <translation>%1 to %2 minutes</translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s)</source>
        <translation>
            <numerusform>about %n hour</numerusform>
            <numerusform>about %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 hours</source>
        <translation>%1 to %2 hours</translation>
    </message>
    <message>
        <source>This month has %1 days. Check the day.</source>
        <translation>This month has %1 days. Check the day.</translation>
    </message>
    <message>
        <source>The day must be from 1 to %1.</source>
        <translation>The day must be from 1 to %1.</translation>
    </message>
    <message>
        <source>This kiosk has taken many applications in the last few minutes and is pausing for a short while. Everything you entered is still here. Please ask the staff for help.</source>
        <translation>This kiosk has taken many applications in the last few minutes and is pausing for a short while. Everything you entered is still here. Please ask the staff for help.</translation>
    </message>
    <message>
        <source>An application with the same name, date of birth and mobile number was already made at this kiosk. If you have applied before, you do not need to apply again. You can still send this one; if you are not sure, please ask the staff.</source>
        <translation>An application with the same name, date of birth and mobile number was already made at this kiosk. If you have applied before, you do not need to apply again. You can still send this one; if you are not sure, please ask the staff.</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>The data file cannot be opened.</source>
        <translation>The data file cannot be opened.</translation>
    </message>
    <message>
        <source>The data file is damaged or is not a WristDoc file. It was left as it was.</source>
        <translation>The data file is damaged or is not a WristDoc file. It was left as it was.</translation>
    </message>
    <message>
        <source>The data file was saved by a newer version of WristDoc.</source>
        <translation>The data file was saved by a newer version of WristDoc.</translation>
    </message>
    <message>
        <source>The data file cannot be changed, so new records are not saved.</source>
        <translation>The data file cannot be changed, so new records are not saved.</translation>
    </message>
    <message>
        <source>The disk is full, so new records were not saved. Nothing was lost.</source>
        <translation>The disk is full, so new records were not saved. Nothing was lost.</translation>
    </message>
    <message>
        <source>The data file could not be updated for this version. It was left as it was.</source>
        <translation>The data file could not be updated for this version. It was left as it was.</translation>
    </message>
    <message>
        <source>Your records could not be read or saved just now.</source>
        <translation>Your records could not be read or saved just now.</translation>
    </message>
    <message>
        <source>Some records did not look right, so none of them were saved.</source>
        <translation>Some records did not look right, so none of them were saved.</translation>
    </message>
    <message>
        <source>Check that the folder exists and that you may use it, or ask the staff for help.</source>
        <translation>Check that the folder exists and that you may use it, or ask the staff for help.</translation>
    </message>
    <message>
        <source>Ask the staff for help. Your points are also kept by the programme.</source>
        <translation>Ask the staff for help. Your points are also kept by the programme.</translation>
    </message>
    <message>
        <source>Please update WristDoc to the newest version.</source>
        <translation>Please update WristDoc to the newest version.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or ask the staff for help.</source>
        <translation>Check the file&apos;s permissions, or ask the staff for help.</translation>
    </message>
    <message>
        <source>Free some space on the computer, then try again.</source>
        <translation>Free some space on the computer, then try again.</translation>
    </message>
    <message>
        <source>Please try again. If it happens again, ask the staff for help.</source>
        <translation>Please try again. If it happens again, ask the staff for help.</translation>
    </message>
    <message>
        <source>Please try again in a moment.</source>
        <translation>Please try again in a moment.</translation>
    </message>
    <message>
        <source>Sync the watch again. If it happens again, ask the staff for help.</source>
        <translation>Sync the watch again. If it happens again, ask the staff for help.</translation>
    </message>
</context>
<context>
    <name>Formatter</name>
    <message numerus="yes">
        <source>%1 steps</source>
        <extracomment>Step count, e.g. &quot;12,345 steps&quot;. %1 is the number already formatted.</extracomment>
        <translation>
            <numerusform>%1 step</numerusform>
            <numerusform>%1 steps</numerusform>
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
            <numerusform>%1 bpm</numerusform>
            <numerusform>%1 bpm</numerusform>
        </translation>
    </message>
    <message>
        <source>today %1</source>
        <extracomment>A time earlier today, e.g. &quot;today 2:05 PM&quot;. %1 is the time.</extracomment>
        <translation>today %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <extracomment>A time yesterday, e.g. &quot;yesterday 2:05 PM&quot;. %1 is the time.</extracomment>
        <translation>yesterday %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A date and a time, e.g. &quot;November 20, 9:00 AM&quot;. %1 is the date, %2 the time.</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ServerAddressPolicy</name>
    <message>
        <source>The programme server address is not valid. Ask the programme office for the right address; it starts with https://.</source>
        <translation>The programme server address is not valid. Ask the programme office for the right address; it starts with https://.</translation>
    </message>
    <message>
        <source>The programme server address must start with https:// so that what you enter is sent safely. Nothing was sent. Ask the programme office for the secure address.</source>
        <translation>The programme server address must start with https:// so that what you enter is sent safely. Nothing was sent. Ask the programme office for the secure address.</translation>
    </message>
</context>
<context>
    <name>StaffMessages</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Being sent now</source>
        <translation>Being sent now</translation>
    </message>
    <message>
        <source>In the programme&apos;s queue</source>
        <translation>In the programme&apos;s queue</translation>
    </message>
    <message>
        <source>Delivered and confirmed</source>
        <translation>Delivered and confirmed</translation>
    </message>
    <message>
        <source>Refused by the programme</source>
        <translation>Refused by the programme</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>The server could not be reached. It may be down or restarting.</source>
        <translation>The server could not be reached. It may be down or restarting.</translation>
    </message>
    <message>
        <source>The connection was cut off while sending.</source>
        <translation>The connection was cut off while sending.</translation>
    </message>
    <message>
        <source>The server&apos;s address was not found. Check the network connection.</source>
        <translation>The server&apos;s address was not found. Check the network connection.</translation>
    </message>
    <message>
        <source>A secure connection could not be made (certificate problem).</source>
        <translation>A secure connection could not be made (certificate problem).</translation>
    </message>
    <message>
        <source>A network problem stopped the sending.</source>
        <translation>A network problem stopped the sending.</translation>
    </message>
    <message>
        <source>The server was busy and asked the kiosk to wait.</source>
        <translation>The server was busy and asked the kiosk to wait.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>The server&apos;s answer could not be read.</translation>
    </message>
    <message>
        <source>The server was still working on this application.</source>
        <translation>The server was still working on this application.</translation>
    </message>
    <message>
        <source>This applicant&apos;s day has not come yet.</source>
        <translation>This applicant&apos;s day has not come yet.</translation>
    </message>
    <message>
        <source>The programme says this person already takes part.</source>
        <translation>The programme says this person already takes part.</translation>
    </message>
    <message>
        <source>The programme refused some of the details.</source>
        <translation>The programme refused some of the details.</translation>
    </message>
    <message>
        <source>All places in this round are taken.</source>
        <translation>All places in this round are taken.</translation>
    </message>
    <message>
        <source>The server saw this request before with other contents. Please report it.</source>
        <translation>The server saw this request before with other contents. Please report it.</translation>
    </message>
    <message>
        <source>The stored application could not be opened on this kiosk.</source>
        <translation>The stored application could not be opened on this kiosk.</translation>
    </message>
    <message>
        <source>The server had a problem (error %1).</source>
        <extracomment>%1 is an HTTP status such as 500.</extracomment>
        <translation>The server had a problem (error %1).</translation>
    </message>
    <message>
        <source>The server gave an answer the kiosk did not expect (%1).</source>
        <extracomment>%1 is a short technical code, for the helpdesk.</extracomment>
        <translation>The server gave an answer the kiosk did not expect (%1).</translation>
    </message>
    <message>
        <source>No server is set for this kiosk. Applications are kept here.</source>
        <translation>No server is set for this kiosk. Applications are kept here.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Checking...</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>The server answers.</translation>
    </message>
    <message>
        <source>The server answers but is too busy to take work now.</source>
        <translation>The server answers but is too busy to take work now.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>The server cannot be reached.</translation>
    </message>
    <message>
        <source>Use digits only.</source>
        <translation>Use digits only.</translation>
    </message>
    <message>
        <source>Use at least %1 digits.</source>
        <translation>Use at least %1 digits.</translation>
    </message>
    <message>
        <source>Use at most %1 digits.</source>
        <translation>Use at most %1 digits.</translation>
    </message>
    <message>
        <source>Do not use the same digit throughout. It is too easy to guess.</source>
        <translation>Do not use the same digit throughout. It is too easy to guess.</translation>
    </message>
    <message>
        <source>Do not use digits in a row such as 123456. It is too easy to guess.</source>
        <translation>Do not use digits in a row such as 123456. It is too easy to guess.</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>less than a minute</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>%1 is a number of hours, %2 a number of minutes.</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>%1 is a number of days, %2 a number of hours.</extracomment>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Date format for a day other than today, e.g. &quot;Nov 21&quot;; then the time.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>MMM d</translation>
    </message>
    <message>
        <source>No more attempts</source>
        <translation>No more attempts</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>Not planned</translation>
    </message>
</context>
<context>
    <name>WatchMessages</name>
    <message>
        <source>Looking for watches nearby…</source>
        <translation>Looking for watches nearby…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Reading the watch&apos;s details…</source>
        <translation>Reading the watch&apos;s details…</translation>
    </message>
    <message>
        <source>Setting the watch&apos;s time…</source>
        <translation>Setting the watch&apos;s time…</translation>
    </message>
    <message>
        <source>Getting ready to fetch records…</source>
        <translation>Getting ready to fetch records…</translation>
    </message>
    <message>
        <source>Fetching records…</source>
        <translation>Fetching records…</translation>
    </message>
    <message>
        <source>The connection dropped. Reconnecting…</source>
        <translation>The connection dropped. Reconnecting…</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Disconnecting…</translation>
    </message>
    <message>
        <source>Fetching records: %1 of %2</source>
        <translation>Fetching records: %1 of %2</translation>
    </message>
    <message>
        <source>This computer has no Bluetooth adapter.</source>
        <translation>This computer has no Bluetooth adapter.</translation>
    </message>
    <message>
        <source>Bluetooth is switched off.</source>
        <translation>Bluetooth is switched off.</translation>
    </message>
    <message>
        <source>WristDoc is not allowed to use Bluetooth.</source>
        <translation>WristDoc is not allowed to use Bluetooth.</translation>
    </message>
    <message>
        <source>The search for watches did not work.</source>
        <translation>The search for watches did not work.</translation>
    </message>
    <message>
        <source>The watch did not answer. It may be too far away.</source>
        <translation>The watch did not answer. It may be too far away.</translation>
    </message>
    <message>
        <source>Could not connect to the watch.</source>
        <translation>Could not connect to the watch.</translation>
    </message>
    <message>
        <source>The connection to the watch dropped. Reconnecting…</source>
        <translation>The connection to the watch dropped. Reconnecting…</translation>
    </message>
    <message>
        <source>The watch stopped answering. Reconnecting…</source>
        <translation>The watch stopped answering. Reconnecting…</translation>
    </message>
    <message>
        <source>Could not reconnect to the watch.</source>
        <translation>Could not reconnect to the watch.</translation>
    </message>
    <message>
        <source>This is not a WristDoc watch.</source>
        <translation>This is not a WristDoc watch.</translation>
    </message>
    <message>
        <source>Could not set the watch&apos;s time.</source>
        <translation>Could not set the watch&apos;s time.</translation>
    </message>
    <message>
        <source>The watch does not send heart rate.</source>
        <translation>The watch does not send heart rate.</translation>
    </message>
    <message>
        <source>Could not fetch the watch&apos;s records.</source>
        <translation>Could not fetch the watch&apos;s records.</translation>
    </message>
    <message>
        <source>Some records arrived damaged. Asking for them again…</source>
        <translation>Some records arrived damaged. Asking for them again…</translation>
    </message>
    <message>
        <source>Some old records were no longer on the watch.</source>
        <translation>Some old records were no longer on the watch.</translation>
    </message>
    <message>
        <source>A few records looked wrong and were not stored.</source>
        <translation>A few records looked wrong and were not stored.</translation>
    </message>
    <message>
        <source>Not all records were fetched. The next sync continues where this one stopped.</source>
        <translation>Not all records were fetched. The next sync continues where this one stopped.</translation>
    </message>
    <message>
        <source>The records could not be stored: this computer&apos;s storage is full.</source>
        <translation>The records could not be stored: this computer&apos;s storage is full.</translation>
    </message>
    <message>
        <source>The records could not be stored: the storage cannot be written to.</source>
        <translation>The records could not be stored: the storage cannot be written to.</translation>
    </message>
    <message>
        <source>The records could not be stored.</source>
        <translation>The records could not be stored.</translation>
    </message>
    <message>
        <source>Something went wrong with the watch.</source>
        <translation>Something went wrong with the watch.</translation>
    </message>
    <message>
        <source>Plug in a Bluetooth adapter, or use the simulated watch to try WristDoc.</source>
        <translation>Plug in a Bluetooth adapter, or use the simulated watch to try WristDoc.</translation>
    </message>
    <message>
        <source>Switch Bluetooth on in the computer&apos;s settings, then press “Scan again”.</source>
        <translation>Switch Bluetooth on in the computer&apos;s settings, then press “Scan again”.</translation>
    </message>
    <message>
        <source>Allow WristDoc to use Bluetooth in the computer&apos;s settings, or ask the staff for help.</source>
        <translation>Allow WristDoc to use Bluetooth in the computer&apos;s settings, or ask the staff for help.</translation>
    </message>
    <message>
        <source>Wait a moment, then press “Scan again”.</source>
        <translation>Wait a moment, then press “Scan again”.</translation>
    </message>
    <message>
        <source>Bring the watch close to this screen, then press “Scan again”. Records already fetched are kept.</source>
        <translation>Bring the watch close to this screen, then press “Scan again”. Records already fetched are kept.</translation>
    </message>
    <message>
        <source>Turn the watch off and on again, then press “Scan again”.</source>
        <translation>Turn the watch off and on again, then press “Scan again”.</translation>
    </message>
    <message>
        <source>Keep the watch close to this screen.</source>
        <translation>Keep the watch close to this screen.</translation>
    </message>
    <message>
        <source>Choose another watch in the list. Check that its code matches the code on the watch.</source>
        <translation>Choose another watch in the list. Check that its code matches the code on the watch.</translation>
    </message>
    <message>
        <source>The records are fetched anyway; the time is set again at the next sync.</source>
        <translation>The records are fetched anyway; the time is set again at the next sync.</translation>
    </message>
    <message>
        <source>Steps are still fetched.</source>
        <translation>Steps are still fetched.</translation>
    </message>
    <message>
        <source>The watch had not been synced for a long time. Everything it still held was fetched.</source>
        <translation>The watch had not been synced for a long time. Everything it still held was fetched.</translation>
    </message>
    <message>
        <source>All other records were stored.</source>
        <translation>All other records were stored.</translation>
    </message>
    <message>
        <source>The records already fetched are stored.</source>
        <translation>The records already fetched are stored.</translation>
    </message>
    <message>
        <source>Please tell the staff. The records stay on the watch until they are stored.</source>
        <translation>Please tell the staff. The records stay on the watch until they are stored.</translation>
    </message>
    <message>
        <source>This watch is already registered to someone else.</source>
        <translation>This watch is already registered to someone else.</translation>
    </message>
    <message>
        <source>Check the code on the watch. If it is the right watch, please ask the staff.</source>
        <translation>Check the code on the watch. If it is the right watch, please ask the staff.</translation>
    </message>
</context>
<context>
    <name>wristdoc::BirthDateInput</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Year of birth, four digits</source>
        <translation>Year of birth, four digits</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>Month of birth</translation>
    </message>
    <message>
        <source>Day of birth</source>
        <translation>Day of birth</translation>
    </message>
    <message>
        <source>e.g. 1956</source>
        <translation>e.g. 1956</translation>
    </message>
</context>
<context>
    <name>wristdoc::ConsentPage</name>
    <message>
        <source>Choose whether you agree.</source>
        <translation>Choose whether you agree.</translation>
    </message>
    <message>
        <source>You need to agree to this to take part.</source>
        <translation>You need to agree to this to take part.</translation>
    </message>
    <message>
        <source>Without this consent you cannot take part. You can agree, or ask the staff about it.</source>
        <translation>Without this consent you cannot take part. You can agree, or ask the staff about it.</translation>
    </message>
    <message>
        <source>That is fine: you can take part without this consent.</source>
        <translation>That is fine: you can take part without this consent.</translation>
    </message>
    <message>
        <source>Please read this and choose your answer.</source>
        <translation>Please read this and choose your answer.</translation>
    </message>
    <message>
        <source>This consent is optional. Please read it and choose your answer.</source>
        <translation>This consent is optional. Please read it and choose your answer.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Text version %1</source>
        <translation>Text version %1</translation>
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
        <translation>Today is %1</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>These records are demo data for practice, not your own.</source>
        <translation>These records are demo data for practice, not your own.</translation>
    </message>
    <message>
        <source>Change the language to %1</source>
        <translation>Change the language to %1</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Refresh now</translation>
    </message>
    <message>
        <source>Remove demo data…</source>
        <translation>Remove demo data…</translation>
    </message>
    <message>
        <source>Text size %1</source>
        <translation>Text size %1</translation>
    </message>
    <message>
        <source>High contrast: on</source>
        <translation>High contrast: on</translation>
    </message>
    <message>
        <source>High contrast: off</source>
        <translation>High contrast: off</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Pair a watch</source>
        <translation>Pair a watch</translation>
    </message>
    <message>
        <source>Pair a watch and bring in its records</source>
        <translation>Pair a watch and bring in its records</translation>
    </message>
    <message>
        <source>Join the programme</source>
        <translation>Join the programme</translation>
    </message>
    <message>
        <source>Apply to join the walking programme</source>
        <translation>Apply to join the walking programme</translation>
    </message>
    <message>
        <source>Me</source>
        <extracomment>The person&apos;s name when the household gave none: this computer&apos;s own participant.</extracomment>
        <translation>Me</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Add a person…</translation>
    </message>
    <message>
        <source>Link this computer…</source>
        <translation>Link this computer…</translation>
    </message>
    <message>
        <source>Unlink…</source>
        <translation>Unlink…</translation>
    </message>
    <message>
        <source>Records of %1. Choose a person</source>
        <extracomment>The button that opens the list of people on this computer. %1 is the person shown.</extracomment>
        <translation>Records of %1. Choose a person</translation>
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
        <translation>Your steps, heart rate and points</translation>
    </message>
    <message>
        <source>Remove demo data</source>
        <translation>Remove demo data</translation>
    </message>
    <message>
        <source>Remove the demo records? Your own records and points are not touched.</source>
        <translation>Remove the demo records? Your own records and points are not touched.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <source>Unlink this computer from your participant number? Points already credited stay with the programme, but this computer stops sending and checking your records.</source>
        <translation>Unlink this computer from your participant number? Points already credited stay with the programme, but this computer stops sending and checking your records.</translation>
    </message>
    <message>
        <source>Unlink this computer from %1&apos;s participant number? Points already credited stay with the programme, but this computer stops sending and checking %1&apos;s records.</source>
        <extracomment>%1 is the person&apos;s name on this computer, e.g. &quot;엄마&quot;.</extracomment>
        <translation>Unlink this computer from %1&apos;s participant number? Points already credited stay with the programme, but this computer stops sending and checking %1&apos;s records.</translation>
    </message>
    <message>
        <source>Unlink this computer</source>
        <translation>Unlink this computer</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <source>Keep the link</source>
        <translation>Keep the link</translation>
    </message>
    <message>
        <source>Also delete your steps, heart rate and points from this computer? What the programme has already received is not affected.</source>
        <translation>Also delete your steps, heart rate and points from this computer? What the programme has already received is not affected.</translation>
    </message>
    <message>
        <source>Also delete %1&apos;s steps, heart rate and points from this computer? What the programme has already received is not affected.</source>
        <translation>Also delete %1&apos;s steps, heart rate and points from this computer? What the programme has already received is not affected.</translation>
    </message>
    <message>
        <source>Records on this computer</source>
        <translation>Records on this computer</translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Delete them</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Keep them</translation>
    </message>
</context>
<context>
    <name>wristdoc::DetailsPage</name>
    <message>
        <source>About you</source>
        <translation>About you</translation>
    </message>
    <message>
        <source>We use these details to register you and to contact you about the programme. We never ask for your resident registration number.</source>
        <translation>We use these details to register you and to contact you about the programme. We never ask for your resident registration number.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>Mobile phone number</translation>
    </message>
</context>
<context>
    <name>wristdoc::DevicePage</name>
    <message>
        <source>Choose how you will count your steps.</source>
        <translation>Choose how you will count your steps.</translation>
    </message>
    <message>
        <source>How will you count your steps?</source>
        <translation>How will you count your steps?</translation>
    </message>
    <message>
        <source>Choose the one that suits you.</source>
        <translation>Choose the one that suits you.</translation>
    </message>
</context>
<context>
    <name>wristdoc::DeviceRegistration</name>
    <message>
        <source>This kiosk is registered with the programme server.</source>
        <translation>This kiosk is registered with the programme server.</translation>
    </message>
    <message>
        <source>No programme server is set for this kiosk, so it cannot be registered.</source>
        <translation>No programme server is set for this kiosk, so it cannot be registered.</translation>
    </message>
    <message>
        <source>This code is not right. Check the six digits and try again.</source>
        <translation>This code is not right. Check the six digits and try again.</translation>
    </message>
    <message>
        <source>This code has already been used. Ask the programme office for a new one.</source>
        <translation>This code has already been used. Ask the programme office for a new one.</translation>
    </message>
    <message>
        <source>This code has expired. Ask the programme office for a new one.</source>
        <translation>This code has expired. Ask the programme office for a new one.</translation>
    </message>
    <message>
        <source>Too many tries right now. Please wait a few minutes and try again.</source>
        <translation>Too many tries right now. Please wait a few minutes and try again.</translation>
    </message>
    <message>
        <source>Registration is already in progress. Please wait.</source>
        <translation>Registration is already in progress. Please wait.</translation>
    </message>
    <message>
        <source>The server could not be confirmed as the programme&apos;s server, so nothing was sent. Call the programme office.</source>
        <translation>The server could not be confirmed as the programme&apos;s server, so nothing was sent. Call the programme office.</translation>
    </message>
    <message>
        <source>The server address is not secure (it must start with https://), so nothing was sent. Call the programme office.</source>
        <translation>The server address is not secure (it must start with https://), so nothing was sent. Call the programme office.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate was not accepted, so nothing was sent. Call the programme office.</source>
        <translation>The server&apos;s security certificate was not accepted, so nothing was sent. Call the programme office.</translation>
    </message>
    <message>
        <source>The code was accepted, but this kiosk could not save its key. Ask for a new code and try again.</source>
        <translation>The code was accepted, but this kiosk could not save its key. Ask for a new code and try again.</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the network and try again.</source>
        <translation>The server could not be reached. Check the network and try again.</translation>
    </message>
    <message>
        <source>The server did not accept the registration. Call the programme office.</source>
        <translation>The server did not accept the registration. Call the programme office.</translation>
    </message>
</context>
<context>
    <name>wristdoc::DistrictPage</name>
    <message>
        <source>Choose your district.</source>
        <translation>Choose your district.</translation>
    </message>
    <message>
        <source>Choose the district where you live.</source>
        <translation>Choose the district where you live.</translation>
    </message>
    <message>
        <source>Choose the district where you work.</source>
        <translation>Choose the district where you work.</translation>
    </message>
    <message>
        <source>Choose the district where you study.</source>
        <translation>Choose the district where you study.</translation>
    </message>
    <message>
        <source>Your district</source>
        <translation>Your district</translation>
    </message>
</context>
<context>
    <name>wristdoc::EligibilityPage</name>
    <message>
        <source>Choose whether you live, work or study in Seoul.</source>
        <translation>Choose whether you live, work or study in Seoul.</translation>
    </message>
    <message>
        <source>Confirm that you are %1 or older.</source>
        <translation>Confirm that you are %1 or older.</translation>
    </message>
    <message>
        <source>Can you take part?</source>
        <translation>Can you take part?</translation>
    </message>
    <message>
        <source>The programme is for adults aged %1 or older who live, work or study in Seoul.</source>
        <translation>The programme is for adults aged %1 or older who live, work or study in Seoul.</translation>
    </message>
    <message>
        <source>Your connection to Seoul</source>
        <translation>Your connection to Seoul</translation>
    </message>
    <message>
        <source>Your workplace is in Seoul.</source>
        <translation>Your workplace is in Seoul.</translation>
    </message>
    <message>
        <source>Your school or university is in Seoul.</source>
        <translation>Your school or university is in Seoul.</translation>
    </message>
    <message>
        <source>Your age</source>
        <translation>Your age</translation>
    </message>
    <message>
        <source>I am %1 or older</source>
        <translation>I am %1 or older</translation>
    </message>
    <message>
        <source>We check this with your date of birth on the next page.</source>
        <translation>We check this with your date of birth on the next page.</translation>
    </message>
    <message>
        <source>Your home is in Seoul.</source>
        <translation>Your home is in Seoul.</translation>
    </message>
</context>
<context>
    <name>wristdoc::EmptyStateCard</name>
    <message>
        <source>No watch is paired yet</source>
        <translation>No watch is paired yet</translation>
    </message>
    <message>
        <source>Bring your watch to the WristDoc counter at a community centre or health centre. The staff will pair it with you.</source>
        <translation>Bring your watch to the WristDoc counter at a community centre or health centre. The staff will pair it with you.</translation>
    </message>
    <message>
        <source>Once it is paired, walk as usual: your steps, heart rate and points appear here after each sync.</source>
        <translation>Once it is paired, walk as usual: your steps, heart rate and points appear here after each sync.</translation>
    </message>
    <message>
        <source>Want to try it first? Use the simulated watch to see how it works.</source>
        <translation>Want to try it first? Use the simulated watch to see how it works.</translation>
    </message>
    <message>
        <source>Use the simulated watch</source>
        <translation>Use the simulated watch</translation>
    </message>
</context>
<context>
    <name>wristdoc::EnrolmentHeader</name>
    <message>
        <source>Join the walking programme</source>
        <translation>Join the walking programme</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>Change the language to %1</source>
        <translation>Change the language to %1</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>Start over and forget what was entered</source>
        <translation>Start over and forget what was entered</translation>
    </message>
    <message>
        <source>Text size %1</source>
        <translation>Text size %1</translation>
    </message>
    <message>
        <source>High contrast: on</source>
        <translation>High contrast: on</translation>
    </message>
    <message>
        <source>High contrast: off</source>
        <translation>High contrast: off</translation>
    </message>
</context>
<context>
    <name>wristdoc::EnrolmentWizard</name>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>Start over? Everything you entered will be forgotten.</source>
        <translation>Start over? Everything you entered will be forgotten.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Keep going</translation>
    </message>
    <message>
        <source>Send my application</source>
        <translation>Send my application</translation>
    </message>
    <message>
        <source>Back to the review</source>
        <translation>Back to the review</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Join the walking programme</source>
        <translation>Join the walking programme</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>wristdoc::ErrorBanner</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
</context>
<context>
    <name>wristdoc::HeartRateCard</name>
    <message>
        <source>no reading</source>
        <translation>no reading</translation>
    </message>
    <message>
        <source>Heart rate today</source>
        <translation>Heart rate today</translation>
    </message>
    <message>
        <source>Resting</source>
        <translation>Resting</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Highest</translation>
    </message>
    <message>
        <source>No heart-rate readings today yet. Wear the watch and sync it to see them here.</source>
        <translation>No heart-rate readings today yet. Wear the watch and sync it to see them here.</translation>
    </message>
    <message>
        <source>6 AM</source>
        <translation>6 AM</translation>
    </message>
    <message>
        <source>noon</source>
        <translation>noon</translation>
    </message>
    <message>
        <source>6 PM</source>
        <translation>6 PM</translation>
    </message>
</context>
<context>
    <name>wristdoc::HomeController</name>
    <message>
        <source>The new person could not be added. Nothing was changed.</source>
        <translation>The new person could not be added. Nothing was changed.</translation>
    </message>
    <message>
        <source>This computer is no longer linked, and this person&apos;s data on it has been deleted.</source>
        <translation>This computer is no longer linked, and this person&apos;s data on it has been deleted.</translation>
    </message>
    <message>
        <source>This computer is no longer linked. The steps stay on it.</source>
        <translation>This computer is no longer linked. The steps stay on it.</translation>
    </message>
    <message>
        <source>The report could not be saved. Nothing was lost; please try again.</source>
        <translation>The report could not be saved. Nothing was lost; please try again.</translation>
    </message>
    <message>
        <source>The report for the helpdesk was saved as:
%1</source>
        <translation>The report for the helpdesk was saved as:
%1</translation>
    </message>
    <message>
        <source>The programme no longer recognises this computer for this person. Link it again with the participant number; no steps were lost.</source>
        <translation>The programme no longer recognises this computer for this person. Link it again with the participant number; no steps were lost.</translation>
    </message>
    <message>
        <source>WristDoc is not connected to the programme&apos;s server, so it cannot be linked now.</source>
        <translation>WristDoc is not connected to the programme&apos;s server, so it cannot be linked now.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was lost; please try again later.</source>
        <translation>Something went wrong. Nothing was lost; please try again later.</translation>
    </message>
</context>
<context>
    <name>wristdoc::IdleWarning</name>
    <message>
        <source>Seconds left: %1</source>
        <translation>Seconds left: %1</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>To protect your privacy, everything entered on this screen will be cleared when the count reaches zero. Tap &quot;Continue&quot; if you are still here.</source>
        <translation>To protect your privacy, everything entered on this screen will be cleared when the count reaches zero. Tap &quot;Continue&quot; if you are still here.</translation>
    </message>
    <message>
        <source>seconds left</source>
        <translation>seconds left</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>wristdoc::KioskWindow</name>
    <message>
        <source>WristDoc kiosk</source>
        <translation>WristDoc kiosk</translation>
    </message>
</context>
<context>
    <name>wristdoc::LinkDialog</name>
    <message>
        <source>Please type the participant number from your receipt.</source>
        <translation>Please type the participant number from your receipt.</translation>
    </message>
    <message>
        <source>Asking for a code. Please wait...</source>
        <translation>Asking for a code. Please wait...</translation>
    </message>
    <message>
        <source>The code has six digits. Please type all six.</source>
        <translation>The code has six digits. Please type all six.</translation>
    </message>
    <message>
        <source>Checking the code. Please wait...</source>
        <translation>Checking the code. Please wait...</translation>
    </message>
    <message numerus="yes">
        <source>A code was sent to your mobile phone by text message. It can be used for %n minute(s).</source>
        <translation>
            <numerusform>A code was sent to your mobile phone by text message. It can be used for %n minute.</numerusform>
            <numerusform>A code was sent to your mobile phone by text message. It can be used for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done. This computer is now linked to you and will show your points.</source>
        <translation>Done. This computer is now linked to you and will show your points.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Something went wrong. Please try again.</translation>
    </message>
    <message>
        <source>Link this computer</source>
        <translation>Link this computer</translation>
    </message>
    <message>
        <source>Link this computer to you</source>
        <translation>Link this computer to you</translation>
    </message>
    <message>
        <source>Step 1 of 2. Type the participant number printed on your receipt. We will send a code to your mobile phone.</source>
        <translation>Step 1 of 2. Type the participant number printed on your receipt. We will send a code to your mobile phone.</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>Send me a code</translation>
    </message>
    <message>
        <source>Step 2 of 2. Type the six-digit code from the text message.</source>
        <translation>Step 2 of 2. Type the six-digit code from the text message.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Participant number (for example P-00001234)</source>
        <translation>Participant number (for example P-00001234)</translation>
    </message>
    <message>
        <source>Participant number</source>
        <translation>Participant number</translation>
    </message>
    <message>
        <source>Code from the text message (6 digits)</source>
        <translation>Code from the text message (6 digits)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>wristdoc::NearbyWatchRow</name>
    <message>
        <source>Unnamed watch</source>
        <translation>Unnamed watch</translation>
    </message>
    <message>
        <source>No code</source>
        <translation>No code</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>%1, code %2, %3</source>
        <translation>%1, code %2, %3</translation>
    </message>
    <message>
        <source>Connects to this watch and fetches its records</source>
        <translation>Connects to this watch and fetches its records</translation>
    </message>
</context>
<context>
    <name>wristdoc::PairingWindow</name>
    <message>
        <source>Pair a watch</source>
        <translation>Pair a watch</translation>
    </message>
    <message>
        <source>Choose the watch whose code matches the code shown on the watch. Everything is stored on this computer; no internet connection is needed.</source>
        <translation>Choose the watch whose code matches the code shown on the watch. Everything is stored on this computer; no internet connection is needed.</translation>
    </message>
    <message>
        <source>Use the simulated watch</source>
        <translation>Use the simulated watch</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Scan again</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pair another watch</source>
        <translation>Pair another watch</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message numerus="yes">
        <source>%1 watches found. The strongest signal is at the top.</source>
        <translation>
            <numerusform>%1 watch found. The strongest signal is at the top.</numerusform>
            <numerusform>%1 watches found. The strongest signal is at the top.</numerusform>
        </translation>
    </message>
    <message>
        <source>No watch found yet. Bring the watch close to this screen and press “Scan again”.</source>
        <translation>No watch found yet. Bring the watch close to this screen and press “Scan again”.</translation>
    </message>
    <message>
        <source>Unnamed watch</source>
        <translation>Unnamed watch</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>The watch is paired</source>
        <translation>The watch is paired</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Battery</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>The battery is low. Please charge the watch before handing it over.</source>
        <translation>The battery is low. Please charge the watch before handing it over.</translation>
    </message>
    <message>
        <source>Records stored</source>
        <translation>Records stored</translation>
    </message>
    <message numerus="yes">
        <source>%1 minutes</source>
        <translation>
            <numerusform>%1 minute</numerusform>
            <numerusform>%1 minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>The records are stored on this computer. They reach the programme server later, when it can take them.</source>
        <translation>The records are stored on this computer. They reach the programme server later, when it can take them.</translation>
    </message>
</context>
<context>
    <name>wristdoc::ParticipantLinking</name>
    <message>
        <source>This participant number was not found. Check the number on your receipt.</source>
        <translation>This participant number was not found. Check the number on your receipt.</translation>
    </message>
    <message>
        <source>This is not a participant number. It starts with P and has eight digits, for example P-00001234. Check the number on your receipt.</source>
        <translation>This is not a participant number. It starts with P and has eight digits, for example P-00001234. Check the number on your receipt.</translation>
    </message>
    <message>
        <source>Too many tries right now. Please wait a few minutes and try again.</source>
        <translation>Too many tries right now. Please wait a few minutes and try again.</translation>
    </message>
    <message numerus="yes">
        <source>The code does not match. You can try %n more time(s).</source>
        <translation>
            <numerusform>The code does not match. You can try %n more time.</numerusform>
            <numerusform>The code does not match. You can try %n more times.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code does not match. Check the six digits and try again.</source>
        <translation>The code does not match. Check the six digits and try again.</translation>
    </message>
    <message>
        <source>The code has six digits. Check the text message and try again.</source>
        <translation>The code has six digits. Check the text message and try again.</translation>
    </message>
    <message>
        <source>This code is too old. Ask for a new code.</source>
        <translation>This code is too old. Ask for a new code.</translation>
    </message>
    <message>
        <source>This code has already been used. Ask for a new code.</source>
        <translation>This code has already been used. Ask for a new code.</translation>
    </message>
    <message>
        <source>The code was typed wrongly too many times. Ask for a new code.</source>
        <translation>The code was typed wrongly too many times. Ask for a new code.</translation>
    </message>
    <message>
        <source>Please ask for a new code first.</source>
        <translation>Please ask for a new code first.</translation>
    </message>
    <message>
        <source>This computer is no longer linked to you. Please link it again.</source>
        <translation>This computer is no longer linked to you. Please link it again.</translation>
    </message>
    <message>
        <source>Please wait: the last step is still in progress.</source>
        <translation>Please wait: the last step is still in progress.</translation>
    </message>
    <message>
        <source>This computer could not save your key. Ask for a new code and try again, or call the helpdesk.</source>
        <translation>This computer could not save your key. Ask for a new code and try again, or call the helpdesk.</translation>
    </message>
    <message>
        <source>The programme&apos;s server is not answering right now. Please try again in a few minutes.</source>
        <translation>The programme&apos;s server is not answering right now. Please try again in a few minutes.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again later or call the helpdesk.</source>
        <translation>Something went wrong. Please try again later or call the helpdesk.</translation>
    </message>
</context>
<context>
    <name>wristdoc::PersonNameDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>Name shown on this computer (for example Mum):</source>
        <translation>Name shown on this computer (for example Mum):</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>wristdoc::PointsCard</name>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Confirmed balance</source>
        <translation>Confirmed balance</translation>
    </message>
    <message>
        <source>Confirmed balance: %1</source>
        <translation>Confirmed balance: %1</translation>
    </message>
    <message>
        <source>+%1 pending</source>
        <extracomment>Points computed here, not yet confirmed by the programme. %1 is e.g. &quot;600 P&quot;.</extracomment>
        <translation>+%1 pending</translation>
    </message>
    <message>
        <source>No points pending</source>
        <translation>No points pending</translation>
    </message>
    <message>
        <source>Pending points are counted on this computer and become confirmed when the programme checks them.</source>
        <translation>Pending points are counted on this computer and become confirmed when the programme checks them.</translation>
    </message>
    <message>
        <source>Half-year limit (January to June)</source>
        <translation>Half-year limit (January to June)</translation>
    </message>
    <message>
        <source>Half-year limit (July to December)</source>
        <translation>Half-year limit (July to December)</translation>
    </message>
    <message>
        <source>%1 / %2 P</source>
        <extracomment>Points earned this half-year out of the limit, e.g. &quot;34,000 / 100,000 P&quot;.</extracomment>
        <translation>%1 / %2 P</translation>
    </message>
    <message>
        <source>The limit for this half-year is reached.</source>
        <translation>The limit for this half-year is reached.</translation>
    </message>
    <message>
        <source>You can convert your points to local currency now.</source>
        <translation>You can convert your points to local currency now.</translation>
    </message>
    <message>
        <source>Points can be converted to local currency from %1: %2 to go.</source>
        <extracomment>%1 is the minimum, e.g. &quot;5,000 P&quot;; %2 what is still missing, e.g. &quot;600 P&quot;.</extracomment>
        <translation>Points can be converted to local currency from %1: %2 to go.</translation>
    </message>
    <message>
        <source>%1 to be checked</source>
        <extracomment>Points the steps earned that the programme did not credit. %1 is e.g. &quot;200 P&quot;.</extracomment>
        <translation>%1 to be checked</translation>
    </message>
    <message>
        <source>Your steps earned these points, but the programme has not credited them. The points check below shows which days.</source>
        <translation>Your steps earned these points, but the programme has not credited them. The points check below shows which days.</translation>
    </message>
    <message>
        <source>Convert by %1</source>
        <extracomment>%1 is a date, e.g. &quot;31 January 2027&quot;.</extracomment>
        <translation>Convert by %1</translation>
    </message>
</context>
<context>
    <name>wristdoc::PointsCheckCard</name>
    <message>
        <source>The programme credited different points for the same steps.</source>
        <translation>The programme credited different points for the same steps.</translation>
    </message>
    <message>
        <source>The programme has a different step count for this day.</source>
        <translation>The programme has a different step count for this day.</translation>
    </message>
    <message>
        <source>This day was sent, but the programme has not credited it.</source>
        <translation>This day was sent, but the programme has not credited it.</translation>
    </message>
    <message>
        <source>The programme still has older records for this day.</source>
        <translation>The programme still has older records for this day.</translation>
    </message>
    <message>
        <source>The points for this day do not match the programme&apos;s records.</source>
        <translation>The points for this day do not match the programme&apos;s records.</translation>
    </message>
    <message>
        <source>Points check</source>
        <translation>Points check</translation>
    </message>
    <message>
        <source>Link this computer</source>
        <translation>Link this computer</translation>
    </message>
    <message>
        <source>Link this computer to your participant number</source>
        <translation>Link this computer to your participant number</translation>
    </message>
    <message>
        <source>Link this computer to your participant number to check that every day&apos;s points were credited.</source>
        <translation>Link this computer to your participant number to check that every day&apos;s points were credited.</translation>
    </message>
    <message>
        <source>Participant number: %1</source>
        <extracomment>%1 is the masked participant number, e.g. &quot;P-****0001&quot;.</extracomment>
        <translation>Participant number: %1</translation>
    </message>
    <message>
        <source>Last checked with the programme: %1</source>
        <extracomment>%1 is a moment, e.g. &quot;today 2:05 PM&quot;.</extracomment>
        <translation>Last checked with the programme: %1</translation>
    </message>
    <message>
        <source>Last checked with the programme: not yet</source>
        <translation>Last checked with the programme: not yet</translation>
    </message>
    <message>
        <source>The points for every day match the programme&apos;s records.</source>
        <translation>The points for every day match the programme&apos;s records.</translation>
    </message>
    <message>
        <source>Your points have not been checked with the programme yet.</source>
        <translation>Your points have not been checked with the programme yet.</translation>
    </message>
    <message>
        <source>On the days below, the programme credited other points than your steps earn. Save a report and show it at the helpdesk.</source>
        <translation>On the days below, the programme credited other points than your steps earn. Save a report and show it at the helpdesk.</translation>
    </message>
    <message>
        <source>%1 P</source>
        <extracomment>Points in a points-check row, e.g. &quot;200 P&quot; (Korean writes &quot;200P&quot;).</extracomment>
        <translation>%1 P</translation>
    </message>
    <message>
        <source>%1: %2 → %3 expected, %4 credited</source>
        <extracomment>One day that does not match, e.g. &quot;18 Nov: 8,214 steps → 200 P expected, 0 P credited&quot;. %1 date, %2 steps, %3 points expected, %4 points credited.</extracomment>
        <translation>%1: %2 → %3 expected, %4 credited</translation>
    </message>
    <message>
        <source>Save a report for the helpdesk</source>
        <translation>Save a report for the helpdesk</translation>
    </message>
    <message>
        <source>Save a report for the helpdesk about %1</source>
        <extracomment>%1 is the day, e.g. &quot;18 Nov&quot;.</extracomment>
        <translation>Save a report for the helpdesk about %1</translation>
    </message>
</context>
<context>
    <name>wristdoc::ReceiptPage</name>
    <message>
        <source>Your application was not accepted</source>
        <translation>Your application was not accepted</translation>
    </message>
    <message>
        <source>Your application is saved</source>
        <translation>Your application is saved</translation>
    </message>
    <message>
        <source>Your reference code</source>
        <translation>Your reference code</translation>
    </message>
    <message>
        <source>Reference code %1</source>
        <translation>Reference code %1</translation>
    </message>
    <message>
        <source>Write down this code or take a photo of it. The staff can find your application with it. Nothing else about you stays on this screen.</source>
        <translation>Write down this code or take a photo of it. The staff can find your application with it. Nothing else about you stays on this screen.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>wristdoc::ReviewPage</name>
    <message>
        <source>Check your application</source>
        <translation>Check your application</translation>
    </message>
    <message>
        <source>If something is wrong, tap &quot;Change&quot; next to it. When everything is right, tap &quot;Send my application&quot;.</source>
        <translation>If something is wrong, tap &quot;Change&quot; next to it. When everything is right, tap &quot;Send my application&quot;.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>At the counter, later</source>
        <translation>At the counter, later</translation>
    </message>
    <message>
        <source>Paired: code %1</source>
        <translation>Paired: code %1</translation>
    </message>
    <message>
        <source>Connection to Seoul</source>
        <translation>Connection to Seoul</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>Mobile phone number</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Counting your steps</source>
        <translation>Counting your steps</translation>
    </message>
    <message>
        <source>Watch pairing</source>
        <translation>Watch pairing</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
</context>
<context>
    <name>wristdoc::SignalBars</name>
    <message>
        <source>Strong signal</source>
        <translation>Strong signal</translation>
    </message>
    <message>
        <source>Fair signal</source>
        <translation>Fair signal</translation>
    </message>
    <message>
        <source>Weak signal</source>
        <translation>Weak signal</translation>
    </message>
    <message>
        <source>Signal unknown</source>
        <translation>Signal unknown</translation>
    </message>
</context>
<context>
    <name>wristdoc::StaffButton</name>
    <message>
        <source>Keep holding</source>
        <translation>Keep holding</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>For staff: hold for two seconds</source>
        <translation>For staff: hold for two seconds</translation>
    </message>
</context>
<context>
    <name>wristdoc::StaffConsole</name>
    <message>
        <source>Export for manual processing</source>
        <translation>Export for manual processing</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The kiosk&apos;s storage could not be changed. Please try again.</source>
        <translation>The kiosk&apos;s storage could not be changed. Please try again.</translation>
    </message>
    <message>
        <source>Nothing to send now: the item is already delivered, refused or being sent.</source>
        <translation>Nothing to send now: the item is already delivered, refused or being sent.</translation>
    </message>
    <message>
        <source>Items that will be sent now: %1.</source>
        <translation>Items that will be sent now: %1.</translation>
    </message>
    <message>
        <source>Saved to %1 (items: %2). The file contains applicants&apos; personal data: keep it safe and delete it after use.</source>
        <extracomment>%1 is a file path, %2 a number. The file holds personal data: it says so.</extracomment>
        <translation>Saved to %1 (items: %2). The file contains applicants&apos; personal data: keep it safe and delete it after use.</translation>
    </message>
    <message>
        <source>Nothing was saved: this kiosk&apos;s key to the stored personal data is not available.</source>
        <translation>Nothing was saved: this kiosk&apos;s key to the stored personal data is not available.</translation>
    </message>
    <message>
        <source>Nothing was saved: the kiosk&apos;s storage could not be read.</source>
        <translation>Nothing was saved: the kiosk&apos;s storage could not be read.</translation>
    </message>
    <message>
        <source>The file could not be saved at %1. Choose another place, such as a USB stick.</source>
        <translation>The file could not be saved at %1. Choose another place, such as a USB stick.</translation>
    </message>
    <message>
        <source>Registering this kiosk...</source>
        <translation>Registering this kiosk...</translation>
    </message>
    <message>
        <source>%1 (checked at %2)</source>
        <extracomment>%1 is the reachability sentence, %2 a time such as 14:32.</extracomment>
        <translation>%1 (checked at %2)</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <extracomment>%1 is a time, %2 a duration such as &quot;5 minutes&quot;.</extracomment>
        <translation>%1 (%2 ago)</translation>
    </message>
    <message>
        <source>No delivery yet</source>
        <translation>No delivery yet</translation>
    </message>
    <message>
        <source>Nothing is waiting</source>
        <translation>Nothing is waiting</translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation>Waiting for %1</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>waiting: %1</translation>
    </message>
    <message>
        <source>needs attention: %1</source>
        <translation>needs attention: %1</translation>
    </message>
    <message>
        <source>delivered: %1</source>
        <translation>delivered: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <source>The kiosk&apos;s storage could not be read. What is shown may be out of date.</source>
        <translation>The kiosk&apos;s storage could not be read. What is shown may be out of date.</translation>
    </message>
    <message>
        <source>Waits for the applicant&apos;s day: %1</source>
        <translation>Waits for the applicant&apos;s day: %1</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>MMM d</translation>
    </message>
    <message>
        <source>Number %1 in the programme&apos;s queue</source>
        <translation>Number %1 in the programme&apos;s queue</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Send %1 now</source>
        <translation>Send %1 now</translation>
    </message>
    <message>
        <source>Staff screen</source>
        <translation>Staff screen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the staff screen</source>
        <translation>Close the staff screen</translation>
    </message>
    <message>
        <source>Programme server</source>
        <translation>Programme server</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Check now</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Last delivery</translation>
    </message>
    <message>
        <source>Oldest waiting item</source>
        <translation>Oldest waiting item</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Applications stored on this kiosk</source>
        <translation>Applications stored on this kiosk</translation>
    </message>
    <message>
        <source>No applications are stored on this kiosk.</source>
        <translation>No applications are stored on this kiosk.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Last problem</translation>
    </message>
    <message>
        <source>Send all waiting now</source>
        <translation>Send all waiting now</translation>
    </message>
    <message>
        <source>Saves a file with the applications that are not yet delivered, including applicants&apos; names, for processing by hand. No health data.</source>
        <translation>Saves a file with the applications that are not yet delivered, including applicants&apos; names, for processing by hand. No health data.</translation>
    </message>
    <message>
        <source>Register this kiosk</source>
        <translation>Register this kiosk</translation>
    </message>
    <message>
        <source>Enter the one-time code from the programme office.</source>
        <translation>Enter the one-time code from the programme office.</translation>
    </message>
    <message>
        <source>One-time registration code</source>
        <translation>One-time registration code</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Leave kiosk mode</translation>
    </message>
    <message>
        <source>Ends the kiosk screen so the computer can be looked after.</source>
        <translation>Ends the kiosk screen so the computer can be looked after.</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>Column headings</translation>
    </message>
</context>
<context>
    <name>wristdoc::StaffPinDialog</name>
    <message>
        <source>The PIN cannot be checked right now. Please try again.</source>
        <translation>The PIN cannot be checked right now. Please try again.</translation>
    </message>
    <message>
        <source>The two PINs were not the same. Please choose a PIN again.</source>
        <translation>The two PINs were not the same. Please choose a PIN again.</translation>
    </message>
    <message>
        <source>The PIN could not be saved. Please try again.</source>
        <translation>The PIN could not be saved. Please try again.</translation>
    </message>
    <message>
        <source>That PIN is not right. Wrong tries left before the staff screen is locked for a while: %1.</source>
        <extracomment>%1 is a number from 1 to 4.</extracomment>
        <translation>That PIN is not right. Wrong tries left before the staff screen is locked for a while: %1.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. The staff screen is locked until %1 (%2 left).</source>
        <extracomment>%1 is a time such as 14:35, %2 a duration such as &quot;5 min&quot;. After too many wrong PINs.</extracomment>
        <translation>Too many wrong PINs. The staff screen is locked until %1 (%2 left).</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Staff PIN</translation>
    </message>
    <message>
        <source>Enter the staff PIN to open the staff screen.</source>
        <translation>Enter the staff PIN to open the staff screen.</translation>
    </message>
    <message>
        <source>Choose a staff PIN</source>
        <translation>Choose a staff PIN</translation>
    </message>
    <message>
        <source>This kiosk has no staff PIN yet. Choose one of at least %1 digits that is not easy to guess.</source>
        <translation>This kiosk has no staff PIN yet. Choose one of at least %1 digits that is not easy to guess.</translation>
    </message>
    <message>
        <source>Enter the same PIN once more.</source>
        <translation>Enter the same PIN once more.</translation>
    </message>
    <message>
        <source>PIN, hidden</source>
        <translation>PIN, hidden</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Erase the last digit</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>wristdoc::StepsCard</name>
    <message>
        <source>Today&apos;s steps</source>
        <translation>Today&apos;s steps</translation>
    </message>
    <message>
        <source>Today&apos;s steps: %1</source>
        <translation>Today&apos;s steps: %1</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <extracomment>The daily step goal, e.g. &quot;Goal: 8,000 steps&quot;. %1 is the step count with its unit.</extracomment>
        <translation>Goal: %1</translation>
    </message>
    <message>
        <source>Progress toward today&apos;s goal</source>
        <translation>Progress toward today&apos;s goal</translation>
    </message>
    <message>
        <source>Goal reached! %1 will be added for today.</source>
        <translation>Goal reached! %1 will be added for today.</translation>
    </message>
    <message>
        <source>Goal reached! Well done.</source>
        <translation>Goal reached! Well done.</translation>
    </message>
    <message>
        <source>%1 more to reach the goal.</source>
        <extracomment>%1 is the remaining step count with its unit, e.g. &quot;1,766 steps&quot;.</extracomment>
        <translation>%1 more to reach the goal.</translation>
    </message>
    <message>
        <source>Reaching it adds %1.</source>
        <extracomment>Follows &quot;... more to reach the goal.&quot; %1 is the points, e.g. &quot;200 P&quot;.</extracomment>
        <translation>Reaching it adds %1.</translation>
    </message>
    <message>
        <source>As of %1 (last watch sync)</source>
        <extracomment>Under today&apos;s steps. %1 is the last watch sync, e.g. &quot;today 2:05 PM&quot;.</extracomment>
        <translation>As of %1 (last watch sync)</translation>
    </message>
</context>
<context>
    <name>wristdoc::SyncStatusPanel</name>
    <message>
        <source>Up to date as of</source>
        <translation>Up to date as of</translation>
    </message>
    <message>
        <source>Last watch sync: %1</source>
        <extracomment>%1 is a moment, e.g. &quot;today 2:05 PM&quot;.</extracomment>
        <translation>Last watch sync: %1</translation>
    </message>
    <message>
        <source>Last watch sync: not yet</source>
        <translation>Last watch sync: not yet</translation>
    </message>
    <message>
        <source>Last confirmed by the programme: %1</source>
        <translation>Last confirmed by the programme: %1</translation>
    </message>
    <message>
        <source>Last confirmed by the programme: not yet</source>
        <translation>Last confirmed by the programme: not yet</translation>
    </message>
    <message>
        <source>Points rules: version %1</source>
        <translation>Points rules: version %1</translation>
    </message>
    <message>
        <source>These records are demo data for practice, not your own. You can remove them in Settings.</source>
        <translation>These records are demo data for practice, not your own. You can remove them in Settings.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Refresh the records</source>
        <translation>Refresh the records</translation>
    </message>
</context>
<context>
    <name>wristdoc::WatchPage</name>
    <message>
        <source>Pair your watch, or choose to pair it at the counter later.</source>
        <translation>Pair your watch, or choose to pair it at the counter later.</translation>
    </message>
    <message>
        <source>Choose when to pair your watch.</source>
        <translation>Choose when to pair your watch.</translation>
    </message>
    <message>
        <source>Choose &quot;At the counter, later&quot; to go on.</source>
        <translation>Choose &quot;At the counter, later&quot; to go on.</translation>
    </message>
    <message>
        <source>Paired: the watch with the code %1.</source>
        <translation>Paired: the watch with the code %1.</translation>
    </message>
    <message>
        <source>The pairing screen is open. When it is done, you come back here.</source>
        <translation>The pairing screen is open. When it is done, you come back here.</translation>
    </message>
    <message>
        <source>Pair your watch</source>
        <translation>Pair your watch</translation>
    </message>
    <message>
        <source>You receive your band at the counter, and the staff can pair it there.</source>
        <translation>You receive your band at the counter, and the staff can pair it there.</translation>
    </message>
    <message>
        <source>Pairing links your watch to this application so your steps count. You can do it now or at the counter later.</source>
        <translation>Pairing links your watch to this application so your steps count. You can do it now or at the counter later.</translation>
    </message>
    <message>
        <source>Pair it now</source>
        <translation>Pair it now</translation>
    </message>
    <message>
        <source>Have your watch with you, switched on and near this kiosk.</source>
        <translation>Have your watch with you, switched on and near this kiosk.</translation>
    </message>
    <message>
        <source>At the counter, later</source>
        <translation>At the counter, later</translation>
    </message>
    <message>
        <source>The staff pair it for you when you come to the counter.</source>
        <translation>The staff pair it for you when you come to the counter.</translation>
    </message>
</context>
<context>
    <name>wristdoc::WeekChartCard</name>
    <message>
        <source>Steps in the last 7 days</source>
        <translation>Steps in the last 7 days</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <extracomment>Legend entry of the goal line, e.g. &quot;Goal: 8,000 steps&quot;.</extracomment>
        <translation>Goal: %1</translation>
    </message>
    <message>
        <source>No steps recorded this week yet.</source>
        <translation>No steps recorded this week yet.</translation>
    </message>
    <message>
        <source>Goal reached on %1 of %2 days.</source>
        <extracomment>%1 days out of %2 reached the goal.</extracomment>
        <translation>Goal reached on %1 of %2 days.</translation>
    </message>
    <message>
        <source>Daily average: %1.</source>
        <extracomment>%1 is a step count with its unit.</extracomment>
        <translation>Daily average: %1.</translation>
    </message>
    <message>
        <source>Earlier days</source>
        <extracomment>Legend entry for the bars of the six days before today.</extracomment>
        <translation>Earlier days</translation>
    </message>
</context>
</TS>
