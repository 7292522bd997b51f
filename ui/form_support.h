// Shared pieces of Saggar's entry forms: reading typed amounts and showing validator findings on
// the fields they concern.
#pragma once

#include "core/validation.h"

#include <QString>

#include <optional>
#include <vector>

class QLineEdit;

namespace saggar::ui {

class ValidatedForm;

// Shows every issue under its field (keys are Field values) and focuses the first; true if any.
bool showIssues(ValidatedForm* form, const std::vector<FieldIssue>& issues);

// The amount typed in `edit`, or an issue for `field` when it is not an amount in yuan. An empty
// box reads as zero so the record validator reports "required"/range in its own words.
std::optional<Money> readMoney(const QLineEdit* edit, Field field, std::vector<FieldIssue>& issues);

int currentYear();

} // namespace saggar::ui
