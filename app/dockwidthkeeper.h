#pragma once
// Gives a dock back the width it had once its main window has room again: a window shrunk and
// enlarged otherwise hands all the regained width to the central widget.
#include <QObject>

class QDockWidget;
class QMainWindow;

namespace bp {

class DockWidthKeeper : public QObject {
    Q_OBJECT
public:
    /// Keeps dock (docked in window) at width pixels, or at the width the person drags it to,
    /// whenever the window grows.
    DockWidthKeeper(QMainWindow* window, QDockWidget* dock, int width);

    /// Returns the width the dock is given back.
    int preferredWidth() const { return preferred_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void regain();

    QMainWindow* window_;
    QDockWidget* dock_;
    int preferred_;
    int windowWidth_ = 0;  // the window's width after its last resize
};

} // namespace bp
