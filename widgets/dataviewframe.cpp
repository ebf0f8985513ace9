#include "dataviewframe.h"

#include "dataview.h"
#include "featurepairpicker.h"
#include "decisiongrid.h"
#include "metrics.h"
#include "network.h"
#include "predictioncurve.h"

#include <QPainter>

#include <algorithm>

namespace bp {

namespace {

constexpr int curvePoints = 200;    // as the studio's prediction curve
constexpr Index tileCount = 8;      // reconstructions shown, as in the studio

// True when report's layers fit net's shapes, so its weights can be loaded.
bool fits(const Network& net, const EpochReport& report)
{
    if (report.layers.size() != net.layers.size())
        return false;
    for (std::size_t l = 0; l < net.layers.size(); ++l)
        if (report.layers[l].W.rows() != net.layers[l].W.rows() || report.layers[l].W.cols() != net.layers[l].W.cols()
            || report.layers[l].b.size() != net.layers[l].b.size())
            return false;
    return true;
}

}  // namespace

DataViewFrame::DataViewFrame(const NetworkSpec& spec, std::shared_ptr<const Dataset> data)
    : spec_(spec), data_(std::move(data)), view_(std::make_unique<DataView>())
{
    view_->setAttribute(Qt::WA_DontShowOnScreen);
    if (!data_)
        return;
    view_->setDataset(*data_);
    view_->picker()->hide();  // a picture, not a control: the pair shown is the most informative
    const bool autoencoder = data_->features() == 64 && data_->targets() == 64;
    if (autoencoder && data_->samples() > 0) {
        // Evenly spaced samples, as the studio picks them, so the tiles match what was on screen.
        const Index n = std::min<Index>(tileCount, data_->samples());
        samples_.resize(data_->features(), n);
        for (Index k = 0; k < n; ++k)
            samples_.col(k) = data_->X.col(k * data_->samples() / n);
    }
}

DataViewFrame::~DataViewFrame() = default;

void DataViewFrame::paint(QPainter& p, const QRectF& rect, const EpochReport& report)
{
    Network net(spec_);  // each frame replaces the map, curve, classes or tiles of the one before
    if (data_ && fits(net, report)) {
        for (std::size_t l = 0; l < net.layers.size(); ++l) {
            net.layers[l].W = report.layers[l].W;
            net.layers[l].b = report.layers[l].b;
        }
        if (samples_.cols() > 0) {
            view_->setReconstructions(samples_, net.predict(samples_));
        } else {  // as the studio shows it: the map for the pair shown, the curve, the misclassified
            view_->setDecisionGrid(makeDecisionGrid(net, *data_, decisionGridResolution, view_->pair()));
            view_->setPredictionCurve(makePredictionCurve(net, *data_, curvePoints));
            if (data_->isClassification())
                view_->setPredictedClasses(predictedClasses(net.predict(data_->X)));
        }
    }
    view_->resize(rect.size().toSize());
    p.save();
    view_->render(&p, rect.topLeft().toPoint(), QRegion(), QWidget::DrawChildren);
    p.restore();
}

}  // namespace bp
