#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace wristdoc {

// A date of birth as three big number fields, year, month and day, in the order Koreans write
// it, each with its name above. No spin boxes and no calendar: a senior types 1956, 4, 9, and
// the cursor moves on by itself once a field is full.
class BirthDateInput : public QWidget {
    Q_OBJECT

public:
    explicit BirthDateInput(QWidget *parent = nullptr);

    QString yearText() const;
    QString monthText() const;
    QString dayText() const;
    // The date when all three fields hold a real date, else an invalid QDate.
    QDate date() const;
    bool isEmpty() const;

    void setDate(const QDate &date);
    void clear();
    // clear(), overwriting the digits in the fields' buffers first.
    void wipe();
    void focusFirstField();

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateWidths();
    void onYearEdited(const QString &text);
    void onMonthEdited(const QString &text);

    QLabel *m_yearCaption;
    QLabel *m_monthCaption;
    QLabel *m_dayCaption;
    QLineEdit *m_year;
    QLineEdit *m_month;
    QLineEdit *m_day;
};

} // namespace wristdoc
