#include "SyncStatusPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wristdoc {

SyncStatusPanel::SyncStatusPanel(const LanguageController &language, QWidget *parent)
    : DashboardCard(language, parent)
    , m_watchSync(makeLabel(QStringLiteral("lastWatchSync"), Theme::Role::Body, true))
    , m_serverConfirmation(
          makeLabel(QStringLiteral("lastServerConfirmation"), Theme::Role::Body, true))
    , m_policy(makeLabel(QStringLiteral("policyVersion"), Theme::Role::Caption, true))
    , m_demoNote(makeLabel(QStringLiteral("demoNote"), Theme::Role::Body, true))
    , m_refresh(new QPushButton(this)) {
    setObjectName(QStringLiteral("statusPanel"));
    titleLabel()->setObjectName(QStringLiteral("statusTitle"));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setMinimumSize(Theme::MinTouchTarget, Theme::MinTouchTarget);

    auto *row = new QHBoxLayout;
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_watchSync);
    texts->addWidget(m_serverConfirmation);
    texts->addWidget(m_policy);
    row->addLayout(texts, 1);
    row->addWidget(m_refresh, 0, Qt::AlignTop);
    cardLayout()->addLayout(row);
    cardLayout()->addWidget(m_demoNote);

    connect(m_refresh, &QPushButton::clicked, this, &SyncStatusPanel::refreshRequested);
    refresh();
}

void SyncStatusPanel::refresh() {
    const Formatter f = formatter();
    const DashboardSnapshot &s = snapshot();

    titleLabel()->setText(tr("Up to date as of"));
    //: %1 is a moment, e.g. "today 2:05 PM".
    m_watchSync->setText(s.lastWatchSyncUtc.isValid()
                             ? tr("Last watch sync: %1").arg(f.moment(s.lastWatchSyncUtc, s.today))
                             : tr("Last watch sync: not yet"));
    m_serverConfirmation->setText(s.lastServerConfirmationUtc.isValid()
                                      ? tr("Last confirmed by the programme: %1")
                                            .arg(f.moment(s.lastServerConfirmationUtc, s.today))
                                      : tr("Last confirmed by the programme: not yet"));
    m_policy->setVisible(!s.policyVersion.isEmpty());
    m_policy->setText(tr("Points rules: version %1").arg(s.policyVersion));
    m_demoNote->setVisible(s.demoData);
    m_demoNote->setText(tr("These records are demo data for practice, not your own. You can "
                           "remove them in Settings."));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setAccessibleName(tr("Refresh the records"));
}

} // namespace wristdoc
