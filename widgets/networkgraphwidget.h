#pragma once
// The studio's network graph: paints the latest epoch's report and lets it fade back to rest.
#include "networkpainter.h"

#include <QElapsedTimer>
#include <QPoint>
#include <QTimer>
#include <QWidget>

namespace bp {

class NetworkGraphWidget : public QWidget {
    Q_OBJECT
public:
    /// How long a report's colours take to fade back to rest.
    static constexpr int fadeMilliseconds = 600;

    explicit NetworkGraphWidget(QWidget* parent = nullptr);

    /// Returns the painter that draws this widget, for exporting the same picture elsewhere.
    const NetworkPainter& painter() const { return painter_; }

    /// Returns true while colours are still fading (the animation timer runs).
    bool isFading() const { return fadeTimer_.isActive(); }

    /// Returns a size below which columns and labels start to crowd.
    QSize minimumSizeHint() const override { return {320, 200}; }

    /// Returns a comfortable 16 : 9 size.
    QSize sizeHint() const override { return {640, 360}; }

    /// Shows a new architecture with every edge resting. (A plain member, not a moc slot: moc would
    /// need NetworkSpec's operator==, which cannot compile while LayerSpec has none; connect it by
    /// pointer to member as usual.)
    void setNetwork(const bp::NetworkSpec& spec);

public slots:

    /// Shows an epoch's report, lit fully, then fading over fadeMilliseconds.
    void setReport(const bp::EpochReport& report);

    /// Chooses what the edges show.
    void setMode(bp::GraphMode mode);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    void advanceFade();
    void refreshToolTip();

    NetworkPainter painter_;
    QTimer fadeTimer_;         // ticks about 40 times a second while fading
    QElapsedTimer sinceReport_;
    std::optional<NetworkPainter::Hit> toolTipHit_;  // what the visible tooltip describes
    QPoint toolTipPos_;                              // where it was shown, global
};

}  // namespace bp
