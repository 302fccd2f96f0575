#pragma once

#include "WatchTransport.h"

#include <QAbstractButton>

class QLabel;

namespace wristdoc {

class SignalBars;
class Theme;

// One watch in the pairing list, as one large touch target: signal bars with their word, the
// advertised name, the short code staff compare with the watch, and "Connect". Rows are reused
// as the scan reports new signal strengths, so setWatch() only changes texts.
class NearbyWatchRow : public QAbstractButton {
    Q_OBJECT

public:
    explicit NearbyWatchRow(const Theme &theme, QWidget *parent = nullptr);

    void setWatch(const DiscoveredWatch &watch);
    const DiscoveredWatch &watch() const { return m_watch; }
    QString shortCode() const { return m_shortCode; }

Q_SIGNALS:
    void chosen(const QString &address);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void updateSignalColumn();

    const Theme &m_theme;
    DiscoveredWatch m_watch;
    QString m_shortCode;
    SignalBars *m_bars;
    QLabel *m_signal;
    QLabel *m_name;
    QLabel *m_code;
    QLabel *m_action;
};

} // namespace wristdoc
