#include "StepsCard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>

namespace wristdoc {

StepsCard::StepsCard(const LanguageController &language, QWidget *parent)
    : DashboardCard(language, parent)
    , m_steps(makeLabel(QStringLiteral("stepsValue"), Theme::Role::Huge, false))
    , m_goal(makeLabel(QStringLiteral("stepsGoal"), Theme::Role::Large, true))
    , m_percent(makeLabel(QStringLiteral("stepsPercent"), Theme::Role::Large, false))
    , m_progress(new QProgressBar(this))
    , m_status(makeLabel(QStringLiteral("stepsStatus"), Theme::Role::Body, true))
    , m_asOf(makeLabel(QStringLiteral("stepsAsOf"), Theme::Role::Caption, true)) {
    setObjectName(QStringLiteral("stepsCard"));
    titleLabel()->setObjectName(QStringLiteral("stepsTitle"));

    cardLayout()->addWidget(m_steps);

    auto *goalRow = new QHBoxLayout;
    goalRow->addWidget(m_goal, 1);
    goalRow->addWidget(m_percent, 0, Qt::AlignRight | Qt::AlignVCenter);
    cardLayout()->addLayout(goalRow);

    m_progress->setObjectName(QStringLiteral("stepsProgress"));
    m_progress->setTextVisible(false); // the percentage is a label: readable on any colour
    cardLayout()->addWidget(m_progress);
    cardLayout()->addWidget(m_status);
    cardLayout()->addStretch(1);
    cardLayout()->addWidget(m_asOf);
    refresh();
}

void StepsCard::refresh() {
    const Formatter f = formatter();
    const DashboardSnapshot &s = snapshot();
    const int goal = std::max(1, s.stepGoal);
    const bool reached = s.todaySteps >= s.stepGoal && s.stepGoal > 0;
    const int percent = int(std::min<qint64>(999, qint64(s.todaySteps) * 100 / goal));

    titleLabel()->setText(tr("Today's steps"));
    m_steps->setText(f.steps(s.todaySteps));
    m_steps->setAccessibleName(tr("Today's steps: %1").arg(f.steps(s.todaySteps)));
    //: The daily step goal, e.g. "Goal: 8,000 steps". %1 is the step count with its unit.
    m_goal->setText(tr("Goal: %1").arg(f.steps(s.stepGoal)));
    m_percent->setText(f.percent(percent));

    m_progress->setRange(0, goal);
    m_progress->setValue(std::clamp(s.todaySteps, 0, goal));
    m_progress->setAccessibleName(tr("Progress toward today's goal"));
    m_progress->setAccessibleDescription(f.percent(percent));

    QString status;
    if (reached) {
        status = s.goalPoints > 0
                     //: %1 is the points the goal earns, e.g. "200 P".
                     ? tr("Goal reached! %1 will be added for today.").arg(f.points(s.goalPoints))
                     : tr("Goal reached! Well done.");
    } else {
        const QString toGo = f.steps(s.stepGoal - s.todaySteps);
        //: %1 is the remaining step count with its unit, e.g. "1,766 steps".
        status = tr("%1 more to reach the goal.").arg(toGo);
        if (s.goalPoints > 0) {
            //: Follows "... more to reach the goal." %1 is the points, e.g. "200 P".
            status += QLatin1Char(' ') + tr("Reaching it adds %1.").arg(f.points(s.goalPoints));
        }
    }
    m_status->setText(status);
    // The count is only as fresh as the last sync; say so next to it.
    m_asOf->setVisible(s.lastWatchSyncUtc.isValid());
    //: Under today's steps. %1 is the last watch sync, e.g. "today 2:05 PM".
    m_asOf->setText(tr("As of %1 (last watch sync)").arg(f.moment(s.lastWatchSyncUtc, s.today)));
    Theme::setTone(m_status, reached ? "success" : nullptr);
}

} // namespace wristdoc
