// The studio's gradient meter, driven through the real window: a row with a bar per layer once
// an epoch is trained, the core's own numbers, a point of history per epoch, a fresh start on
// Reset, and its picture saved from the context menu.
#include "builtindata.h"
#include "gradientmeterwidget.h"
#include "projectfile.h"
#include "session.h"
#include "studiodriver.h"
#include "studiosettings.h"
#include "theme.h"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QImageReader>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTimer>

using namespace bp;

namespace {

// The rows of picture holding a bar: runs of rows with the meter's bar colour in the left half.
int barRows(const QImage& picture)
{
    const QRgb bar = theme::gradient().rgb();
    int most = 0;
    for (int x = 0; x < picture.width() / 2; ++x) {
        int runs = 0;
        bool inside = false;
        for (int y = 0; y < picture.height(); ++y) {
            const bool hit = (picture.pixel(x, y) & 0xffffff) == (bar & 0xffffff);
            runs += hit && !inside ? 1 : 0;
            inside = hit;
        }
        most = std::max(most, runs);
    }
    return most;
}

// The gradient norms of the deep example after `epochs` epochs, trained by the core alone.
std::vector<Scalar> coreNorms(int epochs)
{
    Session session(ProjectFile::fromJson(*presetText(QStringLiteral("deep")), "deep"), builtinReader());
    session.trainer().run(epochs);
    std::vector<Scalar> norms;
    for (const LayerChange& c : session.trainer().report().layers)
        norms.push_back(c.gradNorm);
    return norms;
}

// Clicks the toolbar button of the window's action bound to keys.
void clickTool(MainWindow& window, const QKeySequence& keys)
{
    QAction* action = studioprobe::actionFor(window, keys);
    for (QToolBar* bar : window.findChildren<QToolBar*>())
        if (QWidget* button = bar->widgetForAction(action))
            QTest::mouseClick(button, Qt::LeftButton);
}

// Shows window and opens the deep example in it; returns its meter, or nullptr when a step failed.
GradientMeterWidget* showDeep(MainWindow& window)
{
    window.resize(1500, 950);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openExample(QStringLiteral("deep")))
        return nullptr;
    return window.findChild<GradientMeterWidget*>();
}

}  // namespace

class TestGradientMeterWidget : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { studiotest::useTestSettings(); }

    void meterFollowsTrainingLayerByLayer()
    {
        MainWindow window;
        auto* meter = showDeep(window);
        QVERIFY(meter && meter->isVisible());
        QTRY_COMPARE(meter->meter().layers(), std::size_t(6));  // five hidden layers and the output
        QCOMPARE(barRows(meter->grab().toImage()), 0);           // nothing trained: no bar yet

        const QKeySequence step(Qt::Key_F10);
        clickTool(window, step);
        QTRY_COMPARE(window.epoch(), 1);
        QTRY_COMPARE(meter->meter().epoch(), 1);
        QCOMPARE(meter->shownLayers().size(), std::size_t(6));
        QTRY_COMPARE(barRows(meter->grab().toImage()), 6);
        const std::vector<Scalar> want = coreNorms(1);
        for (std::size_t i = 0; i < want.size(); ++i) {
            QCOMPARE(meter->meter().latest()[i].gradNorm, want[i]);  // the core's own, bit for bit
            QVERIFY(meter->meter().latest()[i].updateRatio.value_or(0) > 0);
            QCOMPARE(meter->meter().history(i).size(), std::size_t(1));
        }

        clickTool(window, step);
        QTRY_COMPARE(meter->meter().epoch(), 2);
        QCOMPARE(meter->meter().history(0).size(), std::size_t(2));
        QCOMPARE(meter->meter().latest()[5].gradNorm, coreNorms(2)[5]);

        // Reset draws new weights: a new run, whose meter starts with no history.
        const std::uint64_t run = meter->meter().run();
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [] { studioprobe::answerDialog(nullptr, QMessageBox::Discard); });
        answer.start(15);
        clickTool(window, QKeySequence(QStringLiteral("Ctrl+R")));
        QTRY_VERIFY(meter->meter().run() != run);
        QCOMPARE(meter->meter().epoch(), 0);
        QVERIFY(meter->meter().history(0).empty());
        QTRY_COMPARE(barRows(meter->grab().toImage()), 0);
    }

    void savedFromTheContextMenu()
    {
        MainWindow window;
        auto* meter = showDeep(window);
        QVERIFY(meter);
        clickTool(window, QKeySequence(Qt::Key_F10));
        QTRY_COMPARE(meter->meter().epoch(), 1);

        // Right-click, "Save picture…", a file name typed into the dialog: the PNG is written.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("meter.png"));
        bool chose = false, named = false;
        QTimer driver;
        connect(&driver, &QTimer::timeout, this, [&] {
            if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget()); menu && !chose) {
                chose = true;  // clicked from outside this slot: a timer stays still while its slot runs the dialog
                QTimer::singleShot(0, menu, [menu, meter] { studiodriver::clickInMenu(menu, meter->savePictureAction()); });
            } else if (auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget()); dialog && !named) {
                named = true;
                auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
                if (!name) {  // the file then never appears, and the wait for it fails
                    static_cast<QDialog*>(dialog)->reject();
                    return;
                }
                // Set at once: typed a key at a time, a slow run may open the name completer's
                // pop-up, which then takes the Return and leaves the dialog open.
                name->setText(path);
                QTest::keyClick(name, Qt::Key_Return);
            }
        });
        driver.start(20);
        const QPoint at(meter->width() / 2, meter->height() / 2);
        QContextMenuEvent click(QContextMenuEvent::Mouse, at, meter->mapToGlobal(at));
        QApplication::sendEvent(meter, &click);
        QTRY_VERIFY(chose && named);
        QTRY_VERIFY(QFile::exists(path));
        driver.stop();

        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage picture = reader.read();
        QCOMPARE(picture.size(), GradientMeterPainter::exportSize);
        QCOMPARE(barRows(picture), 6);
        if (qEnvironmentVariableIsSet("METER_PNG"))
            picture.save(qEnvironmentVariable("METER_PNG"));

        QString error;
        QVERIFY(!meter->savePng(dir.filePath(QStringLiteral("no/such/folder/m.png")), &error));
        QVERIFY2(error.contains(QStringLiteral("no/such/folder")), qPrintable(error));
    }
};

QTEST_MAIN(TestGradientMeterWidget)
#include "test_gradientmeterwidget.moc"
