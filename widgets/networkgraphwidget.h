#pragma once
// The studio's network graph: paints the latest epoch's report and lets it fade back to rest.
#include "networkpainter.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPoint>
#include <QTimer>
#include <QWidget>

namespace bp {

/// Fading is a cross-fade of two cached pictures, rendered once per report, size, mode or spec:
/// the graph lit (painter fade 1) and at rest (fade 0). A frame at fade f draws rest, then lit at
/// opacity f, so each fade tick costs two blits instead of a full paint.
class NetworkGraphWidget : public QWidget {
    Q_OBJECT
public:
    /// How long a report's colours take to fade back to rest.
    static constexpr int fadeMilliseconds = 600;
    /// Above this fade only the lit picture is drawn (the rest one would show through by < 3 %),
    /// so steady training, where reports keep the fade near 1, never needs the rest picture.
    static constexpr qreal litOnlyFade = 0.97;

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
    void invalidatePictures();
    bool fadeShows() const { return painter_.mode() != GraphMode::Weights; }
    // Returns true when image was rendered for this widget's current size and pixel ratio.
    bool fits(const QImage& image) const;
    // Renders the painter at the given fade into an image of this widget's size in device pixels.
    QImage renderAt(qreal fade);

    NetworkPainter painter_;
    QImage lit_;   // the painter at fade 1, device pixels; null when stale (or sized for another size or pixel ratio)
    QImage rest_;  // the painter at fade 0, device pixels; null when stale (unused in Weights mode)
    QTimer fadeTimer_;         // ticks about 40 times a second while fading
    QElapsedTimer sinceReport_;
    std::optional<NetworkPainter::Hit> toolTipHit_;  // what the visible tooltip describes
    QPoint toolTipPos_;                              // where it was shown, global
};

}  // namespace bp
