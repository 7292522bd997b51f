#include "form_support.h"

#include "display_names.h"
#include "widgets/validated_form.h"

#include <QDate>
#include <QLineEdit>

namespace saggar::ui {

bool showIssues(ValidatedForm* form, const std::vector<FieldIssue>& issues)
{
    form->clearErrors();
    for (const FieldIssue& issue : issues) {
        const int key = static_cast<int>(issue.field);
        if (form->errorText(key).isEmpty()) // the first problem of a field is the one to fix first
            form->setError(key, DisplayNames::problem(issue.field, issue.issue));
    }
    form->focusFirstError();
    return !issues.empty();
}

std::optional<Money> readMoney(const QLineEdit* edit, Field field, std::vector<FieldIssue>& issues)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return Money();
    if (auto parsed = Money::parseYuan(text.toStdString()))
        return parsed;
    Invalid bad;
    bad.problem = Problem::BadFormat;
    bad.expected = "500000, 500,000.00, 50万";
    bad.message = "Not an amount in yuan";
    issues.push_back(FieldIssue{field, bad});
    return std::nullopt;
}

int currentYear()
{
    return QDate::currentDate().year();
}

} // namespace saggar::ui
