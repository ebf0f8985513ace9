#pragma once
// The output activation and loss that suit what a dataset asks: two classes, several classes or
// values. The studio uses them when a person switches the data, and for the designer's quick-fix.
#include "activation.h"
#include "loss.h"
#include "tensor.h"

namespace bp {

struct Dataset;
struct NetworkSpec;

/// What a dataset asks the network to predict.
struct Task {
    int outputs = 1;            // targets per sample: one per class or value; one 0/1 row for two generated classes
    bool classification = true;
    Scalar low = 0, high = 1;   // the smallest and the largest target value
};

/// An output layer's activation together with the loss it is trained with.
struct OutputChoice {
    Activation activation = Activation::Sigmoid;
    Loss loss = Loss::BinaryCrossEntropy;
    bool operator==(const OutputChoice&) const = default;
};

/// Returns the task data poses.
Task taskOf(const Dataset& data);

/// Returns the pair made for the task: sigmoid + binary cross-entropy for classes in one output,
/// softmax + categorical cross-entropy for classes in two or more, linear + mean squared error for values.
OutputChoice suitedOutput(int outputs, bool classification);

/// True when choice can learn task: for classes, sigmoid on one output and softmax on two or more
/// (any loss but cce on sigmoid and bce on softmax), and for values a distance loss with outputs
/// able to reach every target.
bool suitsTask(OutputChoice choice, const Task& task);

/// Gives spec's output layer and loss the suitedOutput pair when theirs do not suit task; returns
/// true if it changed them. spec's widths are left alone.
bool fitOutputToTask(NetworkSpec& spec, Loss& loss, const Task& task);

}  // namespace bp
