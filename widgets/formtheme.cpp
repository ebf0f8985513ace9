#include "formtheme.h"

#include "theme.h"

#include <QLabel>
#include <QStyle>

namespace bp::theme {

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
