#include "builtindata.h"
#include "cliexport.h"
#include "clierror.h"
#include "cliparse.h"
#include "cliproject.h"
#include "commands.h"
#include "confusiontable.h"
#include "inputerror.h"
#include "interruptflag.h"
#include "modelsummary.h"
#include "outputpath.h"
#include "progressbar.h"
#include "projectfile.h"
#include "rawarguments.h"
#include "session.h"

#include <QCommandLineParser>

#include <algorithm>
#include <chrono>
#include <climits>
#include <cstdio>
#include <memory>
#include <numeric>

namespace bp {

namespace {
// Prints the scores, the epochs the network has trained, and the rate of those trained now (first
// onward); a run that trained none says so instead of a rate.
void printSummary(const Session& session, const EpochReport& r, int first, double seconds)
{
    const int epochs = session.trainer().epoch();
    std::printf("loss %.6g", double(r.trainLoss));
    if (r.validationLoss)
        std::printf("  validation loss %.6g", double(*r.validationLoss));
    if (r.accuracy)
        std::printf("  accuracy %.1f %%", 100.0 * double(*r.accuracy));
    if (r.validationAccuracy)
        std::printf("  validation accuracy %.1f %%", 100.0 * double(*r.validationAccuracy));
    const int trained = epochs - first;
    std::printf("  epochs %d", epochs);
    if (trained > 0)
        std::printf("  %.4g epochs/s\n", seconds > 0 ? double(trained) / seconds : 0.0);
    else
        std::printf("  (no epoch trained now)\n");
}

// Prints the trained network's confusion matrices (training, then validation when there is a
// split), or says why there are none.
void printConfusion(const Session& session)
{
    const Dataset& data = session.data();
    if (!data.isClassification()) {
        std::printf("confusion matrix: none, the network predicts values, not classes\n");
        return;
    }
    printConfusionTable(stdout, "training", ConfusionMatrix::of(session.network(), session.trainSet()), data.classNames);
    if (session.validationSet().samples() > 0)
        printConfusionTable(stdout, "validation", ConfusionMatrix::of(session.network(), session.validationSet()),
                            data.classNames);
}

// Prints the divergence doctor's verdict on stderr, then each remedy with the options that apply it.
void printDiagnosis(const DivergenceDiagnosis& d)
{
    std::fprintf(stderr, "backprop: %s\nremedies:\n", d.sentence().c_str());
    for (const Remedy& remedy : d.remedies()) {
        char options[64];
        switch (remedy.kind) {
        case RemedyKind::LowerLearningRate: std::snprintf(options, sizeof options, "--lr %g", remedy.value); break;
        case RemedyKind::ClipGradientNorm: std::snprintf(options, sizeof options, "--clip-norm %g", remedy.value); break;
        case RemedyKind::SwitchToAdam: std::snprintf(options, sizeof options, "--optimizer adam --lr %g", remedy.value); break;
        }
        std::fprintf(stderr, "  %-28s %s\n", options, DivergenceDiagnosis::describe(remedy).c_str());
    }
}

// Sets the epochs a run of a loaded, trained project ends at, as the studio's Train does: --epochs N
// trains N more; without it an unfinished run trains on to its epochs, a finished one for another
// run's length.
void extendLoadedRun(Trainer& trainer, const QCommandLineParser& parser, int runLength)
{
    const int done = trainer.epoch();
    if (done == 0 || (!parser.isSet("epochs") && !trainer.finished()))
        return;
    trainer.setEpochs(int(std::min<long>(INT_MAX, long(done) + runLength)));
}
}  // namespace

int trainCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription("Train a network and print its progress and a summary.");
    parser.addHelpOption();
    addProjectOptions(parser);
    parser.addOption({"save", "Save the trained project to this file.", "project"});
    parser.addOption({"report-every", "Epochs between progress reports (default: about 200 a run).", "n"});
    parser.addOption({"report", QString::fromStdString("Add to each progress line: " + nameList(progressReports)
                                                       + " (each layer's gradient norm, input side first)."),
                      "what"});
    parser.addOption({"confusion", "After training a classifier, print its confusion matrix with each class's "
                                   "accuracy, for the training and the validation samples."});
    CliExport::addOptions(parser, true);
    parseArguments(parser, arguments);
    if (!parser.positionalArguments().isEmpty())
        throw UsageError("train: unexpected argument \"" + parser.positionalArguments().first().toStdString() + "\"");

    CliExport exports(parser);
    const bool gradients = parser.isSet("report")
                           && choiceOption(progressReports, parser.value("report"), "report") == ProgressReport::Gradients;
    if (parser.isSet("save"))
        requireOutput(parser, "save");
    const Project project = projectFromOptions(parser);
    // The file a design error was found in, for messages that name none: the project or preset.
    const std::string origin = parser.isSet("load")     ? RawArguments::path(parser, "load")
                               : parser.isSet("preset") ? "preset " + parser.value("preset").toStdString()
                                                        : std::string();
    std::unique_ptr<Session> session;
    try {
        session = std::make_unique<Session>(project, builtinReader(), fitsOutput(parser));
    } catch (const InputError& e) {
        if (const auto usage = optionError(parser, project, e); usage && !Session::dataAtFault(e))
            throw *usage;
        throw e.in(origin);
    }
    Trainer& trainer = session->trainer();
    const int first = trainer.epoch();
    extendLoadedRun(trainer, parser, project.training.epochs);
    printModelSummary(stdout, session->network().spec());
    const int epochs = trainer.config().epochs;
    ProgressBar progress(stdout, epochs);
    progress.showGradients(gradients);
    const int every = parser.isSet("report-every") ? wholeNumber(parser.value("report-every"), "report-every", 1, INT_MAX)
                                                   : std::max(1, epochs / 200);
    // The trainer reports every gcd(progress spacing, GIF spacing) epochs; each listener takes its own.
    const int gifEvery = exports.beginRecording(*session);
    trainer.setObserver([&](const EpochReport& r) {
        if (!r.diverged && (r.epoch % every == 0 || r.epoch >= epochs))  // a divergence is diagnosed below
            progress.show(r);
        exports.record(r);
    }, gifEvery > 0 ? std::gcd(every, gifEvery) : every);

    const InterruptFlag interrupt;  // Ctrl-C stops between batches; the save and exports still happen
    const auto start = std::chrono::steady_clock::now();
    const Trainer::Outcome outcome = trainer.run(INT_MAX, interrupt.flag());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    progress.finish();
    // After a Ctrl-C in training, a second one quits at once; otherwise the first one stops a GIF being written.
    const bool stopped = interrupt.raised();
    const std::atomic<bool>* stopGif = stopped ? nullptr : interrupt.flag();
    if (outcome == Trainer::Outcome::Diverged) {
        printDiagnosis(*trainer.diagnosis());
        exports.write(*session, stopGif);  // the pictures show how it went wrong
        return ExitDiverged;
    }
    if (stopped) {
        exports.recordFinal(trainer.report());
        std::fprintf(stderr, "backprop: interrupted after epoch %d; writing what there is (Ctrl-C again to quit at once)\n",
                     trainer.epoch());
    }
    printSummary(*session, trainer.report(), first, seconds);
    if (parser.isSet("confusion"))
        printConfusion(*session);
    if (parser.isSet("save")) {
        ProjectFile::save(session->project(), RawArguments::path(parser, "save"));
        std::printf("saved %s\n", qPrintable(parser.value("save")));
    }
    exports.write(*session, stopGif);
    return interrupt.raised() ? ExitInterrupted : ExitOk;
}

}  // namespace bp
