#include "plainloop.h"

namespace bp {

namespace {
void forwardActivation(Activation f, Matrix& A)  // A holds Z on entry and f(Z) on exit
{
    switch (f) {
    case Activation::Sigmoid: activate(f, A, 0.0f); break;  // the core's element-wise σ, for the same roundings
    case Activation::Tanh: A = A.array().tanh().matrix(); break;
    case Activation::ReLU: A = A.cwiseMax(0.0f); break;
    case Activation::Softmax:
        A = (A.rowwise() - A.colwise().maxCoeff()).array().exp().matrix();
        A.array().rowwise() /= A.colwise().sum().array();
        break;
    default: break;
    }
}

void backwardActivation(Activation f, const Matrix& A, Matrix& delta)  // delta ← delta ⊙ f'(A)
{
    switch (f) {
    case Activation::Sigmoid: delta.array() *= A.array() * (1.0f - A.array()); break;
    case Activation::Tanh: delta.array() *= 1.0f - A.array().square(); break;
    case Activation::ReLU: delta = (A.array() > 0.0f).select(delta, 0.0f); break;
    default: break;
    }
}
}  // namespace

PlainLoop::PlainLoop(const NetworkSpec& spec, std::vector<Matrix> W, std::vector<Vector> b)
    : spec_(spec), W_(std::move(W)), b_(std::move(b))
{
}

void PlainLoop::train(const Dataset& data, const TrainConfig& config)
{
    const std::size_t L = W_.size();
    const Index N = data.samples();
    const Index B = config.batchSize <= 0 ? N : config.batchSize;
    const Scalar eta = config.optimizer.learningRate;
    std::vector<Matrix> A(L + 1);
    Matrix delta, below;
    for (int epoch = 0; epoch < config.epochs; ++epoch) {
        for (Index start = 0; start < N; start += B) {
            const Index n = std::min(B, N - start);
            A[0] = data.X.middleCols(start, n);
            for (std::size_t l = 0; l < L; ++l) {
                A[l + 1].noalias() = W_[l] * A[l];
                A[l + 1].colwise() += b_[l];
                forwardActivation(spec_.layers[l].activation, A[l + 1]);
            }
            // sse: δ = (p − y)/n ⊙ f'(z);  softmax + cce: δ = (p − y)/n
            delta = (A[L] - data.Y.middleCols(start, n)) / Scalar(n);
            if (spec_.layers.back().activation != Activation::Softmax)
                backwardActivation(spec_.layers.back().activation, A[L], delta);
            for (std::size_t l = L; l-- > 0;) {
                if (l > 0) {
                    below.noalias() = W_[l].transpose() * delta;
                    backwardActivation(spec_.layers[l - 1].activation, A[l], below);
                }
                W_[l].noalias() -= eta * delta * A[l].transpose();
                b_[l].noalias() -= eta * delta.rowwise().sum();
                if (l > 0)
                    std::swap(delta, below);
            }
        }
    }
}

}  // namespace bp
