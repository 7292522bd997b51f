// A telemetry importer that says when an import stored readings, so the app can revalue the collateral
// and check alerts at once instead of at the next minute's run. Called on the import's worker thread.
#pragma once

#include "core/telemetry_importer.h"

#include <functional>
#include <memory>

namespace saggar::app {

class NotifyingImporter final : public TelemetryImporter
{
public:
    NotifyingImporter(std::unique_ptr<TelemetryImporter> inner, std::function<void()> imported)
        : m_inner(std::move(inner)), m_imported(std::move(imported))
    {}

    TelemetryImportOutcome importFile(const TelemetryImportRequest& request) override
    {
        TelemetryImportOutcome outcome = m_inner->importFile(request);
        if (outcome.ok() && m_imported)
            m_imported();
        return outcome;
    }

private:
    std::unique_ptr<TelemetryImporter> m_inner;
    std::function<void()> m_imported;
};

} // namespace saggar::app
