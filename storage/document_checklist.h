// The documents a loan file must collect for its product. Lives in storage/ only until the workflow
// issue moves it to core/, where it belongs (it is a business rule, not storage).
#pragma once

#include "core/domain.h"

#include <vector>

namespace saggar {

// Every product needs the business licence, financial and bank statements, the insurance policy
// and the plant lease or land certificate. Vehicle products (FleetPurchase, EquipmentMortgage,
// WorkingCapital) add vehicle registration and driving licence; kiln products (KilnUpgrade,
// EquipmentMortgage, WorkingCapital) add purchase invoice and kiln acceptance.
std::vector<DocumentKind> requiredDocuments(Product product);

} // namespace saggar
