// The confusion matrix in the real studio: the iris example trained with a click on Train shows
// its matrix with the iris class names, the same counts the core gives for the saved weights,
// Training and Validation switched by a click, a picture that paints green on the diagonal, and
// the "for classifiers" message for the autoencoder.
#include "studiodriver.h"
#include "studiosettings.h"

#include "builtindata.h"
#include "confusionmatrixwidget.h"
#include "exportcontroller.h"
#include "projectfile.h"
#include "session.h"
#include "theme.h"

#include <QDockWidget>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>

using namespace bp;
using namespace studiodriver;

namespace {

// Clicks the dock tab titled title in window's tab bars; false when there is none.
bool clickTab(QMainWindow& window, const QString& title)
{
    for (QTabBar* bar : window.findChildren<QTabBar*>())
        for (int i = 0; i < bar->count(); ++i)
            if (bar->tabText(i) == title && bar->isVisible()) {
                QTest::mouseClick(bar, Qt::LeftButton, Qt::NoModifier, bar->tabRect(i).center());
                return true;
            }
    return false;
}

// Returns how many pixels of image are within a small distance of colour.
int pixelsNear(const QImage& image, const QColor& colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                     std::abs(c.blue() - colour.blue()) < 40;
        }
    return n;
}

// Shows window and opens the iris example; returns the confusion view once it shows iris's
// three classes, or nullptr.
ConfusionMatrixWidget* showIris(MainWindow& window)
{
    window.resize(1500, 950);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openExample(QStringLiteral("iris")))
        return nullptr;
    auto* view = window.findChild<ConfusionMatrixWidget*>();
    if (!view || !QTest::qWaitFor([view] { return view->shown().classes() == 3; }, 5000))
        return nullptr;
    return view;
}

// Saves a picture where BACKPROP_SHOTS names a folder, for a person to look at.
void keep(const QImage& image, const QString& name)
{
    if (const QByteArray folder = qgetenv("BACKPROP_SHOTS"); !folder.isEmpty())
        image.save(QString::fromLocal8Bit(folder) + QLatin1Char('/') + name);
}

}  // namespace

class TestConfusionView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { studiotest::useTestSettings(); }

    void irisTrainedShowsTheCoresMatrixWithItsClassNames()
    {
        MainWindow window;
        ConfusionMatrixWidget* view = showIris(window);
        QVERIFY(view);
        QCOMPARE(view->painter().className(0), QStringLiteral("setosa"));
        QCOMPARE(view->painter().className(2), QStringLiteral("virginica"));

        chooseSpeed(window, QStringLiteral("As fast"));
        QToolButton* train = trainButton(window);
        QVERIFY(train);
        QTest::mouseClick(train, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.state() == TrainingWorker::State::Finished, 30000);
        QVERIFY(clickTab(window, QStringLiteral("Confusion matrix")));
        QTRY_VERIFY(view->isVisible());

        // The weights as trained, saved and read back, give the core's own matrices.
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("iris.json"));
        QSignalSpy saved(&window, &MainWindow::saved);
        window.saveTo(path);
        QTRY_COMPARE(saved.size(), 1);
        Session session(ProjectFile::load(path.toStdString()), builtinReader());
        const ConfusionMatrix training = ConfusionMatrix::of(session.network(), session.trainSet());
        const ConfusionMatrix validation = ConfusionMatrix::of(session.network(), session.validationSet());
        QCOMPARE(view->samples(), ConfusionMatrixWidget::Samples::Training);
        QTRY_VERIFY(view->shown() == training);
        QCOMPARE(view->shown().total(), Index(120));
        keep(window.grab().toImage(), QStringLiteral("confusion-studio.png"));
        QVERIFY2(training.accuracy() > 0.9f, "iris trains to over 90 %");

        const QImage trainingShot = view->grab().toImage();
        keep(trainingShot, QStringLiteral("confusion-training.png"));
        QVERIFY2(pixelsNear(trainingShot, theme::increase()) > 2000, "the diagonal's cells are deep green");

        QTest::mouseClick(view->switchButton(true), Qt::LeftButton);
        QCOMPARE(view->samples(), ConfusionMatrixWidget::Samples::Validation);
        QVERIFY(view->shown() == validation);
        QCOMPARE(view->shown().total(), Index(30));
        QVERIFY(view->grab().toImage() != trainingShot);
        keep(view->grab().toImage(), QStringLiteral("confusion-validation.png"));

        // Saved as a picture through the export path: the matrix shown, at the export size.
        auto* exports = window.findChild<ExportController*>();
        QVERIFY(exports);
        const QString png = folder.filePath(QStringLiteral("confusion.png"));
        QString error;
        QVERIFY2(exports->exportConfusionTo(png, &error), qPrintable(error));
        const QImage picture(png);
        QCOMPARE(picture.size(), ConfusionMatrixPainter::exportSize);
        QVERIFY(pixelsNear(picture, theme::increase()) > 2000);
        keep(picture, QStringLiteral("confusion-export.png"));
        QVERIFY(!exports->exportConfusionTo(folder.filePath(QStringLiteral("confusion.svg")), &error));
        QVERIFY2(error.contains(QStringLiteral(".png only")), qPrintable(error));

        QTest::mouseClick(view->switchButton(false), Qt::LeftButton);
        QCOMPARE(view->samples(), ConfusionMatrixWidget::Samples::Training);
        QVERIFY(view->shown() == training);
    }

    void theAutoencoderIsToldItIsForClassifiers()
    {
        MainWindow window;
        ConfusionMatrixWidget* view = showIris(window);
        QVERIFY(view);
        QVERIFY(window.openExample(QStringLiteral("autoencoder")));
        QTRY_COMPARE(view->shown().classes(), 0);
        QVERIFY(!view->switchButton(false)->isEnabled());
        QVERIFY(!view->switchButton(true)->isEnabled());
        QAction* exportAction = nullptr;
        for (QAction* a : window.findChildren<QAction*>())
            if (a->text().contains(QStringLiteral("Confusion Matrix")))
                exportAction = a;
        QVERIFY(exportAction);
        QVERIFY(!exportAction->isEnabled());
        QVERIFY(clickTab(window, QStringLiteral("Confusion matrix")));
        QTRY_VERIFY(view->isVisible());
        const QImage shot = view->grab().toImage();
        keep(shot, QStringLiteral("confusion-autoencoder.png"));
        QCOMPARE(pixelsNear(shot, theme::increase()), 0);
    }
};

QTEST_MAIN(TestConfusionView)
#include "test_confusionview.moc"
