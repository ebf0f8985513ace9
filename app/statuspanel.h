#pragma once
// The status bar's training numbers (epoch, losses, accuracy, speed) and the banner that says
// why training stopped.
#include "snapshot.h"

#include <QObject>

class QLabel;
class QMainWindow;

namespace bp {

class StatusPanel : public QObject {
    Q_OBJECT
public:
    /// Adds the number labels to window's status bar; banner is the label shown above the graph.
    StatusPanel(QMainWindow* window, QLabel* banner);

    /// Shows the snapshot's numbers; a divergence message goes to the status bar and the banner.
    void show(const Snapshot& s);

    /// Shows text in the banner (and briefly in the status bar); empty hides the banner.
    void setBanner(const QString& text);

private:
    QMainWindow* window_;
    QLabel* banner_;
    QLabel* epoch_;
    QLabel* loss_;
    QLabel* validation_;
    QLabel* accuracy_;
    QLabel* rate_;
};

} // namespace bp
