// Baselines for the start-up benchmark, timed from process start to the first paint exactly as
// wristdoc --exit-after-first-paint is:
//   (no argument)  an empty QMainWindow of the dashboard's size (the goal's baseline);
//   --label        the same window showing one line of Korean text, which adds what any
//                  window with text pays first: fontconfig, the font engines, text shaping.
#include "FirstPaintWatcher.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 900);
    if (app.arguments().contains(QStringLiteral("--label"))) {
        auto *label = new QLabel(QStringLiteral("오늘 걸음 5,538보 / Today's steps"));
        QFont font(QStringLiteral("NanumBarunGothic"));
        font.setPointSize(16);
        label->setFont(font);
        window.setCentralWidget(label);
    }
    wristdoc::FirstPaintWatcher::quitAfterFirstPaint(&window);
    window.show();
    return app.exec();
}
