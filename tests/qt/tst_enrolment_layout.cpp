#include "EnrolmentTestSupport.h"

#include <QAbstractButton>
#include <QScrollArea>
#include <QScrollBar>

using namespace wristdoc;
using namespace wristdoc::testing;

// Every step of the wizard after layout, in both languages at 100 % and 200 % text: no label
// shows less than its text, nothing scrolls sideways, every control is at least 44 x 44 px.
class TestEnrolmentLayout : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<WizardRig> m_rig;

    static QString describe(const QWidget *w) {
        const auto *label = qobject_cast<const QLabel *>(w);
        const auto *button = qobject_cast<const QAbstractButton *>(w);
        const QString text = label ? label->text() : button ? button->text() : QString();
        return QStringLiteral("%1 \"%2\" %3x%4")
            .arg(w->objectName(), text.left(40))
            .arg(w->width())
            .arg(w->height());
    }

    // As tst_dashboard_layout: each visible label's wrapped height (or one-line size) fits the
    // geometry it got, and that lies inside its parent.
    QStringList clippedLabels(int *checked) const {
        QStringList clipped;
        *checked = 0;
        const auto labels = m_rig->wizard->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            ++*checked;
            const QSize needed = label->wordWrap() ? QSize(0, label->heightForWidth(label->width()))
                                                   : label->sizeHint();
            const bool fits = needed.width() <= label->width() &&
                              needed.height() <= label->height() &&
                              label->parentWidget()->rect().contains(label->geometry());
            if (!fits)
                clipped
                    << describe(label) +
                           QStringLiteral(" needs %1x%2").arg(needed.width()).arg(needed.height());
        }
        return clipped;
    }

    QStringList smallTargets(int *checked) const {
        QStringList small;
        *checked = 0;
        const auto buttons = m_rig->wizard->findChildren<QAbstractButton *>();
        for (const QAbstractButton *button : buttons) {
            if (!button->isVisible())
                continue;
            ++*checked;
            if (button->width() < Theme::MinTouchTarget ||
                button->height() < Theme::MinTouchTarget ||
                (button->text().isEmpty() && button->accessibleName().isEmpty()))
                small << describe(button);
        }
        return small;
    }

    // Every step the application passes through, the receipt with a queue position.
    QList<EnrolmentStep> visitAll(const std::function<void(EnrolmentStep)> &check) {
        WizardRig &rig = *m_rig;
        QList<EnrolmentStep> visited;
        for (int i = 0; i <= int(EnrolmentStep::Review); ++i) {
            const auto step = EnrolmentStep(i);
            rig.wizard->goTo(step);
            WizardRig::settle();
            if (rig.wizard->step() != step)
                continue;
            visited << step;
            check(step);
        }
        rig.wizard->next(); // send
        WizardRig::settle();
        DeliveryStatus status = rig.wizard->receipt();
        status.state = DeliveryState::Queued;
        status.waitingPosition = 1206;
        status.waitMinSeconds = 240;
        status.waitMaxSeconds = 7300;
        rig.wizard->setDeliveryStatus(status);
        WizardRig::settle();
        if (rig.wizard->step() == EnrolmentStep::Receipt) {
            visited << EnrolmentStep::Receipt;
            check(EnrolmentStep::Receipt);
        }
        return visited;
    }

private Q_SLOTS:
    void init() {
        m_rig = std::make_unique<WizardRig>();
        m_rig->wizard->setPairingAvailable(true);
        QVERIFY(QTest::qWaitForWindowExposed(m_rig->wizard.get()));
    }
    void cleanup() { m_rig.reset(); }

    void everyStepFitsAtEveryTextSize_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("scale");
        QTest::addColumn<bool>("highContrast");
        for (int scale : {100, 150, 200}) {
            for (const char *language : {"ko", "en"}) {
                QTest::addRow("%s-%d", language, scale)
                    << QString::fromLatin1(language) << scale << false;
            }
        }
        QTest::newRow("ko-200-contrast") << QStringLiteral("ko") << 200 << true;
    }

    void everyStepFitsAtEveryTextSize() {
        QFETCH(QString, language);
        QFETCH(int, scale);
        QFETCH(bool, highContrast);
        WizardRig &rig = *m_rig;
        rig.theme->setTextScalePercent(scale);
        rig.theme->setHighContrast(highContrast);
        rig.wizard->load(typedApplication(language, language == QLatin1String("ko")
                                                        ? QStringLiteral("테스트 신청자")
                                                        : QStringLiteral("Test Applicant")));
        WizardRig::settle();
        auto *scroll = rig.wizard->findChild<QScrollArea *>(QStringLiteral("enrolmentScroll"));
        int labels = 0;
        int buttons = 0;
        const QList<EnrolmentStep> visited = visitAll([&](EnrolmentStep step) {
            int checkedLabels = 0;
            int checkedButtons = 0;
            const QStringList clipped = clippedLabels(&checkedLabels);
            const QStringList small = smallTargets(&checkedButtons);
            QVERIFY2(clipped.isEmpty(), qPrintable(QStringLiteral("step %1: ").arg(int(step)) +
                                                   clipped.join(QStringLiteral("; "))));
            QVERIFY2(small.isEmpty(), qPrintable(QStringLiteral("step %1: ").arg(int(step)) +
                                                 small.join(QStringLiteral("; "))));
            QVERIFY2(scroll->horizontalScrollBar()->maximum() == 0,
                     qPrintable(QStringLiteral("step %1 is %2 px too wide")
                                    .arg(int(step))
                                    .arg(scroll->horizontalScrollBar()->maximum())));
            // The page fills the viewport's width: nothing is hidden to the right.
            QVERIFY(scroll->widget()->width() <= scroll->viewport()->width());
            labels += checkedLabels;
            buttons += checkedButtons;
        });
        QCOMPARE(visited.size(), kEnrolmentStepCount);
        QVERIFY(labels >= 80);
        QVERIFY(buttons >= 60);
    }

    void fieldMessagesFitAt200Percent() {
        WizardRig &rig = *m_rig;
        rig.theme->setTextScalePercent(200);
        for (const char *language : {"ko", "en"}) {
            rig.wizard->restart();
            QVERIFY(rig.click(QLatin1String(language) == QLatin1String("ko")
                                  ? QStringLiteral("koreanOption")
                                  : QStringLiteral("englishOption")));
            QVERIFY(rig.click(QStringLiteral("livesOption")));
            QVERIFY(rig.click(QStringLiteral("adultOption")));
            QVERIFY(rig.next());
            rig.typeInto(QStringLiteral("nameField"), QStringLiteral("Test 2"));
            rig.typeInto(QStringLiteral("birthYear"), QStringLiteral("1990"));
            WizardRig::type(QStringLiteral("02"));
            WizardRig::type(QStringLiteral("30"));
            rig.typeInto(QStringLiteral("mobileField"), QStringLiteral("011123456789"));
            int checked = 0;
            const QStringList clipped = clippedLabels(&checked);
            QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
            for (const char *name :
                 {"nameMessage", "birthMessage", "mobileMessage", "nextBlockedReason"})
                QVERIFY2(rig.find(QLatin1String(name))->isVisible(), name);
        }
    }

    void theClippingCheckSeesAClippedLabel() {
        WizardRig &rig = *m_rig;
        rig.theme->setTextScalePercent(200);
        WizardRig::settle();
        int checked = 0;
        QVERIFY(clippedLabels(&checked).isEmpty());
        auto *squeezed = new QLabel(QStringLiteral("A sentence far too long for its box."),
                                    rig.find(QStringLiteral("languagePage")));
        squeezed->setObjectName(QStringLiteral("squeezed"));
        squeezed->setWordWrap(true);
        squeezed->setGeometry(0, 0, 80, 20);
        squeezed->show();
        const QStringList clipped = clippedLabels(&checked);
        QCOMPARE(clipped.size(), 1);
        QVERIFY(clipped.first().startsWith(QStringLiteral("squeezed")));
    }
};

QTEST_MAIN(TestEnrolmentLayout)
#include "tst_enrolment_layout.moc"
