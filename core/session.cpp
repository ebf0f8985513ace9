#include "session.h"

#include "inputerror.h"
#include "outputfit.h"
#include "projectfile.h"
#include "trainingmemory.h"

#include <sstream>

namespace bp {

Session::Session(Project project, const BuiltinReader& builtins, bool fitOutput)
    : project_(std::move(project)), data_(loadDataSource(project_.data, builtins)),
      net_(fitted(project_, data_, fitOutput))
{
    project_.network = net_.spec();
    std::tie(train_, validation_) = splitDataset(data_, project_.training.validationSplit, project_.training.seed);
    if (train_.samples() == 0) {
        std::ostringstream split;
        split << project_.training.validationSplit;
        throw InputError({}, 0, 0, "training.validationSplit",
                         "a validation split of " + split.str() + " holds out all " + std::to_string(data_.samples())
                             + " samples and leaves none to train on; use a smaller split");
    }
    if (project_.trained()) {
        ProjectFile::applyWeights(project_, net_);
        trainer_ = std::make_unique<Trainer>(net_, train_, validation_, project_.training);
        trainer_->restoreHistory(project_.history);
        trainer_->restoreOptimizer(project_.optimizerState);
    } else {
        reset();
    }
}

Session::~Session() = default;

NetworkSpec Session::fitted(Project& project, const Dataset& data, bool fitOutput)
{
    const std::string dataName = project.data.path.empty() ? project.data.name : project.data.path;
    if (data.samples() == 0)
        throw InputError(dataName, "the dataset is empty");
    NetworkSpec spec = project.network;
    if (spec.layers.empty())
        throw InputError({}, 0, 0, "network.layers", "the network needs an output layer");
    const int inputs = int(data.features());
    const int outputs = int(data.targets());
    if (project.trained() && (spec.inputs != inputs || spec.outputs() != outputs))
        throw InputError({}, 0, 0, "network",
                         "the trained network maps " + std::to_string(spec.inputs) + " inputs to "
                             + std::to_string(spec.outputs()) + " outputs, but the dataset " + dataName + " has "
                             + std::to_string(inputs) + " features and " + std::to_string(outputs) + " targets");
    // The data decides the widths at both ends; the design decides everything in between.
    spec.inputs = inputs;
    spec.layers.back().neurons = outputs;
    if (fitOutput && !project.trained())
        fitOutputToTask(spec, project.training.loss, taskOf(data));
    if (auto problem = checkSpec(spec, project.training.loss))
        throw InputError({}, 0, 0, problem->field == "loss" ? "training.loss" : "network." + problem->field,
                         problem->message);
    // Before the network, its trainer or the split take a byte: what they all will take, with the data as it is.
    if (auto problem = checkTrainingMemory(spec, project.training, data.samples()))
        throw InputError({}, 0, 0, problem->field, problem->message);
    return spec;
}

bool Session::dataAtFault(const InputError& error)
{
    for (const char* design : {"network", "training", "weights"})
        if (error.field.starts_with(design))
            return false;
    return true;
}

void Session::reset()
{
    trainer_.reset();
    net_.initialise(project_.training.seed);
    trainer_ = std::make_unique<Trainer>(net_, train_, validation_, project_.training);
}

Project Session::project() const
{
    Project p = project_;
    p.training.optimizer = trainer_->optimizerConfig();
    ProjectFile::storeWeights(p, net_);
    p.history = trainer_->history();
    p.optimizerState = trainer_->optimizerState();
    p.columns = DataColumns::of(data_);
    return p;
}

}  // namespace bp
