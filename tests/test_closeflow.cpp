// Closing the studio with weights trained since the last save asks first: Cancel keeps the window
// and the work, Discard closes and leaves the file as it was, Save writes the file and then closes.
// The question is answered with a click on its button; the close comes from the Quit key. A new
// run trained to the saved epoch is new work too.
#include "mainwindow.h"
#include "projectfile.h"
#include "studiodriver.h"
#include "studiosettings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace bp;

namespace {

// Waits (up to 10 s, and no longer than owner lives) for a question box, remembers its text in
// *text and clicks its button `answer`.
void answerNextQuestion(QWidget* owner, QMessageBox::StandardButton answer, QString* text)
{
    auto* poll = new QTimer(owner);
    QObject::connect(poll, &QTimer::timeout, [poll, answer, text, waited = 0]() mutable {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box && ++waited < 500)
            return;
        poll->stop();
        poll->deleteLater();
        if (!box)
            return;
        *text = box->text();
        QTest::mouseClick(box->button(answer), Qt::LeftButton);
    });
    poll->start(20);
}

int savedEpochs(const QString& path) { return int(ProjectFile::load(path.toStdString()).history.size()); }

}  // namespace

class TestCloseFlow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { studiotest::useTestSettings(); }

    void init()
    {
        QVERIFY(dir_.isValid());
        path_ = dir_.filePath(QStringLiteral("xor.json"));
        window_ = new MainWindow;
        window_->setAttribute(Qt::WA_DeleteOnClose, false);
        window_->show();
        QVERIFY(QTest::qWaitForWindowActive(window_));
        QVERIFY(window_->openExample(QStringLiteral("xor")));
        QSignalSpy saved(window_, &MainWindow::saved);
        window_->saveTo(path_);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(savedEpochs(path_), 0);
        // Train a few epochs: now the window holds work the file does not.
        clickTrain();
        QTRY_VERIFY_WITH_TIMEOUT(window_->epoch() >= 5, 20000);
        clickTrain();
        QTRY_COMPARE(window_->state(), TrainingWorker::State::Paused);
        trained_ = window_->epoch();
        QVERIFY(trained_ >= 5);
    }

    void cleanup() { delete window_; }

    void cancelKeepsTheWindowAndTheWork()
    {
        QString asked;
        answerNextQuestion(window_, QMessageBox::Cancel, &asked);
        QTest::keyClick(window_, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!asked.isEmpty());
        QVERIFY2(asked.contains(QString::number(trained_)), qPrintable(asked));
        QTest::qWait(200);
        QVERIFY(window_->isVisible());
        QCOMPARE(window_->epoch(), trained_);
        QVERIFY(window_->windowTitle().contains('*'));
        QCOMPARE(savedEpochs(path_), 0);
        // The work is still there: training goes on from it.
        clickTrain();
        QTRY_VERIFY_WITH_TIMEOUT(window_->epoch() > trained_, 20000);
        clickTrain();
        QTRY_COMPARE(window_->state(), TrainingWorker::State::Paused);
    }

    void discardClosesAndLeavesTheFile()
    {
        QString asked;
        answerNextQuestion(window_, QMessageBox::Discard, &asked);
        QTest::keyClick(window_, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!window_->isVisible());
        QVERIFY(!asked.isEmpty());
        QCOMPARE(savedEpochs(path_), 0);
    }

    void saveWritesThenCloses()
    {
        QString asked;
        QSignalSpy saved(window_, &MainWindow::saved);
        answerNextQuestion(window_, QMessageBox::Save, &asked);
        QTest::keyClick(window_, Qt::Key_Q, Qt::ControlModifier);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().toString(), path_);
        QTRY_VERIFY(!window_->isVisible());
        QCOMPARE(savedEpochs(path_), trained_);
    }

    void nothingNewClosesWithoutAsking()
    {
        QSignalSpy saved(window_, &MainWindow::saved);
        QTest::keyClick(window_, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(saved.count(), 1);
        QString asked;
        answerNextQuestion(window_, QMessageBox::Cancel, &asked);
        QTest::keyClick(window_, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!window_->isVisible());
        QTest::qWait(300);
        QVERIFY2(asked.isEmpty(), qPrintable(asked));
        QCOMPARE(savedEpochs(path_), trained_);
    }

    void aNewRunToTheSavedEpochStillAsks()
    {
        // Saved at trained_ epochs; Reset, then step a new run to the very same epoch.
        QSignalSpy saved(window_, &MainWindow::saved);
        QTest::keyClick(window_, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(saved.count(), 1);
        QTest::keyClick(window_, Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE(window_->epoch(), 0);
        for (int k = 1; k <= trained_; ++k) {
            QTest::keyClick(window_, Qt::Key_F10);
            QTRY_COMPARE(window_->epoch(), k);
        }
        QVERIFY(window_->windowTitle().contains('*'));
        QString asked;
        answerNextQuestion(window_, QMessageBox::Cancel, &asked);
        QTest::keyClick(window_, Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!asked.isEmpty());
        QVERIFY(window_->isVisible());
    }

private:
    // Clicks the toolbar's Train/Pause button.
    void clickTrain()
    {
        QToolButton* button = studiodriver::trainButton(*window_);
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    QTemporaryDir dir_;
    QString path_;
    MainWindow* window_ = nullptr;
    int trained_ = 0;
};

QTEST_MAIN(TestCloseFlow)
#include "test_closeflow.moc"
