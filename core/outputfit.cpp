#include "outputfit.h"

#include "dataset.h"
#include "networkspec.h"

namespace bp {

Task taskOf(const Dataset& data)
{
    Task task;
    task.outputs = int(data.targets());
    task.classification = data.isClassification();
    if (data.Y.size() > 0) {
        task.low = data.Y.minCoeff();
        task.high = data.Y.maxCoeff();
    }
    return task;
}

OutputChoice suitedOutput(int outputs, bool classification)
{
    if (!classification)
        return {Activation::Linear, Loss::MSE};
    return outputs >= 2 ? OutputChoice{Activation::Softmax, Loss::CategoricalCrossEntropy}
                        : OutputChoice{Activation::Sigmoid, Loss::BinaryCrossEntropy};
}

bool suitsTask(OutputChoice choice, const Task& task)
{
    const Activation f = choice.activation;
    const Loss loss = choice.loss;
    if (task.classification) {
        if (task.outputs < 2)
            return f == Activation::Sigmoid && loss != Loss::CategoricalCrossEntropy;
        return f == Activation::Softmax && loss != Loss::BinaryCrossEntropy;
    }
    // Values: a loss that measures distance, and outputs whose range holds every target.
    if (loss == Loss::BinaryCrossEntropy || loss == Loss::CategoricalCrossEntropy)
        return false;
    switch (f) {
    case Activation::Softmax:
        return false;
    case Activation::Sigmoid:
        return task.low >= 0 && task.high <= 1;
    case Activation::Tanh:
        return task.low >= -1 && task.high <= 1;
    case Activation::ReLU:
        return task.low >= 0;
    case Activation::Linear:
    case Activation::LeakyReLU:
        return true;
    }
    return true;
}

bool fitOutputToTask(NetworkSpec& spec, Loss& loss, const Task& task)
{
    if (spec.layers.empty() || suitsTask({spec.layers.back().activation, loss}, task))
        return false;
    const OutputChoice suited = suitedOutput(task.outputs, task.classification);
    spec.layers.back().activation = suited.activation;
    loss = suited.loss;
    return true;
}

}  // namespace bp
