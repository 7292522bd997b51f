// Asks whom an alert is given to: a choice among the active staff.
#pragma once

#include "core/domain.h"

#include <QDialog>

#include <vector>

class QComboBox;

namespace saggar::ui {

class AlertAssignDialog : public QDialog
{
    Q_OBJECT
public:
    AlertAssignDialog(const std::vector<User>& staff, Id current, QWidget* parent = nullptr);

    Id assignee() const; // 0 while nobody is chosen
    QComboBox* personBox() const { return m_person; }

private:
    QComboBox* m_person;
};

} // namespace saggar::ui
