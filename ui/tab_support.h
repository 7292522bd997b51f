// Small pieces the loan-file tabs share: read-only value labels, tables, and asking the workflow rules
// whether an edit is offered to the signed-in person.
#pragma once

#include "core/result.h"

#include <QColor>
#include <QStringList>

class QFormLayout;
class QLabel;
class QTableWidget;
class QWidget;

namespace saggar::ui {

QLabel* valueLabel(const QString& text);
void clearForm(QFormLayout* form);
QTableWidget* makeTable(const QStringList& headers, QWidget* parent);
void setRow(QTableWidget* table, int row, const QStringList& cells);
// Sizes columns to their contents, none wider than `maxChars` average characters (long texts
// wrap or show in full in the tooltip).
void fitColumns(QTableWidget* table, int maxChars = 48);
// Two sentences as one text: a space between them, none in Chinese.
QString joinSentences(const QString& first, const QString& second);
// A heading inside a tab.
QLabel* sectionHeading(const QString& text, QWidget* parent);

// Colours of refusal and success text (readable on light and dark palettes alike).
inline QColor warningColour()
{
    return QColor(0xb3, 0x26, 0x1e);
}
inline QColor goodColour()
{
    return QColor(0x1e, 0x7b, 0x34);
}
// A banner: a label with a tinted background, red for problems and green for good news.
void setBanner(QLabel* label, const QString& text, bool problem);

// An edit is offered unless the rules forbid it to this person in this state; any other refusal (a
// missing reason, a precondition) is explained when it is tried.
template <typename T> bool notForbidden(const Result<T>& evaluated)
{
    return evaluated.ok() || evaluated.error().code != ErrorCode::Forbidden;
}

} // namespace saggar::ui
