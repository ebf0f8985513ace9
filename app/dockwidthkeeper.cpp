#include "dockwidthkeeper.h"

#include <QDockWidget>
#include <QEvent>
#include <QGuiApplication>
#include <QMainWindow>
#include <QResizeEvent>
#include <QTimer>

namespace bp {

DockWidthKeeper::DockWidthKeeper(QMainWindow* window, QDockWidget* dock, int width)
    : QObject(window), window_(window), dock_(dock), preferred_(width)
{
    window->installEventFilter(this);
    dock->installEventFilter(this);
}

bool DockWidthKeeper::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Resize)
        return false;
    if (watched == window_) {
        const int before = windowWidth_;
        windowWidth_ = window_->width();
        if (windowWidth_ > before)
            QTimer::singleShot(0, this, &DockWidthKeeper::regain);  // once the layout has settled
    } else if (watched == dock_ && window_->width() == windowWidth_ && !dock_->isFloating()
               && (QGuiApplication::mouseButtons() & Qt::LeftButton)) {
        // The window kept its width and a button is held: the person dragged the separator.
        preferred_ = static_cast<QResizeEvent*>(event)->size().width();
    }
    return false;
}

void DockWidthKeeper::regain()
{
    if (dock_->isFloating() || !dock_->isVisible() || dock_->width() >= preferred_)
        return;
    window_->resizeDocks({dock_}, {preferred_}, Qt::Horizontal);
}

} // namespace bp
