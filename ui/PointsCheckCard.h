#pragma once

#include "DashboardCard.h"

#include <QDate>
#include <QVector>

class QLabel;
class QPushButton;
class QWidget;

namespace wristdoc {

// Every day's points checked against the programme's ledger. All days matching: one calm line
// with the time of the last check. Days that do not: one row each in plain words ("11월 18일:
// 8,214보 → 200P 예상, 0P 적립됨"), why in a sentence, and a button that saves a report for the
// helpdesk. Not linked to a participant yet: one sentence and a button to link this computer.
class PointsCheckCard : public DashboardCard {
    Q_OBJECT

public:
    explicit PointsCheckCard(const LanguageController &language, QWidget *parent = nullptr);

    // The sentence for a reason code of the reconciliation ("points-differ", ...).
    static QString reasonText(const QString &code);

Q_SIGNALS:
    void reportRequested(const QDate &date);
    void linkRequested();

protected:
    void changeEvent(QEvent *event) override;
    void refresh() override;

private:
    // One mismatching day: its figures, the reason, the report button.
    struct Row {
        QWidget *widget = nullptr;
        QLabel *figures = nullptr;
        QLabel *reason = nullptr;
        QPushButton *report = nullptr;
        QDate date;
    };

    Row makeRow();
    void updateRows();
    void updateSpacing();

    QLabel *m_summary;
    QLabel *m_participant;
    QLabel *m_lastCheck;
    QWidget *m_rowsBox;
    QPushButton *m_linkButton;
    QVector<Row> m_rows; // reused across snapshots; only the first mismatches.size() are shown
};

} // namespace wristdoc
