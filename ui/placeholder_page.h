// A page whose capability is not built yet: says so plainly and what it will hold.
#pragma once

#include <QWidget>

namespace saggar::ui {

class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString& title, const QString& explanation, QWidget* parent = nullptr);
};

} // namespace saggar::ui
