#pragma once
// Keeps a studio test out of the user's settings: every QSettings and every standard folder the
// studio touches (the speed, recent files, window layout, a dialog's last folder) lands in a
// folder of this process that goes away when it ends.
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace studiotest {

/// Points QSettings and QStandardPaths at a fresh folder of this test process; call in
/// initTestCase, before any widget reads or writes a setting.
inline void useTestSettings()
{
    static const QTemporaryDir folder;
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Backprop Studio Tests"));
    for (QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
        for (QSettings::Scope scope : {QSettings::UserScope, QSettings::SystemScope})
            QSettings::setPath(format, scope, folder.path());
}

}  // namespace studiotest
