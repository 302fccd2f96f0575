#include "ReportWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace wristdoc {

namespace {

QString number(double value, int decimals = 2) {
    return QString::number(value, 'f', decimals);
}

QString ratioOrDash(double ratio) {
    return ratio < 0 ? QStringLiteral("not reached") : number(ratio);
}

QString hours(qint64 ms) {
    if (ms < 0)
        return QStringLiteral("-");
    return QStringLiteral("%1:%2")
        .arg(ms / 3600000)
        .arg((ms / 60000) % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString ReportWriter::summaryCsv(const std::vector<SimResult> &results) {
    QStringList lines;
    lines << QStringLiteral(
        "strategy,server,clients,capacity_per_s,peak_offered_over_capacity,"
        "peak_demand_over_capacity,peak_offered_after_overload_over_capacity,"
        "peak_repeat_after_overload_over_capacity,peak_retry_after_overload_over_capacity,"
        "requests_per_confirmed,posts_per_confirmed,"
        "t99_seconds,t99_over_ideal,t99_over_fluid_ideal,ideal_seconds,fluid_ideal_seconds,"
        "duplicates,lost,unfinished,not_arrived,confirmed,first_posts,repeat_posts,polls,holds,"
        "hung,events,"
        "wall_seconds");
    for (const SimResult &r : results) {
        QStringList row;
        row << strategyCode(r.strategy) << r.setup.code() << QString::number(r.clients)
            << number(r.capacityPerSecond, 1) << number(r.peakOfferedRatio(), 3)
            << number(r.peakDemandRatio(), 3) << number(r.peakOfferedAfterSignalRatio(), 3)
            << number(r.peakRepeatAfterSignalRatio(), 3) << number(r.peakRetryAfterSignalRatio(), 3)
            << number(r.requestsPerConfirmed(), 3) << number(r.postsPerConfirmed(), 3)
            << (r.t99Ms < 0 ? QString() : number(r.t99Ms / 1000.0, 1))
            << (r.t99Ms < 0 ? QString() : number(r.t99OverIdeal(), 3))
            << (r.t99Ms < 0 ? QString() : number(r.t99OverFluidIdeal(), 3))
            << number(r.idealSeconds, 1) << number(r.fluidIdealSeconds, 1)
            << QString::number(r.duplicates) << QString::number(r.lost)
            << QString::number(r.unfinished) << QString::number(r.notArrived)
            << QString::number(r.confirmed) << QString::number(r.firstPosts)
            << QString::number(r.repeatPosts) << QString::number(r.polls)
            << QString::number(r.holds) << QString::number(r.hung) << QString::number(r.events)
            << number(r.wallSeconds, 2);
        lines << row.join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ReportWriter::timeSeriesCsv(const std::vector<SimResult> &results) {
    QStringList lines;
    lines << QStringLiteral(
        "strategy,server,bin_start_seconds,first_posts,repeat_posts,invited_posts,slot_posts,polls,"
        "confirmed_total,waiting_clients,waiting_room_line,in_progress_max");
    for (const SimResult &r : results) {
        int total = 0;
        const SimSeries &s = r.series;
        for (size_t i = 0; i < s.firstPosts.size(); ++i) {
            total += s.confirmed[i];
            lines << QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10,%11,%12")
                         .arg(strategyCode(r.strategy), r.setup.code())
                         .arg(qint64(i) * r.binSeconds)
                         .arg(s.firstPosts[i])
                         .arg(s.repeatPosts[i])
                         .arg(s.invitedPosts[i])
                         .arg(s.slotPosts[i])
                         .arg(s.polls[i])
                         .arg(total)
                         .arg(s.waitingClients[i])
                         .arg(s.line[i])
                         .arg(s.inProgress[i]);
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ReportWriter::markdownTable(const std::vector<SimResult> &results) {
    QStringList lines;
    lines << QStringLiteral(
        "| strategy | server | peak offered ÷ C | peak offered after overload ÷ C | peak "
        "repeats after overload ÷ C | peak retries after overload ÷ C | requests per confirmed | "
        "99 % confirmed at | ÷ ideal N/C | ÷ fluid ideal | duplicates | lost | unfinished | "
        "arrive after the day |");
    lines << QStringLiteral(
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (const SimResult &r : results) {
        lines << QStringLiteral(
                     "| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 | %12 | %13 | %14 |")
                     .arg(strategyTitle(r.strategy), r.setup.code(),
                          number(r.peakOfferedRatio(), 1),
                          number(r.peakOfferedAfterSignalRatio(), 2),
                          number(r.peakRepeatAfterSignalRatio(), 2),
                          number(r.peakRetryAfterSignalRatio(), 2),
                          number(r.requestsPerConfirmed(), 1), hours(r.t99Ms),
                          ratioOrDash(r.t99OverIdeal()))
                     .arg(ratioOrDash(r.t99OverFluidIdeal()))
                     .arg(r.duplicates)
                     .arg(r.lost)
                     .arg(r.unfinished)
                     .arg(r.notArrived);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool ReportWriter::writeFile(const QString &path, const QString &text, QString *error) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(text.toUtf8());
    return true;
}

} // namespace wristdoc
