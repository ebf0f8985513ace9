#include "builtindata.h"

#include <QDir>
#include <QFile>

namespace bp {

namespace {
std::optional<std::string> readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), std::size_t(bytes.size()));
}
}  // namespace

BuiltinReader builtinReader()
{
    return [](const std::string& name) {
        return readResource(QStringLiteral(":/datasets/%1.csv").arg(QString::fromStdString(name)));
    };
}

QStringList presetNames()
{
    QStringList names;
    for (const QString& file : QDir(QStringLiteral(":/presets")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        names << file.chopped(5);
    // The two headline examples lead, as in File → Examples.
    for (const QString& first : {QStringLiteral("autoencoder"), QStringLiteral("deep")})
        if (names.removeOne(first))
            names.prepend(first);
    return names;
}

std::optional<std::string> presetText(const QString& name) { return readResource(presetPath(name)); }

QString presetPath(const QString& name) { return QStringLiteral(":/presets/%1.json").arg(name); }

}  // namespace bp
