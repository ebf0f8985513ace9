#pragma once
// Pictures of the network graph for documents: PNG at 1×, 2× or 4×, or SVG with vector edges.
// Both paint through NetworkPainter::paint, the same code the studio's graph view uses.
#include "networkpainter.h"

#include <QSize>
#include <QString>

namespace bp {

/// The logical size of every architecture picture, from the studio and the CLI alike; a PNG's
/// scale (one of architecturePngScales) multiplies its pixels.
inline constexpr QSize architectureExportSize{1280, 720};

/// The scales a PNG picture may have: whole pixels per point, as the studio offers them.
inline constexpr int architecturePngScales[] = {1, 2, 4};

/// True when scale is one of architecturePngScales.
bool isArchitecturePngScale(qreal scale);

/// Returns the scales for a message or help text: "1, 2 or 4".
QString architecturePngScaleList();

/// Writes the graph of source (its spec, report, mode and fade) as a PNG of logicalSize × scale
/// device pixels, with labels, to path atomically; false with *error naming the path on failure.
bool exportArchitecturePng(const NetworkPainter& source, const QString& path, QSize logicalSize, qreal scale,
                           NetworkPainter::Background background, QString* error = nullptr);

/// Writes the graph of source as an SVG document of logicalSize (edges as vector lines), with
/// labels, to path atomically; false with *error naming the path on failure.
bool exportArchitectureSvg(const NetworkPainter& source, const QString& path, QSize logicalSize,
                           NetworkPainter::Background background, QString* error = nullptr);

/// Returns a copy of source styled for a picture: the given background, labels on, the colour
/// legend only when there is an epoch's report to explain, and that report's changes at full
/// strength however far the screen has faded.
NetworkPainter exportPainter(const NetworkPainter& source, NetworkPainter::Background background);

}  // namespace bp
