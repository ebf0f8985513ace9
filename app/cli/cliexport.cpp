#include "cliexport.h"

#include "architectureexport.h"
#include "clierror.h"
#include "gifrecorder.h"
#include "historycsv.h"
#include "inputerror.h"
#include "losschartpainter.h"
#include "outputpath.h"
#include "safefiledevice.h"

#include <QElapsedTimer>
#include <QImage>
#include <QRegularExpression>

#include <cstdio>
#include <unistd.h>

namespace bp {

namespace {

QString suffixOf(const QString& path) { return path.section('.', -1).toLower(); }

// An InputError for path whose message does not repeat the path when error already starts with it.
InputError exportError(const QString& path, const QString& error)
{
    const QString bare = error.startsWith(path + ": ") ? error.mid(path.size() + 2) : error;
    return InputError(path.toStdString(), bare.toStdString());
}

// Returns --option's path once its extension and place are checked, before any training time is spent.
QString outputOption(const QCommandLineParser& parser, const char* option, const QStringList& allowed)
{
    const QString path = parser.value(option);
    if (!allowed.contains(suffixOf(path)))
        throw UsageError("--" + std::string(option) + ": \"" + path.toStdString() + "\" should end in ."
                         + allowed.join(" or .").toStdString());
    requireOutput(parser, option);
    return path;
}

// An epoch's report built from the weights alone (ΔW = 0), for a picture of a trained network.
EpochReport weightsReport(const Session& session)
{
    EpochReport r;
    r.epoch = session.trainer().epoch();
    for (const DenseLayer& l : session.network().layers)
        r.layers.push_back({l.W, l.b, Matrix::Zero(l.W.rows(), l.W.cols()), Vector::Zero(l.b.size()), 0});
    return r;
}

}  // namespace

void CliExport::addOptions(QCommandLineParser& parser, bool gif)
{
    parser.addOption({"export-architecture", "Write the network graph as a picture (.png or .svg).", "file"});
    parser.addOption({"scale", QStringLiteral("Pixel scale of a PNG picture: %1 (default 1, %2 × %3).")
                                   .arg(architecturePngScaleList()).arg(architectureExportSize.width())
                                   .arg(architectureExportSize.height()), "s"});
    parser.addOption({"export-loss", "Write the loss history as a table (.csv) or a chart (.png).", "file"});
    if (!gif)
        return;
    parser.addOption({"export-gif", "Record the training as an animated GIF.", "file.gif"});
    parser.addOption({"gif-every", "Epochs between GIF frames (default: epochs / 200, at least 1).", "n"});
    parser.addOption({"gif-fps", "GIF frames per second (default 15).", "f"});
    parser.addOption({"gif-size", "GIF frame size (default 960x540).", "WxH"});
    parser.addOption({"gif-chart", "Show the loss chart beside the graph in the GIF."});
}

CliExport::CliExport(const QCommandLineParser& parser)
{
    const auto has = [&](const char* name) { return parser.optionNames().contains(name) && parser.isSet(name); };
    if (has("export-architecture"))
        architecture_ = outputOption(parser, "export-architecture", {"png", "svg"});
    if (has("scale")) {
        bool ok = false;
        scale_ = parser.value("scale").toDouble(&ok);
        if (!ok || !isArchitecturePngScale(scale_))
            throw UsageError("--scale: expected " + architecturePngScaleList().toStdString() + ", got \""
                             + parser.value("scale").toStdString() + "\"");
    }
    if (has("export-loss"))
        loss_ = outputOption(parser, "export-loss", {"csv", "png"});
    if (has("export-gif"))
        gif_ = outputOption(parser, "export-gif", {"gif"});
    bool ok = true;
    if (has("gif-every") && ((gifEvery_ = parser.value("gif-every").toInt(&ok)) < 1 || !ok))
        throw UsageError("--gif-every: expected a whole number from 1, got \"" + parser.value("gif-every").toStdString() + "\"");
    if (has("gif-fps") && (!((gifFps_ = parser.value("gif-fps").toDouble(&ok)) >= 1 && gifFps_ <= 50) || !ok))
        throw UsageError("--gif-fps: expected a number in [1, 50], got \"" + parser.value("gif-fps").toStdString() + "\"");
    if (has("gif-size")) {
        const auto m = QRegularExpression("^(\\d+)[xX×](\\d+)$").match(parser.value("gif-size"));
        gifSize_ = m.hasMatch() ? QSize(m.captured(1).toInt(), m.captured(2).toInt()) : QSize();
        if (gifSize_.width() < 160 || gifSize_.height() < 90 || gifSize_.width() > 3840 || gifSize_.height() > 2160)
            throw UsageError("--gif-size: expected WxH from 160x90 to 3840x2160, got \""
                             + parser.value("gif-size").toStdString() + "\"");
    }
    gifChart_ = has("gif-chart");
}

CliExport::~CliExport() = default;

int CliExport::beginRecording(const Session& session)
{
    if (gif_.isEmpty())
        return 0;
    GifRecorder::Options o;
    o.every = gifEvery_;
    o.fps = gifFps_;
    o.frame.size = gifSize_;
    o.frame.chart = gifChart_;
    const Trainer& t = session.trainer();
    recorder_ = std::make_unique<GifRecorder>(session.network().spec(), session.trainSet().isClassification(),
                                              t.config().epochs, o);
    return recorder_->every();
}

void CliExport::record(const EpochReport& report)
{
    if (recorder_)
        recorder_->record(report);
}

void CliExport::recordFinal(const EpochReport& report)
{
    if (recorder_)
        recorder_->recordFinal(report);
}

void CliExport::write(const Session& session, const std::atomic<bool>* stop)
{
    if (!architecture_.isEmpty())
        writeArchitecture(session);
    if (!loss_.isEmpty())
        writeLoss(session);
    if (recorder_)
        writeGif(session, stop);
}

void CliExport::writeArchitecture(const Session& session) const
{
    NetworkPainter painter;
    painter.setSpec(session.network().spec());
    if (session.trainer().epoch() > 0) {  // a trained network: edges show its weights by sign
        painter.setMode(GraphMode::Weights);
        painter.setReport(weightsReport(session));
    }
    QString error;
    const bool ok = suffixOf(architecture_) == "svg"
        ? exportArchitectureSvg(painter, architecture_, architectureExportSize, NetworkPainter::Background::Light, &error)
        : exportArchitecturePng(painter, architecture_, architectureExportSize, scale_, NetworkPainter::Background::Light, &error);
    if (!ok)
        throw exportError(architecture_, error);
    std::printf("wrote %s\n", qPrintable(architecture_));
}

void CliExport::writeLoss(const Session& session) const
{
    const std::vector<HistoryEntry>& history = session.trainer().history();
    if (history.empty())
        throw InputError(loss_.toStdString(), "there is no loss history to write: the project was never trained");
    if (suffixOf(loss_) == "csv") {
        saveHistoryCsv(history, loss_.toStdString());
    } else {
        LossChartPainter chart;
        chart.setClassifier(history.back().accuracy.has_value());
        const QImage picture = chart.image(charttheme::exportSize, history);
        QString error;
        if (!SafeFileDevice::writeImage(picture, loss_, "PNG", &error))
            throw exportError(loss_, error);
    }
    std::printf("wrote %s\n", qPrintable(loss_));
}

void CliExport::writeGif(const Session& session, const std::atomic<bool>* stop) const
{
    QElapsedTimer clock;
    clock.start();
    const int total = recorder_->gifFrameCount();
    int shown = -1;
    const bool terminal = isatty(fileno(stderr)) != 0;  // a pipe or log gets only the final line
    QString error;
    const bool ok = recorder_->save(gif_, session.trainer().history(), [&](int done, int all) {
        const int percent = 100 * done / std::max(1, all);
        if (terminal && percent != shown)
            std::fprintf(stderr, "\rwriting %s: %3d %%", qPrintable(gif_), shown = percent);
        return !(stop && stop->load());
    }, &error);
    if (terminal)
        std::fprintf(stderr, "\n");
    if (!ok && stop && stop->load()) {
        std::fprintf(stderr, "backprop: interrupted; %s was not written\n", qPrintable(gif_));
        return;
    }
    if (!ok)
        throw exportError(gif_, error);
    std::printf("wrote %s (%d frames in %.1f s)\n", qPrintable(gif_), total, clock.elapsed() / 1000.0);
}

}  // namespace bp
