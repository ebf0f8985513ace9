#pragma once
// The data view as it looked at one recorded epoch, for a frame of a training animation: the
// decision map behind the points, the prediction curve, or the autoencoder's reconstructions,
// computed from the weights the epoch's report carries. Needs a QApplication (the view is a
// widget, kept offscreen and never shown), so it paints on the GUI thread.
#include "dataset.h"
#include "epochreport.h"
#include "framepanel.h"
#include "networkspec.h"

#include <QRectF>

#include <memory>

class QPainter;

namespace bp {

class DataView;

class DataViewFrame : public FramePanel {
public:
    /// Prepares pictures of data under spec's network; data must stay as the run saw it.
    DataViewFrame(const NetworkSpec& spec, std::shared_ptr<const Dataset> data);
    ~DataViewFrame() override;
    DataViewFrame(const DataViewFrame&) = delete;
    DataViewFrame& operator=(const DataViewFrame&) = delete;

    /// Paints the data view into rect with the network of report's weights and biases; paints
    /// the bare data when report has no layers or the wrong ones.
    void paint(QPainter& p, const QRectF& rect, const EpochReport& report) override;

private:
    NetworkSpec spec_;
    std::shared_ptr<const Dataset> data_;
    std::unique_ptr<DataView> view_;
    Matrix samples_;  // autoencoder on 8×8 images: a few fixed inputs, features × k
};

}  // namespace bp
