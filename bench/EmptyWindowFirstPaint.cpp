// Baseline for the start-up benchmark: an empty QMainWindow of the dashboard's size, timed from
// process start to its first paint exactly as wristdoc --exit-after-first-paint is.
#include "FirstPaintWatcher.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 900);
    wristdoc::FirstPaintWatcher::quitAfterFirstPaint(&window);
    window.show();
    return app.exec();
}
