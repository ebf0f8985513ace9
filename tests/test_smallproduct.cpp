// The fixed-size kernels of small layers against Eigen's own products, for every shape they cover.
#include "random.h"
#include "smallproduct.h"

#include <QTest>

using namespace bp;

namespace {

Matrix randomMatrix(Index rows, Index cols, Random& r)
{
    Matrix m(rows, cols);
    for (Index k = 0; k < m.size(); ++k)
        m(k) = r.uniform(-1.0f, 1.0f);
    return m;
}

// Each sum here has at most 8 terms of size ≤ 1, so float rounding stays far below this.
bool close(const Matrix& got, const Matrix& want)
{
    return got.rows() == want.rows() && got.cols() == want.cols()
        && (got.size() == 0 || (got - want).cwiseAbs().maxCoeff() <= 1e-5f);
}

}  // namespace

class TestSmallProduct : public QObject {
    Q_OBJECT
private slots:
    void onlySmallLayersQualify()
    {
        QVERIFY(isSmallLayer(1, 1));
        QVERIFY(isSmallLayer(8, 8));
        QVERIFY(!isSmallLayer(9, 2));
        QVERIFY(!isSmallLayer(2, 9));
        QVERIFY(!isSmallLayer(0, 4));
    }

    void everyShapeMatchesEigen()
    {
        Random r(11);
        int shapes = 0;
        for (Index out = 1; out <= 8; ++out)
            for (Index in = 1; in <= 8; ++in)
                for (Index B : {0, 1, 5}) {
                    // θ-like storage: W then b in one array, as a Network keeps them.
                    Vector theta = randomMatrix(out * in + out, 1, r);
                    Eigen::Map<Matrix> W(theta.data(), out, in);
                    Eigen::Map<Vector> b(theta.data() + out * in, out);
                    // X as a view with a column stride larger than its height, as a block of rows would be.
                    const Matrix big = randomMatrix(in + 3, B, r);
                    const MatrixView X = big.topRows(in);
                    const Matrix G = randomMatrix(out, B, r);
                    const QString shape = QString("%1 × %2, B = %3").arg(out).arg(in).arg(B);

                    Matrix Z;
                    smallAffine(W, b, X, Z);
                    QVERIFY2(close(Z, (W * X).colwise() + b), qPrintable("W·X + b, " + shape));

                    Matrix dX;
                    smallTransposedProduct(W, G, dX);
                    QVERIFY2(close(dX, W.transpose() * G), qPrintable("Wᵀ·G, " + shape));

                    Vector gradTheta = Vector::Constant(theta.size(), std::nanf(""));  // β = 0 must not read it
                    Eigen::Map<Matrix> dW(gradTheta.data(), out, in);
                    Eigen::Map<Vector> db(gradTheta.data() + out * in, out);
                    smallOuterProduct(1, G, X, 0, dW, db);
                    QVERIFY2(close(dW, G * X.transpose()) && close(db, G.rowwise().sum()), qPrintable("G·Xᵀ, " + shape));

                    const Matrix W0 = W;
                    const Vector b0 = b;
                    smallOuterProduct(-0.5f, G, X, 1, W, b);
                    QVERIFY2(close(W, W0 - 0.5f * G * X.transpose()) && close(b, b0 - 0.5f * G.rowwise().sum()),
                             qPrintable("descent step, " + shape));
                    ++shapes;
                }
        QCOMPARE(shapes, 192);
    }
};

QTEST_APPLESS_MAIN(TestSmallProduct)
#include "test_smallproduct.moc"
