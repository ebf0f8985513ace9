// DataView's painting: the plane with its key and axis names, the curve, the tiles.
#include "dataview.h"

#include "dataimages.h"
#include "datalegend.h"
#include "featurepairpicker.h"
#include "theme.h"

#include <QPainter>
#include <QPolygonF>

namespace bp {

void DataView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), theme::canvas());
    QRectF area = QRectF(rect()).adjusted(10, 10, -10, -10);
    if (picker_->isVisible())
        area.setTop(picker_->geometry().bottom() + 6);
    p.setPen(theme::ink());
    switch (mode_) {
    case Mode::Empty:
        p.drawText(rect(), Qt::AlignCenter, tr("no data"));
        break;
    case Mode::Plane:
        paintPlane(p, area);
        break;
    case Mode::Curve:
        paintCurve(p, area);
        break;
    case Mode::Tiles:
        if (outputTiles_.empty()) {
            const qreal h = p.fontMetrics().height() + 6;
            p.drawText(QRectF(area.left(), area.top(), area.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
                       p.fontMetrics().elidedText(summary_, Qt::ElideRight, int(area.width())));
            paintTileRows(p, area.adjusted(0, h + 4, 0, 0), {inputTiles_}, {tr("input")});
        } else {
            paintTileRows(p, area, {inputTiles_, outputTiles_}, {tr("input"), tr("reconstruction")});
        }
        break;
    }
}

void DataView::paintPlane(QPainter& p, const QRectF& area) const
{
    std::vector<LegendEntry> key;
    for (int c = 0; c < int(classNames_.size()); ++c)
        key.push_back({LegendEntry::Mark::Dot, theme::classColour(c), classNames_[c]});
    if (!classification_) {
        key.push_back({LegendEntry::Mark::Dot, theme::classColour(0), tr("%1 = %2").arg(targetName_).arg(double(targetMin_), 0, 'g', 3)});
        key.push_back({LegendEntry::Mark::Dot, theme::classColour(1), tr("%1 = %2").arg(targetName_).arg(double(targetMax_), 0, 'g', 3)});
    }
    if (misclassifiedCount() > 0)
        key.push_back({LegendEntry::Mark::Ring, theme::ink(), tr("misclassified")});
    const qreal keyHeight = legendHeight(p, area.width(), key);
    paintLegend(p, QRectF(area.left(), area.top(), area.width(), keyHeight), key);

    const qreal label = p.fontMetrics().height() + 2;
    const QRectF room = area.adjusted(label + 2, keyHeight + 4, 0, -label - 2);
    if (room.width() < 8 || room.height() < 8)
        return;
    const QRectF frame = PlotFrame::fit(bounds_, room);
    if (!heatmap_.isNull()) {
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(frame, heatmap_);
    } else {
        p.fillRect(frame, Qt::white);
    }
    PlotFrame(bounds_, frame).paintDots(p, points_);
    p.setPen(QPen(theme::restingEdge(), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame);
    // Axis names: x under the frame, y turned along its left side, each elided to its side's length.
    p.setPen(theme::ink());
    const QFontMetrics& fm = p.fontMetrics();
    const QString xName = featureNames_.value(pair_.x), yName = featureNames_.value(pair_.y);
    p.drawText(QRectF(frame.left(), frame.bottom() + 2, frame.width(), label), Qt::AlignHCenter,
               fm.elidedText(xName, Qt::ElideRight, int(frame.width())));
    p.save();
    p.translate(frame.left() - label - 2, frame.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-frame.height() / 2, 0, frame.height(), label), Qt::AlignHCenter,
               fm.elidedText(yName, Qt::ElideRight, int(frame.height())));
    p.restore();
}

void DataView::paintCurve(QPainter& p, const QRectF& area) const
{
    std::vector<LegendEntry> key{{LegendEntry::Mark::Dot, theme::classColour(0), tr("target %1").arg(targetName_)}};
    if (!curve_.empty())
        key.push_back({LegendEntry::Mark::Stroke, theme::negative(), tr("prediction")});
    const qreal keyHeight = legendHeight(p, area.width(), key);
    paintLegend(p, QRectF(area.left(), area.top(), area.width(), keyHeight), key);
    const qreal label = p.fontMetrics().height() + 2;
    const QRectF frame = area.adjusted(0, keyHeight + 4, 0, -label - 2);
    if (frame.width() < 8 || frame.height() < 8)
        return;
    const PlotFrame plot(bounds_, frame);
    p.fillRect(frame, Qt::white);
    if (bounds_.top() < 0 && bounds_.bottom() > 0) {  // the line y = 0
        p.setPen(QPen(theme::restingEdge(), 1));
        p.drawLine(plot.toPixel({bounds_.left(), 0}), plot.toPixel({bounds_.right(), 0}));
    }
    plot.paintDots(p, points_);
    if (!curve_.empty()) {
        QPolygonF line;
        for (Index i = 0; i < curve_.count(); ++i)
            line << plot.toPixel(QPointF(curve_.x(i), curve_.values(0, i)));
        p.save();
        p.setClipRect(frame);
        p.setPen(QPen(theme::negative(), 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(line);
        p.restore();
    }
    p.setPen(QPen(theme::restingEdge(), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame);
    p.setPen(theme::ink());
    p.drawText(QRectF(frame.left(), frame.bottom() + 2, frame.width(), label), Qt::AlignHCenter,
               p.fontMetrics().elidedText(featureNames_.value(0), Qt::ElideRight, int(frame.width())));
}

}  // namespace bp
