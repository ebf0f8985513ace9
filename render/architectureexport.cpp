#include "architectureexport.h"

#include "safefiledevice.h"

#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace bp {

namespace {

bool failed(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

bool checkSize(QSize size, const QString& path, QString* error)
{
    if (size.width() < 16 || size.height() < 16 || size.width() > 8192 || size.height() > 8192)
        return failed(error, QStringLiteral("%1: the picture size %2 × %3 is outside 16…8192 pixels")
                                 .arg(path).arg(size.width()).arg(size.height()));
    return true;
}

}  // namespace

bool isArchitecturePngScale(qreal scale)
{
    return std::find(std::begin(architecturePngScales), std::end(architecturePngScales), scale) != std::end(architecturePngScales);
}

QString architecturePngScaleList()
{
    QStringList names;
    for (int s : architecturePngScales)
        names << QString::number(s);
    const QString last = names.takeLast();
    return names.isEmpty() ? last : names.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

NetworkPainter exportPainter(const NetworkPainter& source, NetworkPainter::Background background)
{
    NetworkPainter painter = source;
    NetworkPainter::Style style = source.style();
    style.background = background;
    style.showLabels = true;
    style.showLegend = source.report().has_value();
    painter.setStyle(style);
    painter.setFade(1);  // the last epoch's changes at full strength, however far the screen has faded
    return painter;
}

bool exportArchitecturePng(const NetworkPainter& source, const QString& path, QSize logicalSize, qreal scale,
                           NetworkPainter::Background background, QString* error)
{
    if (!checkSize(logicalSize, path, error))
        return false;
    if (!isArchitecturePngScale(scale))
        return failed(error, QStringLiteral("%1: the scale must be %2").arg(path, architecturePngScaleList()));
    // The image has logicalSize · scale pixels and paints in logical units (device pixel ratio).
    const QSize pixels(int(std::lround(logicalSize.width() * scale)), int(std::lround(logicalSize.height() * scale)));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        exportPainter(source, background).paint(p, QRectF(QPointF(0, 0), QSizeF(logicalSize)));
    }
    return SafeFileDevice::writeImage(image, path, "PNG", error);
}

bool exportArchitectureSvg(const NetworkPainter& source, const QString& path, QSize logicalSize,
                           NetworkPainter::Background background, QString* error)
{
    if (!checkSize(logicalSize, path, error))
        return false;
    SafeFileDevice file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(error, file.errorString());
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(logicalSize);
    svg.setViewBox(QRect(QPoint(0, 0), logicalSize));
    svg.setResolution(96);  // one SVG user unit per logical pixel
    svg.setTitle(QStringLiteral("Network architecture"));
    svg.setDescription(QStringLiteral("Made with Backprop Studio"));
    {
        // An SVG painter is no raster device, so NetworkPainter draws every edge as a vector path.
        QPainter p;
        if (!p.begin(&svg)) {
            file.cancelWriting();
            return failed(error, QStringLiteral("%1: cannot start the SVG document").arg(path));
        }
        exportPainter(source, background).paint(p, QRectF(QPointF(0, 0), QSizeF(logicalSize)));
        p.end();
    }
    if (!file.commit())
        return failed(error, file.errorString());
    return true;
}

}  // namespace bp
