#include "defaultproject.h"

namespace bp {

// The struct defaults are what a field reads as when a project file leaves it out; this is the
// design a person starts from. Only the choices that differ from the struct defaults are set here.
Project defaultProject()
{
    Project p;
    p.data.kind = DataSource::Kind::Generator;
    p.data.name = "xor";
    p.data.samples = 200;
    p.data.noise = 0.05;
    p.network.inputs = 2;
    p.network.layers = {{4, Activation::Tanh}, {4, Activation::Tanh}, {1, Activation::Sigmoid}};
    p.training.loss = Loss::SumSquares;
    p.training.optimizer.kind = OptimizerKind::Adam;
    p.training.optimizer.learningRate = 0.05f;
    p.training.epochs = 500;
    p.training.batchSize = 0;
    return p;
}

}  // namespace bp
