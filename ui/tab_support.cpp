#include "tab_support.h"

#include "display_names.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

namespace saggar::ui {

QLabel* valueLabel(const QString& text)
{
    auto* label = new QLabel(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

void clearForm(QFormLayout* form)
{
    while (form->rowCount() > 0)
        form->removeRow(0);
}

QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    // An empty table sizes columns to their headers alone; keep them readable until rows arrive.
    // Measured on digits: a CJK font's average character is a full em, which made every column wide.
    table->horizontalHeader()->setMinimumSectionSize(
        table->fontMetrics().horizontalAdvance(QStringLiteral("000000")));
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setToolTip(cells[c]);
        table->setItem(row, c, item);
    }
}

void fitColumns(QTableWidget* table, int maxChars)
{
    table->resizeColumnsToContents();
    const int widest = table->fontMetrics().averageCharWidth() * maxChars;
    for (int c = 0; c < table->columnCount(); ++c)
        if (table->columnWidth(c) > widest)
            table->setColumnWidth(c, widest);
}

QString joinSentences(const QString& first, const QString& second)
{
    if (first.isEmpty() || second.isEmpty())
        return first + second;
    return first + (uiIsChinese() ? QString() : QStringLiteral(" ")) + second;
}

QLabel* sectionHeading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

void setBanner(QLabel* label, const QString& text, bool problem)
{
    const QColor fg = problem ? warningColour() : goodColour();
    const QColor bg = problem ? QColor(0xfd, 0xec, 0xea) : QColor(0xe8, 0xf5, 0xeb);
    label->setText(text);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; background: %2; border: 1px solid %1; "
                                        "border-radius: 3px; padding: 6px; }")
                             .arg(fg.name(), bg.name()));
    label->setProperty("problem", problem);
    label->setVisible(!text.isEmpty());
}

} // namespace saggar::ui
