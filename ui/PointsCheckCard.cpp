#include "PointsCheckCard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wristdoc {

PointsCheckCard::PointsCheckCard(const LanguageController &language, QWidget *parent)
    : DashboardCard(language, parent)
    , m_summary(makeLabel(QStringLiteral("pointsCheckSummary"), Theme::Role::Body, true))
    , m_participant(makeLabel(QStringLiteral("pointsCheckParticipant"), Theme::Role::Caption, true))
    , m_lastCheck(makeLabel(QStringLiteral("pointsCheckLastCheck"), Theme::Role::Caption, true))
    , m_rowsBox(new QWidget(this))
    , m_linkButton(new QPushButton(this)) {
    setObjectName(QStringLiteral("pointsCheckCard"));
    titleLabel()->setObjectName(QStringLiteral("pointsCheckTitle"));
    m_rowsBox->setObjectName(QStringLiteral("pointsCheckRows"));
    m_linkButton->setObjectName(QStringLiteral("pointsCheckLinkButton"));
    m_linkButton->setMinimumSize(Theme::MinTouchTarget, Theme::MinTouchTarget);

    auto *rows = new QVBoxLayout(m_rowsBox);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(20);

    // Buttons keep their own width on the left; a full-width button reads as a banner.
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_linkButton);
    linkRow->addStretch(1);

    QVBoxLayout *layout = cardLayout();
    layout->addWidget(m_summary);
    layout->addWidget(m_rowsBox);
    layout->addLayout(linkRow);
    layout->addWidget(m_participant);
    layout->addWidget(m_lastCheck);

    connect(m_linkButton, &QPushButton::clicked, this, &PointsCheckCard::linkRequested);
    updateSpacing();
    refresh();
}

void PointsCheckCard::changeEvent(QEvent *event) {
    // The theme sets the application font for each text size: the gaps grow with the text.
    if (event->type() == QEvent::FontChange)
        updateSpacing();
    DashboardCard::changeEvent(event);
}

void PointsCheckCard::updateSpacing() {
    // A line of body text between the days (and around them) keeps each day's figures,
    // reason and button together as one group, at 100 % and at 200 %.
    const int line = fontMetrics().height();
    m_rowsBox->layout()->setSpacing(line);
    m_rowsBox->layout()->setContentsMargins(0, line / 2, 0, line / 2);
}

QString PointsCheckCard::reasonText(const QString &code) {
    if (code == QLatin1String("points-differ"))
        return tr("The programme credited different points for the same steps.");
    if (code == QLatin1String("steps-differ"))
        return tr("The programme has a different step count for this day.");
    if (code == QLatin1String("missing-credit"))
        return tr("This day was sent, but the programme has not credited it.");
    if (code == QLatin1String("older-revision"))
        return tr("The programme still has older records for this day.");
    // A code from a newer reconciliation: still say something true and useful.
    return tr("The points for this day do not match the programme's records.");
}

PointsCheckCard::Row PointsCheckCard::makeRow() {
    Row row;
    row.widget = new QWidget(m_rowsBox);
    row.widget->setObjectName(QStringLiteral("pointsCheckRow"));
    row.figures = makeLabel(QStringLiteral("pointsCheckFigures"), Theme::Role::Title, true);
    row.reason = makeLabel(QStringLiteral("pointsCheckReason"), Theme::Role::Body, true);
    row.report = new QPushButton(row.widget);
    row.report->setObjectName(QStringLiteral("pointsCheckReportButton"));
    row.report->setMinimumSize(Theme::MinTouchTarget, Theme::MinTouchTarget);
    row.figures->setParent(row.widget);
    row.reason->setParent(row.widget);

    auto *layout = new QVBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(row.figures);
    layout->addWidget(row.reason);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(row.report);
    buttonRow->addStretch(1);
    layout->addLayout(buttonRow);
    m_rowsBox->layout()->addWidget(row.widget);

    // Rows are reused for later snapshots: a click asks for the day the row shows now.
    const int index = m_rows.size();
    connect(row.report, &QPushButton::clicked, this, [this, index] {
        if (index < m_rows.size() && m_rows[index].date.isValid())
            Q_EMIT reportRequested(m_rows[index].date);
    });
    return row;
}

void PointsCheckCard::refresh() {
    const Formatter f = formatter();
    const DashboardSnapshot &s = snapshot();

    titleLabel()->setText(tr("Points check"));
    m_linkButton->setText(tr("Link this computer"));
    m_linkButton->setAccessibleName(tr("Link this computer to your participant number"));

    m_linkButton->setVisible(!s.linked);
    m_participant->setVisible(s.linked && !s.participantLabel.isEmpty());
    m_lastCheck->setVisible(s.linked);
    if (!s.linked) {
        Theme::setTone(m_summary, nullptr);
        m_summary->setText(tr("Link this computer to your participant number to check that every "
                              "day's points were credited."));
        m_rowsBox->hide();
        return;
    }

    //: %1 is the masked participant number, e.g. "P-****0001".
    m_participant->setText(tr("Participant number: %1").arg(s.participantLabel));
    //: %1 is a moment, e.g. "today 2:05 PM".
    m_lastCheck->setText(
        s.lastLedgerCheckUtc.isValid()
            ? tr("Last checked with the programme: %1").arg(f.moment(s.lastLedgerCheckUtc, s.today))
            : tr("Last checked with the programme: not yet"));

    if (s.mismatches.isEmpty()) {
        Theme::setTone(m_summary, s.lastLedgerCheckUtc.isValid() ? "success" : nullptr);
        m_summary->setText(s.lastLedgerCheckUtc.isValid()
                               ? tr("The points for every day match the programme's records.")
                               : tr("Your points have not been checked with the programme yet."));
        m_rowsBox->hide();
        return;
    }

    Theme::setTone(m_summary, "warning");
    m_summary->setText(tr("On the days below, the programme credited other points than your "
                          "steps earn. Save a report and show it at the helpdesk."));
    updateRows();
    m_rowsBox->show();
}

void PointsCheckCard::updateRows() {
    const Formatter f = formatter();
    const DashboardSnapshot &s = snapshot();
    while (m_rows.size() < s.mismatches.size())
        m_rows.append(makeRow());

    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const bool shown = i < s.mismatches.size();
        row.widget->setVisible(shown);
        if (!shown) {
            row.date = QDate();
            row.report->setObjectName(QStringLiteral("pointsCheckReportButton"));
            continue;
        }
        const DashboardSnapshot::PointsCheckDay &day = s.mismatches.at(i);
        row.date = day.date;
        const QString date = f.shortDate(day.date, s.today);
        // A number and its unit never wrap apart.
        auto points = [&f](int value) {
            //: Points in a points-check row, e.g. "200 P" (Korean writes "200P").
            return tr("%1 P").arg(f.number(value)).replace(QLatin1Char(' '), QChar::Nbsp);
        };
        //: One day that does not match, e.g. "18 Nov: 8,214 steps → 200 P expected, 0 P
        //: credited". %1 date, %2 steps, %3 points expected, %4 points credited.
        row.figures->setText(tr("%1: %2 → %3 expected, %4 credited")
                                 .arg(date, f.steps(day.steps), points(day.expectedPoints),
                                      points(day.creditedPoints)));
        row.reason->setText(reasonText(day.reason));
        row.report->setText(tr("Save a report for the helpdesk"));
        //: %1 is the day, e.g. "18 Nov".
        row.report->setAccessibleName(tr("Save a report for the helpdesk about %1").arg(date));
        row.report->setObjectName(
            QStringLiteral("pointsCheckReportButton-%1").arg(day.date.toString(Qt::ISODate)));
    }
}

} // namespace wristdoc
