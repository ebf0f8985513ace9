// The sigmoid is accurate in both tails: relative error within a few float roundings of long
// double's 1/(1 + e^−z) for z across [−80, 80], and no NaN or overflow far beyond.
#include "activation.h"

#include <QTest>

#include <cmath>

using namespace bp;

class TestSigmoid : public QObject {
    Q_OBJECT
private slots:
    void relativeErrorIsSmallAcrossBothTails()
    {
        const int n = 16001;  // z = −80, −79.99, …, 80
        Matrix Z(1, n);
        for (int i = 0; i < n; ++i)
            Z(0, i) = -80.0f + 0.01f * float(i);
        Matrix A = Z;
        activate(Activation::Sigmoid, A, 0.0f);
        long double worst = 0;
        float worstZ = 0;
        for (int i = 0; i < n; ++i) {
            const long double exact = 1.0L / (1.0L + std::exp(-(long double)Z(0, i)));
            const long double error = std::fabs((long double)A(0, i) - exact) / exact;
            if (error > worst) {
                worst = error;
                worstZ = Z(0, i);
            }
        }
        // About 2 float roundings (2.7e-7 at worst, near −80); ½·tanh(z/2)+½ was 100% off below −16.
        QVERIFY2(worst < 5e-7L, qPrintable(QString("relative error %1 at z = %2").arg(double(worst)).arg(worstZ)));
    }

    void farBeyondStaysFiniteAndInRange()
    {
        // Enough columns that the vectorised path, not only the scalar remainder, sees each value.
        const float inf = std::numeric_limits<float>::infinity();
        const float z[] = {-1e4f, -1e30f, -inf, -100.0f, 1e4f, 1e30f, inf, 100.0f};
        Matrix A(8, 64);
        for (Index j = 0; j < A.cols(); ++j)
            for (Index i = 0; i < 8; ++i)
                A(i, j) = z[i];
        activate(Activation::Sigmoid, A, 0.0f);
        for (Index j = 0; j < A.cols(); ++j)
            for (Index i = 0; i < 8; ++i) {
                const float a = A(i, j);
                // e^−100 and below are under float's smallest normal: 0 or a denormal, never NaN.
                QVERIFY2(i < 4 ? a >= 0.0f && a < 1e-37f : a == 1.0f, qPrintable(QString("σ(%1) = %2").arg(z[i]).arg(a)));
            }
    }

    void theMiddleIsExact()
    {
        Matrix A(1, 1);
        A << 0.0f;
        activate(Activation::Sigmoid, A, 0.0f);
        QCOMPARE(A(0, 0), 0.5f);
    }
};

QTEST_GUILESS_MAIN(TestSigmoid)
#include "test_sigmoid.moc"
