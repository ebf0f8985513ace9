#pragma once
// The studio's network graph: paints the latest epoch's report; while training, lets it fade
// back to rest until the next one comes.
#include "graphrenderer.h"
#include "networkpainter.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPoint>
#include <QThread>
#include <QTimer>
#include <QWidget>

namespace bp {

/// Fading is a cross-fade of two cached pictures, rendered once per report, size, mode or spec:
/// the graph lit (painter fade 1) and at rest (fade 0). A frame at fade f draws rest, then lit at
/// opacity f, so each fade tick costs two blits instead of a full paint.
///
/// A report's pictures are rendered by a GraphRenderer on the widget's own thread, one job at a
/// time and busy at most renderShare of the time: reports that arrive meanwhile are coalesced into
/// one job for the newest, and the previous pictures stay up until it is done. The rest picture is
/// asked for only once the fade starts to fall (steady training keeps it near 1). A new size, mode
/// or network is painted at once, here.
class NetworkGraphWidget : public QWidget {
    Q_OBJECT
public:
    /// How long a report's colours take to fade back to rest while training.
    static constexpr int fadeMilliseconds = 600;
    /// Above this fade only the lit picture is drawn (the rest one would show through by < 3 %),
    /// so steady training, where reports keep the fade near 1, never needs the rest picture.
    static constexpr qreal litOnlyFade = 0.97;

    /// Above this fade a report's rest picture is not needed yet; below it, it is asked for.
    static constexpr qreal restAskFade = 0.975;
    /// The most of its time the render thread spends rendering: after a job that took c ms (its
    /// CPU time, or from request to pictures if longer, as on a busy machine) the next starts
    /// c / renderShare ms after it at the earliest, leaving the cores to training. At a tenth, a
    /// 12 ms autoencoder picture still comes about 8 times a second, and on two cores the studio
    /// trains at 0.95–1.04× the core alone (at a fifth: 0.86–1.08×).
    static constexpr double renderShare = 0.1;

    /// Makes the widget and starts its render thread.
    explicit NetworkGraphWidget(QWidget* parent = nullptr);

    /// Ends the render thread and waits for it.
    ~NetworkGraphWidget() override;

    /// Returns the painter that draws this widget, for exporting the same picture elsewhere.
    const NetworkPainter& painter() const { return painter_; }

    /// Returns true while colours are still fading (the animation timer runs).
    bool isFading() const { return fadeTimer_.isActive(); }

    /// Returns a size below which columns and labels start to crowd.
    QSize minimumSizeHint() const override { return {320, 200}; }

    /// Returns a comfortable 16 : 9 size.
    QSize sizeHint() const override { return {640, 360}; }

    /// Names the inputs (features) and outputs (classes or targets) in tooltips; lists that do
    /// not fit the network are ignored there and neurons are numbered instead.
    void setNames(const std::vector<std::string>& inputs, const std::vector<std::string>& outputs);

public slots:
    /// Shows a new architecture with every edge resting.
    void setNetwork(const bp::NetworkSpec& spec);

    /// Shows an epoch's report lit fully; while training it then fades over fadeMilliseconds.
    void setReport(const bp::EpochReport& report);

    /// Says whether training runs. Only then do colours fade between reports: paused, stepped
    /// or finished, the last report stays lit at full strength, as an export shows it.
    void setTraining(bool training);

    /// Chooses what the edges show.
    void setMode(bp::GraphMode mode);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    void onRendered(const bp::GraphPictures& pictures);
    void askPictures(bool rest);
    void advanceFade();
    void refreshToolTip();
    void invalidatePictures();
    bool restReady() const { return fits(rest_) && restVersion_ == version_; }
    bool fadeShows() const { return painter_.mode() != GraphMode::Weights; }
    // Returns true when image was rendered for this widget's current size and pixel ratio.
    bool fits(const QImage& image) const;

    NetworkPainter painter_;   // what is shown now; the renderer gets copies of its state
    QImage lit_;   // the painter at fade 1, device pixels; null after a new size, mode or network
    QImage rest_;  // the painter at fade 0, device pixels (unused in Weights mode)
    quint64 version_ = 1;      // counts changes to what is shown
    quint64 litVersion_ = 0;   // the version lit_ shows (an older one while the newest renders)
    quint64 restVersion_ = 0;  // the version rest_ shows
    quint64 specGeneration_ = 1;  // counts networks, so the renderer need not compare specs
    bool rendering_ = false;   // a job is with the renderer
    bool queued_ = false;      // a newer job waits for it to finish
    bool queuedRest_ = false;  // and asks for the rest picture too
    bool training_ = false;    // reports fade only while this holds
    QElapsedTimer sinceJob_;   // since the last job was sent
    double jobMs_ = 0;         // what the last finished job cost: CPU or wall time, the longer
    QTimer renderGap_;         // single shot: the next job may go when it fires
    quint64 restAsked_ = 0;    // the last version whose rest picture was asked for
    QThread renderThread_;
    GraphRenderer* renderer_;  // lives on renderThread_, deleted when it ends
    QTimer fadeTimer_;         // ticks about 40 times a second while fading
    QElapsedTimer sinceReport_;
    std::optional<NetworkPainter::Hit> toolTipHit_;  // what the visible tooltip describes
    QPoint toolTipPos_;                              // where it was shown, global
};

}  // namespace bp
