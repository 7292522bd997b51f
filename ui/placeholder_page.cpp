#include "placeholder_page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace saggar::ui {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& explanation, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    auto* heading = new QLabel(title, this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    heading->setFont(big);
    heading->setAlignment(Qt::AlignCenter);
    auto* body = new QLabel(explanation, this);
    body->setObjectName(QStringLiteral("placeholderText"));
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignCenter);
    body->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 50);
    layout->addWidget(heading);
    layout->addWidget(body, 0, Qt::AlignHCenter);
    layout->addStretch();
}

} // namespace saggar::ui
