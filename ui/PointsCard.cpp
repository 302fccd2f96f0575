#include "PointsCard.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>

namespace wristdoc {

PointsCard::PointsCard(const LanguageController &language, QWidget *parent)
    : DashboardCard(language, parent)
    , m_confirmedCaption(
          makeLabel(QStringLiteral("pointsConfirmedCaption"), Theme::Role::Caption, true))
    , m_confirmed(makeLabel(QStringLiteral("pointsConfirmed"), Theme::Role::Huge, false))
    , m_pending(makeLabel(QStringLiteral("pointsPending"), Theme::Role::Large, true))
    , m_pendingNote(makeLabel(QStringLiteral("pointsPendingNote"), Theme::Role::Caption, true))
    , m_disputed(makeLabel(QStringLiteral("pointsDisputed"), Theme::Role::Large, true))
    , m_disputedNote(makeLabel(QStringLiteral("pointsDisputedNote"), Theme::Role::Caption, true))
    , m_capCaption(makeLabel(QStringLiteral("pointsCapCaption"), Theme::Role::Body, true))
    , m_capProgress(new QProgressBar(this))
    , m_capValue(makeLabel(QStringLiteral("pointsCapValue"), Theme::Role::Body, true))
    , m_conversion(makeLabel(QStringLiteral("pointsConversion"), Theme::Role::Body, true))
    , m_deadline(makeLabel(QStringLiteral("pointsConversionDeadline"), Theme::Role::Body, true)) {
    setObjectName(QStringLiteral("pointsCard"));
    titleLabel()->setObjectName(QStringLiteral("pointsTitle"));
    m_capProgress->setObjectName(QStringLiteral("pointsCapProgress"));
    m_capProgress->setTextVisible(false);

    QVBoxLayout *layout = cardLayout();
    layout->addWidget(m_confirmedCaption);
    layout->addWidget(m_confirmed);
    layout->addWidget(m_pending);
    layout->addWidget(m_pendingNote);
    // Set off from the pending points above; hidden whole when nothing is disputed.
    m_disputedBox = new QWidget(this);
    m_disputedBox->setObjectName(QStringLiteral("pointsDisputedBox"));
    auto *disputedLayout = new QVBoxLayout(m_disputedBox);
    disputedLayout->setContentsMargins(0, 8, 0, 0);
    disputedLayout->setSpacing(layout->spacing());
    disputedLayout->addWidget(m_disputed);
    disputedLayout->addWidget(m_disputedNote);
    layout->addWidget(m_disputedBox);
    layout->addSpacing(8);
    layout->addWidget(m_capCaption);
    layout->addWidget(m_capProgress);
    layout->addWidget(m_capValue);
    layout->addSpacing(8);
    layout->addWidget(m_conversion);
    layout->addWidget(m_deadline);
    layout->addStretch(1);
    refresh();
}

void PointsCard::refresh() {
    const Formatter f = formatter();
    const DashboardSnapshot &s = snapshot();

    titleLabel()->setText(tr("Points"));
    m_confirmedCaption->setText(tr("Confirmed balance"));
    m_confirmed->setText(f.points(s.confirmedPoints));
    m_confirmed->setAccessibleName(tr("Confirmed balance: %1").arg(f.points(s.confirmedPoints)));

    if (s.pendingPoints > 0) {
        //: Points computed here, not yet confirmed by the programme. %1 is e.g. "600 P".
        m_pending->setText(tr("+%1 pending").arg(f.points(s.pendingPoints)));
    } else {
        m_pending->setText(tr("No points pending"));
    }
    m_pendingNote->setText(
        tr("Pending points are counted on this computer and become confirmed when the "
           "programme checks them."));

    // Disputed points are neither confirmed nor pending: the programme's ledger disagrees.
    const bool disputed = s.disputedPoints > 0;
    m_disputedBox->setVisible(disputed);
    Theme::setTone(m_disputed, "warning");
    //: Points the steps earned that the programme did not credit. %1 is e.g. "200 P".
    m_disputed->setText(tr("%1 to be checked").arg(f.points(s.disputedPoints)));
    m_disputedNote->setText(
        tr("Your steps earned these points, but the programme has not credited them. The points "
           "check below shows which days."));

    const bool firstHalf = !s.today.isValid() || s.today.month() <= 6;
    m_capCaption->setText(firstHalf ? tr("Half-year limit (January to June)")
                                    : tr("Half-year limit (July to December)"));
    const int cap = std::max(1, s.capPerHalfYear);
    m_capProgress->setRange(0, cap);
    m_capProgress->setValue(std::clamp(s.halfYearPoints, 0, cap));
    m_capProgress->setAccessibleName(m_capCaption->text());
    //: Points earned this half-year out of the limit, e.g. "34,000 / 100,000 P".
    QString capText = tr("%1 / %2 P").arg(f.number(s.halfYearPoints), f.number(s.capPerHalfYear));
    if (s.halfYearPoints >= s.capPerHalfYear && s.capPerHalfYear > 0)
        capText += QLatin1Char(' ') + tr("The limit for this half-year is reached.");
    m_capValue->setText(capText);

    QString conversion;
    if (s.conversionAvailable) {
        conversion = tr("You can convert your points to local currency now.");
    } else {
        const int missing = std::max(0, s.conversionMinimum - s.confirmedPoints);
        //: %1 is the minimum, e.g. "5,000 P"; %2 what is still missing, e.g. "600 P".
        conversion = tr("Points can be converted to local currency from %1: %2 to go.")
                         .arg(f.points(s.conversionMinimum), f.points(missing));
    }
    m_conversion->setText(conversion);
    Theme::setTone(m_conversion, s.conversionAvailable ? "success" : nullptr);

    // The server may extend the deadline (it did after the launch); unknown until it says.
    m_deadline->setVisible(s.conversionDeadline.isValid());
    //: %1 is a date, e.g. "31 January 2027".
    m_deadline->setText(tr("Convert by %1").arg(f.fullDate(s.conversionDeadline)));
}

} // namespace wristdoc
