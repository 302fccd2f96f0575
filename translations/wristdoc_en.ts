<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
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
