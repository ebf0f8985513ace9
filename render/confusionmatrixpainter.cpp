#include "confusionmatrixpainter.h"

#include "charttheme.h"
#include "theme.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace bp {

namespace {
constexpr qreal gap = 8;  // between the matrix's parts, pixels

QString percent(Scalar fraction) { return QStringLiteral("%1 %").arg(double(fraction) * 100.0, 0, 'f', 1); }

// Draws text centred in r, elided to its width.
void centred(QPainter& p, const QRectF& r, const QString& text)
{
    p.drawText(r, Qt::AlignCenter, p.fontMetrics().elidedText(text, Qt::ElideRight, int(r.width())));
}
}  // namespace

QString ConfusionMatrixPainter::className(int k) const
{
    if (k >= 0 && std::size_t(k) < names_.size() && !names_[std::size_t(k)].empty())
        return QString::fromStdString(names_[std::size_t(k)]);
    return QStringLiteral("class %1").arg(k);
}

QColor ConfusionMatrixPainter::cellColour(bool diagonal, Index count, Index rowTotal)
{
    const QColor base = theme::canvas();
    if (count <= 0 || rowTotal <= 0)
        return base;
    const double share = std::clamp(double(count) / double(rowTotal), 0.0, 1.0);
    const double t = 0.12 + 0.88 * share;  // any count at all shows a tint
    const QColor hue = diagonal ? theme::increase() : theme::decrease();
    auto mix = [t](int a, int b) { return int(std::lround(a + (b - a) * t)); };
    return QColor(mix(base.red(), hue.red()), mix(base.green(), hue.green()), mix(base.blue(), hue.blue()));
}

void ConfusionMatrixPainter::paint(QPainter& p, const QRectF& rect, const ConfusionMatrix& m) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(charttheme::font());
    p.setPen(theme::ink());
    const QFontMetricsF fm(p.font());
    const qreal line = fm.height();
    const QRectF titleRect(rect.left(), rect.top(), rect.width(), line + gap);
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, title_);
    const int n = m.classes();
    if (n == 0 || m.empty()) {
        p.drawText(rect.adjusted(0, titleRect.height(), 0, 0), Qt::AlignCenter | Qt::TextWordWrap, emptyText_);
        p.restore();
        return;
    }

    // Columns: axis name | class names | n cells | class accuracy. Rows: title | axis name |
    // class names | n cells | overall accuracy.
    qreal nameWidth = fm.horizontalAdvance(QStringLiteral("class 00"));
    for (int k = 0; k < n; ++k)
        nameWidth = std::max(nameWidth, fm.horizontalAdvance(className(k)));
    nameWidth = std::min(nameWidth + gap, rect.width() / 4);
    const QString accuracyTitle = QStringLiteral("class accuracy");
    const qreal accuracyWidth = fm.horizontalAdvance(accuracyTitle) + gap;
    const qreal top = titleRect.bottom() + 2 * line + gap;
    const qreal left = rect.left() + line + gap + nameWidth;
    const qreal cellW = std::max<qreal>(1, (rect.right() - accuracyWidth - gap - left) / n);
    const qreal cellH = std::max<qreal>(1, (rect.bottom() - 4 * line - 2 * gap - top) / n);
    const qreal cell = std::min(cellW, std::max(cellH, line));  // square where room allows
    const QRectF grid(left, top, cell * n, std::min(cellH, cell) * n);
    const qreal rowH = grid.height() / n;
    // Counts stand out, larger in large cells, smaller where the largest would not fit; in cells
    // too small to read them the shading alone shows the pattern.
    QFont countFont = p.font();
    countFont.setBold(true);
    const qreal baseSize = countFont.pointSizeF();
    countFont.setPointSizeF(baseSize * std::clamp(std::min(cell, rowH) / (3 * line), 1.0, 1.6));
    const qreal widest = QFontMetricsF(countFont).horizontalAdvance(QString::number(m.largestCount()));
    if (widest > cell - 4)
        countFont.setPointSizeF(countFont.pointSizeF() * std::max<qreal>(0, cell - 4) / widest);
    const bool countsShown = countFont.pointSizeF() >= 0.6 * baseSize && rowH >= 0.6 * line;

    centred(p, QRectF(grid.left(), titleRect.bottom(), grid.width(), line), QStringLiteral("predicted class"));
    p.save();
    p.translate(rect.left(), grid.center().y());
    p.rotate(-90);
    centred(p, QRectF(-grid.height() / 2, 0, grid.height(), line), QStringLiteral("true class"));
    p.restore();

    for (int t = 0; t < n; ++t) {
        const qreal y = grid.top() + t * rowH;
        p.setPen(theme::ink());
        p.drawText(QRectF(rect.left() + line + gap, y, nameWidth - gap, rowH), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(className(t), Qt::ElideRight, nameWidth - gap));
        centred(p, QRectF(grid.left() + t * cell, titleRect.bottom() + line, cell, line + gap), className(t));
        const Index rowTotal = m.truthTotal(t);
        for (int q = 0; q < n; ++q) {
            const QRectF r(grid.left() + q * cell, y, cell, rowH);
            const QColor fill = cellColour(t == q, m.count(t, q), rowTotal);
            p.fillRect(r, fill);
            p.setPen(theme::restingEdge());
            p.drawRect(r);
            // Zeros are faint, so the cells that hold samples stand out.
            p.setPen(m.count(t, q) == 0      ? theme::restingEdge().darker(130)
                     : fill.lightnessF() < 0.55 ? QColor(Qt::white)
                                                : theme::ink());
            if (countsShown) {
                p.setFont(countFont);
                centred(p, r, QString::number(m.count(t, q)));
                p.setFont(charttheme::font());
            }
        }
        const std::optional<Scalar> a = m.classAccuracy(t);
        p.setPen(theme::ink());
        p.drawText(QRectF(grid.right() + gap, y, accuracyWidth, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   a ? percent(*a) : QStringLiteral("no samples"));
    }
    p.drawText(QRectF(grid.right() + gap, titleRect.bottom() + line, accuracyWidth, line + gap),
               Qt::AlignLeft | Qt::AlignVCenter, accuracyTitle);
    p.drawText(QRectF(rect.left(), grid.bottom() + gap, rect.width(), line + gap), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("accuracy %1: %2 of %3 samples predicted as their class")
                   .arg(percent(m.accuracy()))
                   .arg(m.correct())
                   .arg(m.total()));
    p.drawText(QRectF(rect.left(), grid.bottom() + gap + line + gap, rect.width(), 2 * line + gap),
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               QStringLiteral("shade: the cell's share of its true class, green when right, red when wrong"));
    p.restore();
}

QImage ConfusionMatrixPainter::image(QSize size, const ConfusionMatrix& m) const
{
    QImage picture(size, QImage::Format_ARGB32_Premultiplied);
    picture.fill(theme::canvas());
    QPainter p(&picture);
    paint(p, QRectF(QPointF(0, 0), QSizeF(size)).adjusted(16, 12, -16, -12), m);
    return picture;
}

}  // namespace bp
