#pragma once
// A signal spy for signals sent from another thread: it records their arguments on the thread
// it lives in (queued), so the test reads a list no other thread is appending to. QSignalSpy
// records on the sending thread, which races with a test polling it.
#include <QList>
#include <QObject>
#include <QVariant>

#include <type_traits>

template <typename... Args>
class ThreadSpy : public QObject, public QList<QList<QVariant>> {
public:
    /// Records every emission of signal from sender, as QSignalSpy would, on this thread.
    template <typename Sender>
    ThreadSpy(const Sender* sender, void (Sender::*signal)(Args...))
    {
        connect(sender, signal, this, [this](Args... args) {
            append(QList<QVariant>{QVariant::fromValue(std::decay_t<Args>(args))...});
        }, Qt::QueuedConnection);
    }
};
