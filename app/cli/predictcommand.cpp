#include "builtindata.h"
#include "clierror.h"
#include "cliparse.h"
#include "commands.h"
#include "csvtable.h"
#include "designlimits.h"
#include "inputerror.h"
#include "projectfile.h"
#include "quotedexcerpt.h"
#include "rawarguments.h"
#include "regularfile.h"
#include "session.h"

#include <QCommandLineParser>

#include <cmath>
#include <cstdio>
#include <memory>
#include <sstream>

namespace bp {

namespace {
// Reads a CSV of feature columns only (header optional, cells separated as the project's CSV
// options say) into inputs × samples.
Matrix readInputs(const std::string& path, Index inputs, Delimiter delimiter)
{
    const CsvTable table = [&] {  // the file's text is let go once its cells are packed
        const std::string text = readRegularFile(path, limits::maxCsvBytes, "a CSV file");
        return readCsvTable(std::string_view(text), path, delimiter, HeaderMode::Auto);
    }();
    if (table.rows() == 0)
        throw InputError(path, "no data rows");
    if (table.columns() != inputs)
        throw InputError(path, table.line(0), 0, {},
                         "the network takes " + std::to_string(inputs) + " inputs, the file has "
                             + std::to_string(table.columns()) + " columns");
    Matrix X(inputs, Index(table.rows()));
    for (std::size_t j = 0; j < table.rows(); ++j)
        for (Index i = 0; i < inputs; ++i) {
            const std::string_view cell = table.cell(j, std::size_t(i));
            const auto v = parseCsvNumber(cell);
            if (!v || !std::isfinite(*v))
                throw InputError(path, table.line(j), int(i) + 1, {},
                                 (v ? "too large for a float: " : "not a number: ") + quotedExcerpt(cell));
            X(i, Index(j)) = Scalar(*v);
        }
    return X;
}
}  // namespace

int predictCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription("Print a trained project's predictions, one CSV row per sample.");
    parser.addHelpOption();
    parser.addOption({"load", "The trained project.", "project"});
    parser.addOption({"input", "A CSV of raw inputs, one feature column each, as in the training file; they are scaled as "
                               "the training data was (default: the project's data, which a project saved by an older version needs "
                               "for --input too).", "file.csv"});
    parseArguments(parser, arguments);
    if (!parser.isSet("load"))
        throw UsageError("predict: --load PROJECT is required");
    const std::string path = RawArguments::path(parser, "load");
    const Project project = ProjectFile::load(path);
    if (!project.trained())
        throw InputError(path, "the project has no trained weights");
    // New rows need only the project when it saved its data's columns (names and scaling);
    // the project's own data, or an older project, needs the data too.
    const bool alone = parser.isSet("input") && !project.columns.empty();
    std::unique_ptr<Session> session;
    if (!alone) {
        try {
            session = std::make_unique<Session>(project, builtinReader());
        } catch (const InputError& e) {
            throw e.in(path);
        }
    }
    std::unique_ptr<Network> own = alone ? std::make_unique<Network>(project.network) : nullptr;
    if (own)
        ProjectFile::applyWeights(project, *own);
    const Dataset columns = alone ? project.columns.withoutSamples() : Dataset{};
    const Dataset& data = session ? session->data() : columns;
    const Network& net = session ? session->network() : *own;
    // Features print as in the file; the network sees them scaled as its training data was.
    const Matrix raw = parser.isSet("input") ? readInputs(RawArguments::path(parser, "input"), data.features(),
                                                 project.data.csv.delimiter)
                                             : data.unscaled(data.X);
    const Matrix X = parser.isSet("input") ? data.scaled(raw) : data.X;
    const Matrix P = net.predict(X);

    for (const auto& name : data.featureNames)
        std::printf("%s,", name.c_str());
    for (std::size_t k = 0; k < data.targetNames.size(); ++k)
        std::printf("%s%s", k ? "," : "", ("predicted " + data.targetNames[k]).c_str());
    std::printf(data.isClassification() ? ",class\n" : "\n");
    for (Index j = 0; j < X.cols(); ++j) {
        for (Index i = 0; i < X.rows(); ++i)
            std::printf("%g,", double(raw(i, j)));
        for (Index k = 0; k < P.rows(); ++k)
            std::printf("%s%g", k ? "," : "", double(P(k, j)));
        if (data.isClassification()) {
            Index best = 0;
            if (P.rows() == 1)
                best = P(0, j) >= 0.5f ? 1 : 0;
            else
                P.col(j).maxCoeff(&best);
            std::printf(",%s", data.classNames[std::size_t(best)].c_str());
        }
        std::printf("\n");
    }
    return ExitOk;
}

}  // namespace bp
