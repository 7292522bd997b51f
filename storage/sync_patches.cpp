#include "sync_patches.h"

#include "sync_outbox.h"

#include <cstdio>

namespace saggar {

namespace {

std::string number(double v)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.17g", v);
    return text;
}

} // namespace

std::string truckAddPatch(const Truck& t)
{
    return R"({"add":{"trucks":[{"vin":)" + jsonQuoted(t.vin) + R"(,"plate":)" + jsonQuoted(t.plate) +
           R"(,"brand":)" + jsonQuoted(t.brand) + R"(,"model":)" + jsonQuoted(t.model) + R"(,"year":)" +
           std::to_string(t.year) + R"(,"purchasePriceFen":)" + std::to_string(t.purchasePrice.fen()) +
           R"(,"trackerId":)" + jsonQuoted(t.trackerId) + "}]}}";
}

std::string kilnAddPatch(const Kiln& k)
{
    return R"({"add":{"kilns":[{"type":)" + jsonQuoted(key(k.type)) + R"(,"lengthM":)" + number(k.lengthM) +
           R"(,"dailyCapacity":)" + std::to_string(k.dailyCapacity) + R"(,"capacityUnit":)" +
           jsonQuoted(key(k.capacityUnit)) + R"(,"fuel":)" + jsonQuoted(key(k.fuel)) +
           R"(,"yearInstalled":)" + std::to_string(k.yearInstalled) + R"(,"purchaseCostFen":)" +
           std::to_string(k.purchaseCost.fen()) + R"(,"gatewayId":)" + jsonQuoted(k.gatewayId) + "}]}}";
}

std::string draftFieldsPatch(const LoanFile& before, const LoanFile& after)
{
    std::string set;
    const auto add = [&set](const char* path, const std::string& value) {
        set += (set.empty() ? "" : ",") + jsonQuoted(path) + ":" + value;
    };
    if (after.amount != before.amount)
        add("amountFen", std::to_string(after.amount.fen()));
    if (after.termMonths != before.termMonths)
        add("termMonths", std::to_string(after.termMonths));
    if (after.annualRatePct != before.annualRatePct)
        add("annualRatePct", number(after.annualRatePct));
    if (after.purpose != before.purpose)
        add("purpose", jsonQuoted(after.purpose));
    return set.empty() ? std::string() : R"({"set":{)" + set + "}}";
}

std::string memoPatch(const std::optional<CreditMemo>& before, const CreditMemo& after)
{
    std::string set;
    for (MemoSection section : allValues<MemoSection>()) {
        const std::string& now = after.section(section);
        if (before ? before->section(section) == now : now.empty())
            continue;
        set += (set.empty() ? "" : ",") + jsonQuoted("memo/sections/" + std::string(key(section))) + ":" +
               jsonQuoted(now);
    }
    return set.empty() ? std::string() : R"({"set":{)" + set + "}}";
}

std::string documentPatch(const Document& before, const Document& after, const std::string& justification)
{
    const std::string prefix = "documents/" + std::to_string(after.id) + "/";
    std::string set;
    const auto add = [&](const char* member, const std::string& value) {
        set += (set.empty() ? "" : ",") + jsonQuoted(prefix + member) + ":" + jsonQuoted(value);
    };
    if (after.status != before.status)
        add("status", std::string(key(after.status)));
    if (after.note != before.note)
        add("note", after.note);
    if (!set.empty() && !justification.empty())
        add("justification", justification);
    return set.empty() ? std::string() : R"({"set":{)" + set + "}}";
}

std::string workflowActionBody(const WorkflowChange& change)
{
    const WorkflowRequest& r = change.request;
    std::string body = R"({"action":)" + jsonQuoted(key(r.action)) + R"(,"reason":)" + jsonQuoted(r.reason);
    if (r.action == WorkflowAction::AssessRisk && change.risk)
        body += R"(,"grade":)" + jsonQuoted(key(change.risk->grade)) + R"(,"rationale":)" +
                jsonQuoted(change.risk->rationale);
    return body + "}";
}

bool isWorkflowActionBody(std::string_view json)
{
    return json.rfind(R"({"action":)", 0) == 0;
}

} // namespace saggar

namespace saggar {

std::string attachmentOutboxBody(const Attachment& a)
{
    return R"({"attach":)" + std::to_string(a.documentId) + R"(,"body":{"fileName":)" +
           jsonQuoted(a.fileName) + R"(,"mediaType":)" + jsonQuoted(a.mediaType) + R"(,"sizeBytes":)" +
           std::to_string(a.sizeBytes) + R"(,"sha256Hex":)" + jsonQuoted(a.sha256Hex) + R"(,"atMs":)" +
           std::to_string(a.atMs) + "}}";
}

bool isAttachmentBody(std::string_view json)
{
    return json.rfind(R"({"attach":)", 0) == 0;
}

} // namespace saggar

namespace saggar {

std::string covenantAddPatch(const Covenant& c)
{
    return R"({"add":{"covenants":[{"kind":)" + jsonQuoted(key(c.kind)) + R"(,"metric":)" +
           jsonQuoted(key(c.metric)) + R"(,"description":)" + jsonQuoted(c.description) + R"(,"threshold":)" +
           number(c.threshold) + R"(,"status":)" + jsonQuoted(key(c.status)) + R"(,"note":)" +
           jsonQuoted(c.note) + "}]}}";
}

std::string covenantPatch(const Covenant& before, const Covenant& after, const std::string& justification)
{
    const std::string prefix = "covenants/" + std::to_string(after.id) + "/";
    std::string set;
    const auto add = [&](const char* member, const std::string& json) {
        set += (set.empty() ? "" : ",") + jsonQuoted(prefix + member) + ":" + json;
    };
    if (after.kind != before.kind)
        add("kind", jsonQuoted(key(after.kind)));
    if (after.metric != before.metric)
        add("metric", jsonQuoted(key(after.metric)));
    if (after.description != before.description)
        add("description", jsonQuoted(after.description));
    if (after.threshold != before.threshold)
        add("threshold", number(after.threshold));
    if (after.status != before.status)
        add("status", jsonQuoted(key(after.status)));
    if (after.note != before.note)
        add("note", jsonQuoted(after.note));
    if (!set.empty() && !justification.empty())
        add("justification", jsonQuoted(justification));
    return set.empty() ? std::string() : R"({"set":{)" + set + "}}";
}

std::string valuationPatch(bool truck, Id assetId, Money value)
{
    return R"({"set":{")" + std::string(truck ? "trucks/" : "kilns/") + std::to_string(assetId) +
           R"(/appraisedValueFen":)" + std::to_string(value.fen()) + "}}";
}

} // namespace saggar
