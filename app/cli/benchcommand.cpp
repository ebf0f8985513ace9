#include "builtindata.h"
#include "clierror.h"
#include "cliparse.h"
#include "commands.h"
#include "csvreader.h"
#include "generators.h"
#include "metrics.h"
#include "plainloop.h"
#include "trainer.h"

#include <QCommandLineParser>

#include <chrono>
#include <climits>
#include <cstdio>
#include <sstream>

namespace bp {

namespace {
struct Workload {
    const char* name;
    NetworkSpec spec;
    TrainConfig config;
    bool adamToo;  // also run with Adam (lr 1e-3, β 0.9/0.999, ε 1e-8)
};

Dataset digits()
{
    std::istringstream text(builtinReader()("digits").value_or(""));
    Dataset d = readCsv(text, "digits", CsvOptions{});
    d.X /= 16.0f;  // grey levels 0..16 → [0, 1]
    return d;
}

Dataset dataFor(const std::string& name)
{
    if (name == "w1-xor") {
        Dataset d;
        d.X.resize(2, 4);
        d.X << 0, 0, 1, 1, 0, 1, 0, 1;
        d.Y.resize(1, 4);
        d.Y << 0, 1, 1, 0;
        d.classNames = {"0", "1"};
        return d;
    }
    if (name == "w2-spiral")
        return generate("spiral", 1000, 0.0, 2, 1);
    Dataset d = digits();
    if (name == "w4-autoencoder") {
        d.Y = d.X;
        d.classNames.clear();
    }
    return d;
}

std::vector<Workload> workloads()
{
    using A = Activation;
    const auto config = [](Loss loss, int batch, int epochs, float lr) {
        TrainConfig c;
        c.loss = loss;
        c.batchSize = batch;
        c.epochs = epochs;
        c.shuffle = false;
        c.optimizer.learningRate = lr;
        return c;
    };
    return {
        {"w1-xor", {2, {{4, A::Sigmoid}, {1, A::Sigmoid}}}, config(Loss::SumSquares, 0, 10000, 0.5f), false},
        {"w2-spiral", {2, {{16, A::Tanh}, {16, A::Tanh}, {1, A::Sigmoid}}}, config(Loss::SumSquares, 0, 2000, 4.0f), false},
        {"w3-digits", {64, {{128, A::ReLU}, {64, A::ReLU}, {10, A::Softmax}}},
         config(Loss::CategoricalCrossEntropy, 32, 20, 0.1f), true},
        {"w4-autoencoder",
         {64, {{32, A::Sigmoid}, {16, A::Sigmoid}, {8, A::Sigmoid}, {4, A::Sigmoid}, {8, A::Sigmoid},
               {16, A::Sigmoid}, {32, A::Sigmoid}, {64, A::Sigmoid}}},
         config(Loss::SumSquares, 64, 20, 2.0f), true},
    };
}

double secondsOf(const auto& work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// A RESULT line's `final`: the mean cross-entropy for cce runs, else the mean (y − p)² over all outputs.
void printResult(const Workload& w, const Dataset& d, const Network& net, const TrainConfig& c, double seconds)
{
    const Matrix P = net.predict(d.X);
    const bool cce = c.loss == Loss::CategoricalCrossEntropy;
    const double final = cce ? double(lossValue(c.loss, P, d.Y)) : double((P - d.Y).squaredNorm() / Scalar(P.size()));
    std::printf("RESULT workload=%s opt=%s train_s=%.6f sample_epochs_per_s=%.4g final=%.6g acc=", w.name,
                c.optimizer.kind == OptimizerKind::Adam ? "adam" : "sgd", seconds,
                double(d.samples()) * c.epochs / seconds, final);
    if (d.isClassification())
        std::printf("%.4f\n", double(accuracy(P, d.Y)));
    else
        std::printf("-\n");
}
}  // namespace

int benchCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription("Time the reference workloads; one RESULT line per run.");
    parser.addHelpOption();
    parser.addOption({"workload", "Run only this workload (w1-xor, w2-spiral, w3-digits, w4-autoencoder; w1..w4 too).", "name"});
    parser.addOption({"optimizer", "Run only with this optimizer: sgd or adam.", "name"});
    parser.addOption({"reference", "Also time a plain Eigen loop on the same SGD runs and print the ratio."});
    parser.addOption({"repeat", "Runs of each workload; the fastest is printed (default 3).", "n"});
    parser.addOption({"report-every", "Also time each run with an epoch report (ΔW copy) every N epochs and print the cost.", "n"});
    parseArguments(parser, arguments);
    const QString only = parser.value("workload");
    const QString opt = parser.value("optimizer");
    if (parser.isSet("optimizer") && opt != "sgd" && opt != "adam")
        throw UsageError("--optimizer: expected sgd or adam, got \"" + opt.toStdString() + "\"");
    const int repeat = parser.isSet("repeat") ? wholeNumber(parser.value("repeat"), "repeat", 1, INT_MAX) : 3;
    bool matched = false;
    for (const Workload& w : workloads()) {
        const QString name = QString::fromLatin1(w.name);
        if (!only.isEmpty() && only != name && only != name.section('-', 0, 0))
            continue;
        matched = true;
        const Dataset data = dataFor(w.name);  // loading is outside the timed loop
        const Dataset none;                    // no validation set
        for (const bool adam : {false, true}) {
            if ((adam && !w.adamToo) || (parser.isSet("optimizer") && (opt == "adam") != adam))
                continue;
            TrainConfig c = w.config;
            if (adam)
                c.optimizer = {OptimizerKind::Adam, 1e-3f, 0.9f, 0.9f, 0.999f, 1e-8f};
            const int every = parser.isSet("report-every") ? wholeNumber(parser.value("report-every"), "report-every", 1, INT_MAX) : 0;
            double best = 1e300, bestPlain = 1e300, bestReported = 1e300;
            Network net(w.spec);
            for (int r = 0; r < repeat; ++r) {
                net.initialise(1);
                std::vector<Matrix> W;
                std::vector<Vector> b;
                for (const DenseLayer& l : net.layers) {
                    W.push_back(l.W);
                    b.push_back(l.b);
                }
                Trainer trainer(net, data, none, c);
                best = std::min(best, secondsOf([&] { trainer.run(); }));
                if (every > 0) {  // the same run again, reporting as the studio or a GIF recording would
                    net.initialise(1);
                    Trainer reported(net, data, none, c);
                    int reports = 0;
                    reported.setObserver([&](const EpochReport&) { ++reports; }, every);
                    bestReported = std::min(bestReported, secondsOf([&] { reported.run(); }));
                }
                if (parser.isSet("reference") && !adam) {
                    PlainLoop plain(w.spec, W, b);
                    bestPlain = std::min(bestPlain, secondsOf([&] { plain.train(data, c); }));
                }
            }
            printResult(w, data, net, c, best);
            if (parser.isSet("reference") && !adam)
                std::printf("REFERENCE workload=%s plain_s=%.6f ratio=%.3f\n", w.name, bestPlain, best / bestPlain);
            if (every > 0)
                std::printf("REPORTING workload=%s every=%d reported_s=%.6f ratio=%.3f\n", w.name, every, bestReported,
                            bestReported / best);
            std::fflush(stdout);
        }
    }
    if (!matched)
        throw UsageError("--workload: no workload \"" + only.toStdString() + "\"");
    return ExitOk;
}

}  // namespace bp
