#include "datalegend.h"

#include "theme.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace bp {

namespace {

constexpr qreal markWidth = 16;  // the mark's box before the text
constexpr qreal entryGap = 12;   // between one entry's text and the next mark

/// Calls place(entry, rect) for each entry's box (mark and text), laid out in rows of width.
template <typename Place>
qreal layout(const QFontMetricsF& fm, const QRectF& area, const std::vector<LegendEntry>& entries, Place place)
{
    const qreal rowHeight = fm.height() + 2;
    qreal x = area.left(), y = area.top();
    for (const LegendEntry& e : entries) {
        const qreal w = std::min(markWidth + fm.horizontalAdvance(e.text), area.width());
        if (x > area.left() && x + w > area.right()) {
            x = area.left();
            y += rowHeight;
        }
        place(e, QRectF(x, y, w, rowHeight));
        x += w + entryGap;
    }
    return entries.empty() ? 0 : y + rowHeight - area.top();
}

}  // namespace

qreal legendHeight(const QPainter& p, qreal width, const std::vector<LegendEntry>& entries)
{
    return layout(QFontMetricsF(p.font()), QRectF(0, 0, width, 0), entries, [](const LegendEntry&, const QRectF&) {});
}

void paintLegend(QPainter& p, const QRectF& area, const std::vector<LegendEntry>& entries)
{
    const QFontMetricsF fm(p.font());
    layout(fm, area, entries, [&](const LegendEntry& e, const QRectF& box) {
        const QPointF c(box.left() + 6, box.center().y());
        p.save();
        switch (e.mark) {
        case LegendEntry::Mark::Dot:
            p.setPen(QPen(e.colour.darker(155), 1));
            p.setBrush(e.colour);
            p.drawEllipse(c, 3.6, 3.6);
            break;
        case LegendEntry::Mark::Ring:
            paintMisclassifiedRing(p, c, 3.6);
            break;
        case LegendEntry::Mark::Stroke:
            p.setPen(QPen(e.colour, 2.5, Qt::SolidLine, Qt::RoundCap));
            p.drawLine(c - QPointF(5, 0), c + QPointF(5, 0));
            break;
        }
        p.setPen(theme::ink());
        const QRectF text = box.adjusted(markWidth, 0, 0, 0);
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(e.text, Qt::ElideRight, text.width()));
        p.restore();
    });
}

void paintMisclassifiedRing(QPainter& p, const QPointF& c, qreal r)
{
    p.save();
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(theme::ink(), 1.8));
    p.drawEllipse(c, r + 2.6, r + 2.6);
    p.restore();
}

}  // namespace bp
