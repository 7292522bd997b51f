// The documents a loan file must collect for its product: a business rule, so it lives in core/
// where the workflow's submission gate and storage's checklist both read it.
#pragma once

#include "domain.h"

#include <vector>

namespace saggar {

// Every product needs the business licence, financial and bank statements, the insurance policy
// and the plant lease or land certificate. Vehicle products (FleetPurchase, EquipmentMortgage,
// WorkingCapital) add vehicle registration and driving licence; kiln products (KilnUpgrade,
// EquipmentMortgage, WorkingCapital) add purchase invoice and kiln acceptance.
std::vector<DocumentKind> requiredDocuments(Product product);

} // namespace saggar
