#include "chartlegendrow.h"

#include "theme.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <numeric>
#include <vector>

namespace bp {

namespace {
constexpr QSizeF kIcon{32, 18};  // a curve's sample line
constexpr qreal kItemMargin = 8;
constexpr qreal kIconGap = 7;
constexpr qreal kTop = 2;
}  // namespace

qreal ChartLegendRow::paint(QPainter& p, const QRectF& rect, std::span<const charttheme::Curve> curves)
{
    if (curves.empty())
        return 0;
    const QFontMetricsF fm(p.font());
    auto itemWidth = [&](charttheme::Curve c) {
        return 2 * kItemMargin + kIcon.width() + kIconGap + fm.horizontalAdvance(charttheme::curveName(c));
    };
    // Columns as wide as their widest entry; as many entries to a row as fit the width.
    std::size_t perRow = curves.size();
    std::vector<qreal> columns;
    for (std::size_t n : {curves.size(), std::size_t(2), std::size_t(1)}) {
        perRow = std::min(n, curves.size());
        columns.assign(perRow, 0);
        for (std::size_t i = 0; i < curves.size(); ++i)
            columns[i % perRow] = std::max(columns[i % perRow], itemWidth(curves[i]));
        if (std::accumulate(columns.begin(), columns.end(), qreal(0)) <= rect.width() - 8)
            break;
    }
    const qreal total = std::accumulate(columns.begin(), columns.end(), qreal(0));
    const qreal rowHeight = std::max(kIcon.height(), fm.height()) + 4;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    for (std::size_t i = 0; i < curves.size(); ++i) {
        const std::size_t column = i % perRow;
        const qreal x = rect.center().x() - total / 2
            + std::accumulate(columns.begin(), columns.begin() + std::ptrdiff_t(column), qreal(0));
        const qreal y = rect.top() + kTop + qreal(i / perRow) * rowHeight;
        const qreal mid = y + rowHeight / 2;
        p.setPen(charttheme::curvePen(curves[i]));
        p.drawLine(QPointF(x + kItemMargin, mid), QPointF(x + kItemMargin + kIcon.width(), mid));
        p.setPen(theme::ink());
        const qreal textLeft = x + kItemMargin + kIcon.width() + kIconGap;
        p.drawText(QRectF(textLeft, y, columns[column], rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   charttheme::curveName(curves[i]));
    }
    p.restore();
    const qreal rows = qreal((curves.size() + perRow - 1) / perRow);
    return kTop + rows * rowHeight;
}

}  // namespace bp
