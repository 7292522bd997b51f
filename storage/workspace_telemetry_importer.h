// The workstation's telemetry import (core/telemetry_importer.h) over a workspace folder: the assets
// come from saggar.db (read-only), the readings go to telemetry.db, each import on connections of
// its own so that it can run on any thread.
#pragma once

#include "core/telemetry_importer.h"
#include "core/telemetry_sample.h"

#include <functional>
#include <string>

namespace saggar {

class WorkspaceTelemetryImporter final : public TelemetryImporter
{
public:
    // `now` is the receiver's clock for the future-time check (default: the system clock).
    explicit WorkspaceTelemetryImporter(std::string workspaceDir, std::function<TimestampMs()> now = {});

    TelemetryImportOutcome importFile(const TelemetryImportRequest& request) override;

    // Progress comes every this many lines (and at the end).
    void setProgressEveryLines(std::int64_t lines) { m_progressEveryLines = lines; }

private:
    std::string m_dir;
    std::function<TimestampMs()> m_now;
    std::int64_t m_progressEveryLines = 5'000;
};

} // namespace saggar
