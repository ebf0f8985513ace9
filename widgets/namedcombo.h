#pragma once
// Fills a combo box from one of core's name tables: the table's labels as the entries, each
// enumerator as int(value) in the entry's data.
#include "namedvalue.h"

#include <QComboBox>

namespace bp {

/// Returns a table's name or label (UTF-8) as a QString.
inline QString fromView(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

/// Adds one entry per row of table, in its order: the label shown, int(value) as the data.
template <typename E, std::size_t N>
void addNamedItems(QComboBox* combo, const NamedValue<E> (&table)[N])
{
    for (const NamedValue<E>& entry : table)
        combo->addItem(fromView(entry.label), int(entry.value));
}

}  // namespace bp
