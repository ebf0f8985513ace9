#include "theme.h"

#include <QLabel>
#include <QStyle>

#include <array>

namespace bp::theme {

QColor increase() { return QColor(0x1f, 0xa8, 0x4a); }
QColor decrease() { return QColor(0xd9, 0x3a, 0x3a); }
QColor positive() { return QColor(0x2f, 0x6f, 0xd6); }
QColor negative() { return QColor(0xf0, 0x8c, 0x1a); }
QColor gradient() { return QColor(0x8a, 0x4f, 0xd8); }
QColor canvas() { return QColor(0xfb, 0xfb, 0xfc); }
QColor ink() { return QColor(0x2b, 0x2f, 0x36); }
QColor restingEdge() { return QColor(0xc8, 0xcc, 0xd4); }

QColor classColour(int k)
{
    // Ten distinguishable hues, light enough for a heatmap behind darker points.
    static const std::array<QColor, 10> colours{
        QColor(0x2f, 0x6f, 0xd6), QColor(0xf0, 0x8c, 0x1a), QColor(0x1f, 0xa8, 0x4a),
        QColor(0xd9, 0x3a, 0x3a), QColor(0x8a, 0x4f, 0xd8), QColor(0x8c, 0x56, 0x4b),
        QColor(0xe3, 0x77, 0xc2), QColor(0x5f, 0x6b, 0x7a), QColor(0xb5, 0xb8, 0x1c),
        QColor(0x17, 0xb8, 0xc9),
    };
    return colours[std::size_t(((k % 10) + 10) % 10)];
}

QLabel* problemLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(decrease().name()));
    label->hide();
    return label;
}

void markInvalid(QWidget* field, bool invalid)
{
    if (!field || field->property("invalid").toBool() == invalid)
        return;
    field->setProperty("invalid", invalid);
    field->style()->unpolish(field);
    field->style()->polish(field);
}

}  // namespace bp::theme
