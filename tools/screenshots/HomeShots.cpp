#include "HomeShots.h"

#include "DashboardHeader.h"
#include "DashboardSnapshot.h"
#include "DashboardWindow.h"
#include "LanguageController.h"
#include "LinkDialog.h"
#include "PersonNameDialog.h"
#include "Theme.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace wristdoc {

namespace {

constexpr int kDialogWidth = 760;

void settle() {
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

bool savePixmap(const QPixmap &pixmap, const QDir &out, const QString &name) {
    const QString path = out.filePath(name);
    if (!pixmap.save(path, "PNG")) {
        std::fprintf(stderr, "wristdoc-screenshots: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s (%dx%d)\n", qPrintable(path), pixmap.width(), pixmap.height());
    return true;
}

bool save(QWidget &widget, const QDir &out, const QString &name) {
    settle();
    return savePixmap(widget.grab(), out, name);
}

// A dialog as wide as a comfortable reading line and as tall as its wrapped text needs.
void fitDialog(QWidget &dialog) {
    settle();
    dialog.resize(kDialogWidth, dialog.height());
    settle();
    int height = dialog.sizeHint().height();
    if (QLayout *layout = dialog.layout(); layout && layout->hasHeightForWidth())
        height = std::max(height, layout->totalHeightForWidth(kDialogWidth));
    dialog.resize(kDialogWidth, height);
    settle();
}

// The top of the dashboard with the person's menu open below its button, as the user sees it
// after pressing the button.
bool savePersonMenu(DashboardWindow &window, const QDir &out, const QString &name) {
    auto *button = window.findChild<QPushButton *>(QStringLiteral("profileButton"));
    auto *header = window.findChild<DashboardHeader *>();
    if (!button || !header) {
        std::fprintf(stderr, "wristdoc-screenshots: no person button on the dashboard\n");
        return false;
    }
    if (QWidget *focused = QApplication::focusWidget())
        focused->clearFocus();
    settle();
    QMenu *menu = header->profileMenu();
    const QPoint below = button->mapTo(&window, QPoint(0, button->height() + 4));
    menu->popup(button->mapToGlobal(QPoint(0, button->height() + 4)));
    settle();
    const QPixmap menuPixmap = menu->grab();
    menu->hide();
    settle();

    const int height = std::min(window.height(), below.y() + menuPixmap.height() + 40);
    QPixmap page = window.grab(QRect(0, 0, window.width(), height));
    QPainter painter(&page);
    // A soft shadow, then the menu and a frame, so the open menu reads as lying on the page.
    painter.fillRect(QRect(below + QPoint(5, 5), menuPixmap.size() / menuPixmap.devicePixelRatio()),
                     QColor(0, 0, 0, 60));
    painter.drawPixmap(below, menuPixmap);
    painter.setPen(QColor(0x55, 0x5f, 0x6b));
    painter.drawRect(
        QRect(below, menuPixmap.size() / menuPixmap.devicePixelRatio()).adjusted(0, 0, -1, -1));
    painter.end();
    return savePixmap(page, out, name);
}

} // namespace

bool renderHomeShots(const QDir &out, LanguageController &language, Theme &theme,
                     DashboardWindow &window, const DashboardSnapshot &linked,
                     const DashboardSnapshot &unlinked) {
    theme.setTextScalePercent(100);
    theme.setHighContrast(false);
    window.resize(1280, 900);
    window.show();

    bool ok = true;
    for (const LanguageController::Language lang :
         {LanguageController::Korean, LanguageController::English}) {
        language.setLanguage(lang);
        const QString code = LanguageController::code(lang);
        const bool korean = lang == LanguageController::Korean;

        // The household's own names, in the guide's language (invented, like everything here).
        DashboardSnapshot household = linked;
        if (!korean) {
            for (DashboardSnapshot::Profile &profile : household.profiles) {
                if (profile.name == QStringLiteral("엄마"))
                    profile.name = QStringLiteral("Mum");
                else if (profile.name == QStringLiteral("아빠"))
                    profile.name = QStringLiteral("Dad");
            }
        }

        // The person's menu: two people, the one shown linked; then one person, not linked.
        window.setSnapshot(household);
        ok = savePersonMenu(window, out, QStringLiteral("home-person-menu-%1.png").arg(code)) && ok;
        window.setSnapshot(unlinked);
        ok = savePersonMenu(window, out,
                            QStringLiteral("home-person-menu-unlinked-%1.png").arg(code)) &&
             ok;

        // Adding a person asks for the name shown on this computer.
        {
            PersonNameDialog dialog(&window);
            dialog.setName(korean ? QStringLiteral("할머니") : QStringLiteral("Grandma"));
            dialog.show();
            settle();
            if (QWidget *focused = QApplication::focusWidget())
                focused->clearFocus();
            ok = save(dialog, out, QStringLiteral("home-add-person-%1.png").arg(code)) && ok;
        }

        // Linking: the number, the code, a wrong code, done. Invented number and code.
        {
            LinkDialog dialog(&window);
            dialog.setReasonText([](const QString &reason, int attemptsLeft) {
                // ParticipantLinking::reasonText's words for a wrong code, in its context.
                if (reason == QLatin1String("wrong-code"))
                    return QCoreApplication::translate(
                        "wristdoc::ParticipantLinking",
                        "The code does not match. You can try %n more time(s).", nullptr,
                        attemptsLeft);
                return QString();
            });
            dialog.show();
            if (auto *number = dialog.findChild<QLineEdit *>(QStringLiteral("linkNumber")))
                number->setText(QStringLiteral("P-00001234"));
            fitDialog(dialog);
            if (QWidget *focused = QApplication::focusWidget())
                focused->clearFocus();
            ok = save(dialog, out, QStringLiteral("home-link-number-%1.png").arg(code)) && ok;

            dialog.showCodeSent(QDateTime::currentDateTimeUtc().addSecs(600));
            if (auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("linkCode")))
                field->setText(QStringLiteral("381942"));
            fitDialog(dialog);
            if (QWidget *focused = QApplication::focusWidget())
                focused->clearFocus();
            ok = save(dialog, out, QStringLiteral("home-link-code-%1.png").arg(code)) && ok;

            dialog.showFailure(QStringLiteral("wrong-code"), 4);
            fitDialog(dialog);
            if (QWidget *focused = QApplication::focusWidget())
                focused->clearFocus();
            ok = save(dialog, out, QStringLiteral("home-link-wrong-code-%1.png").arg(code)) && ok;

            dialog.showLinked(QStringLiteral("P-00001234"), 1956);
            fitDialog(dialog);
            if (QWidget *focused = QApplication::focusWidget())
                focused->clearFocus();
            ok = save(dialog, out, QStringLiteral("home-link-done-%1.png").arg(code)) && ok;
        }

        // Unlinking asks twice: unlink at all, then whether to delete the records here. The
        // boxes are DashboardWindow's own, shown and grabbed instead of run; the first is
        // answered "Unlink" so the second is asked too.
        {
            window.setSnapshot(household);
            const QStringList files{QStringLiteral("home-unlink-confirm-%1.png").arg(code),
                                    QStringLiteral("home-unlink-delete-%1.png").arg(code)};
            int asked = 0;
            window.setConfirmation([&](QWidget *parent, const QString &title,
                                       const QString &question, const QString &yesText,
                                       const QString &noText) {
                const std::unique_ptr<QMessageBox> box =
                    DashboardWindow::questionBox(parent, title, question, yesText, noText);
                box->show();
                settle();
                if (QWidget *focused = QApplication::focusWidget())
                    focused->clearFocus();
                if (asked < files.size())
                    ok = save(*box, out, files.at(asked)) && ok;
                ++asked;
                box->hide();
                return asked == 1; // unlink: yes; delete the records: no
            });
            if (auto *unlink = window.findChild<QAction *>(QStringLiteral("unlinkAction")))
                unlink->trigger();
            window.setConfirmation(nullptr);
            if (asked != files.size()) {
                std::fprintf(stderr, "wristdoc-screenshots: unlinking asked %d questions\n", asked);
                ok = false;
            }
        }
    }
    window.hide();
    language.setLanguage(LanguageController::Korean);
    return ok;
}

} // namespace wristdoc
