#include "EmptyStateCard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wristdoc {

EmptyStateCard::EmptyStateCard(const LanguageController &language, QWidget *parent)
    : DashboardCard(language, parent) {
    setObjectName(QStringLiteral("emptyStateCard"));
    titleLabel()->setObjectName(QStringLiteral("emptyTitle"));
    Theme::setRole(titleLabel(), Theme::Role::Heading);
    cardLayout()->setSpacing(16);
    refresh();
}

void EmptyStateCard::buildContents() {
    m_counter = makeLabel(QStringLiteral("emptyCounter"), Theme::Role::Title, true);
    m_after = makeLabel(QStringLiteral("emptyAfter"), Theme::Role::Body, true);
    m_simulated = makeLabel(QStringLiteral("emptySimulated"), Theme::Role::Body, true);
    m_simulatedButton = new QPushButton(this);
    m_simulatedButton->setObjectName(QStringLiteral("simulatedWatchButton"));
    m_simulatedButton->setMinimumSize(Theme::MinTouchTarget, Theme::MinTouchTarget);

    cardLayout()->addWidget(m_counter);
    cardLayout()->addWidget(m_after);
    cardLayout()->addWidget(m_simulated);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_simulatedButton);
    buttonRow->addStretch(1);
    cardLayout()->addLayout(buttonRow);

    connect(m_simulatedButton, &QPushButton::clicked, this,
            &EmptyStateCard::simulatedWatchRequested);
    m_simulated->setVisible(m_simulatedAvailable);
    m_simulatedButton->setVisible(m_simulatedAvailable);
}

void EmptyStateCard::setSimulatedWatchAvailable(bool available) {
    m_simulatedAvailable = available;
    if (m_simulatedButton) {
        m_simulated->setVisible(available);
        m_simulatedButton->setVisible(available);
    }
    refresh();
}

void EmptyStateCard::refresh() {
    titleLabel()->setText(tr("No watch is paired yet"));
    if (!m_counter) {
        if (!hasSnapshot() || snapshot().hasDevice)
            return;
        buildContents();
    }
    m_counter->setText(tr("Bring your watch to the WristDoc counter at a community centre or "
                          "health centre. The staff will pair it with you."));
    m_after->setText(tr("Once it is paired, walk as usual: your steps, heart rate and points "
                        "appear here after each sync."));
    m_simulated->setText(tr("Want to try it first? Use the simulated watch to see how it works."));
    m_simulatedButton->setText(tr("Use the simulated watch"));
}

} // namespace wristdoc
