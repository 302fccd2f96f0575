#pragma once

#include <QDir>

namespace wristdoc {

class DashboardWindow;
class LanguageController;
class Theme;
struct DashboardSnapshot;

// Renders what the user guide shows of a home computer beyond the dashboard itself, in Korean
// and English, into out:
//  - home-person-menu-LANG.png: the top of the dashboard with the person's menu open, for a
//    computer with two linked people (switch, add a person, unlink);
//  - home-person-menu-unlinked-LANG.png: the same for one person not linked yet (link);
//  - home-add-person-LANG.png: the name asked for a new person;
//  - home-link-number-LANG.png, home-link-code-LANG.png, home-link-wrong-code-LANG.png,
//    home-link-done-LANG.png: the link dialog's steps (invented participant number and code);
//  - home-unlink-confirm-LANG.png, home-unlink-delete-LANG.png: the two questions of unlinking.
// The window is the one main.cpp renders the dashboard with; `linked` is a snapshot of a
// linked person among two, `unlinked` one of a single person without a link. False when a file
// could not be written.
bool renderHomeShots(const QDir &out, LanguageController &language, Theme &theme,
                     DashboardWindow &window, const DashboardSnapshot &linked,
                     const DashboardSnapshot &unlinked);

} // namespace wristdoc
