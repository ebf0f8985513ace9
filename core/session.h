#pragma once
// A project brought to life: its data loaded and split, its network built, and a trainer ready.
#include "datasource.h"
#include "network.h"
#include "project.h"
#include "trainer.h"

#include <memory>

namespace bp {

class InputError;

class Session {
public:
    /// Loads the project's data, fits the network's input and output widths to it, splits off
    /// the validation set and builds the network — with the project's weights if it has them,
    /// else drawn from the seed. Throws InputError (file, line, field) on anything it cannot use,
    /// a validation split that leaves no sample to train on among them.
    /// With fitOutput an untrained project's output activation and loss become the pair that
    /// suits the data when theirs do not (see fitOutputToTask): the data was switched under them.
    Session(Project project, const BuiltinReader& builtins, bool fitOutput = false);
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    /// Draws fresh weights from the seed and forgets the history: training starts over as a new
    /// run (a new Trainer::runId). A session begins with a run of its own, too.
    void reset();

    /// True when error, as the constructor throws it, blames the data source; false when it
    /// blames the network, the training settings or the weights, whose errors name their field.
    static bool dataAtFault(const InputError& error);

    /// Returns the project with the network's current weights, the history so far, the
    /// optimizer's settings and state as they are now (the learning rate may have changed) and
    /// the data's columns (names and scaling).
    Project project() const;

    /// Returns the loss the network is trained with.
    Loss loss() const { return project_.training.loss; }

    /// Returns the whole dataset, as loaded and scaled.
    const Dataset& data() const { return data_; }
    /// Returns the samples trained on: the data less the validation set.
    const Dataset& trainSet() const { return train_; }
    /// Returns the samples held out for validation; empty when there are none.
    const Dataset& validationSet() const { return validation_; }
    /// Returns the network being trained.
    Network& network() { return net_; }
    /// Returns the network being trained.
    const Network& network() const { return net_; }
    /// Returns the trainer of the current run; reset() replaces it.
    Trainer& trainer() { return *trainer_; }
    /// Returns the trainer of the current run; reset() replaces it.
    const Trainer& trainer() const { return *trainer_; }

private:
    static NetworkSpec fitted(Project& project, const Dataset& data, bool fitOutput);

    Project project_;  // as loaded, its network fitted to the data; weights and history are current only in project()
    Dataset data_, train_, validation_;
    Network net_;
    std::unique_ptr<Trainer> trainer_;
};

}  // namespace bp
