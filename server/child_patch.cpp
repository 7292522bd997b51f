#include "child_patch.h"

#include "blob_endpoints.h"
#include "covenant_patch.h"
#include "file_workflow_json.h"

#include "storage/asset_repository.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Stringifier.h>

#include <set>
#include <sstream>

namespace saggar::server {

namespace {

using Fields = std::set<std::string>;

const Fields kTruckMembers{"vin", "plate", "brand", "model", "year", "purchasePriceFen", "trackerId"};
const Fields kKilnMembers{"type", "lengthM",       "dailyCapacity",   "capacityUnit",
                          "fuel", "yearInstalled", "purchaseCostFen", "gatewayId"};

// Reads the members of one child object, each by its expected JSON type.
class Reader
{
public:
    Reader(const Poco::JSON::Object& o, std::string path) : m_o(o), m_path(std::move(path)) {}

    std::optional<ApiResponse> checkMembers(const Fields& allowed) const
    {
        for (const auto& [name, value] : m_o)
            if (!allowed.count(name))
                return errorResponse(422, "unknown_field", m_path + " has no member " + name,
                                     m_path + "/" + name);
        for (const std::string& name : allowed)
            if (!m_o.has(name))
                return errorResponse(422, "validation", m_path + " needs " + name, m_path + "/" + name);
        return std::nullopt;
    }
    std::string text(const std::string& name)
    {
        const auto v = m_o.get(name);
        if (!v.isString())
            fail(name, "a string");
        return v.isString() ? v.extract<std::string>() : std::string();
    }
    std::int64_t integer(const std::string& name)
    {
        const auto v = m_o.get(name);
        if (!v.isInteger() || v.isBoolean()) {
            fail(name, "an integer");
            return 0;
        }
        return v.convert<std::int64_t>();
    }
    double number(const std::string& name)
    {
        const auto v = m_o.get(name);
        if (!v.isNumeric() || v.isBoolean()) {
            fail(name, "a number");
            return 0.0;
        }
        return v.convert<double>();
    }
    template <typename E> E enumeration(const std::string& name)
    {
        const std::string k = text(name);
        if (auto e = fromKey<E>(k))
            return *e;
        if (!m_refusal)
            m_refusal = errorResponse(422, "validation", m_path + "/" + name + ": unknown key " + k,
                                      m_path + "/" + name);
        return E{};
    }
    const std::optional<ApiResponse>& refusal() const { return m_refusal; }

private:
    void fail(const std::string& name, const char* type)
    {
        if (!m_refusal)
            m_refusal = errorResponse(422, "wrong_type", m_path + "/" + name + " must be " + type,
                                      m_path + "/" + name);
    }
    const Poco::JSON::Object& m_o;
    std::string m_path;
    std::optional<ApiResponse> m_refusal;
};

std::string jsonOf(const Poco::JSON::Object::Ptr& o)
{
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(o, out);
    return out.str();
}

} // namespace

std::variant<ChildAdds, ApiResponse> readChildAdds(const Poco::JSON::Object::Ptr& add)
{
    if (!add)
        return errorResponse(422, "wrong_type", "'add' must be an object of child lists", "add");
    ChildAdds adds;
    for (const auto& [collection, value] : *add) {
        if (collection != "trucks" && collection != "kilns")
            return errorResponse(422, "unknown_field", "only trucks and kilns can be added",
                                 "add/" + collection);
        const auto list = add->getArray(collection);
        if (!list || list->size() == 0)
            return errorResponse(422, "wrong_type", "add/" + collection + " must be a non-empty list",
                                 "add/" + collection);
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string path = "add/" + collection + "/" + std::to_string(i);
            const auto child = list->getObject(static_cast<unsigned>(i));
            if (!child)
                return errorResponse(422, "wrong_type", path + " must be an object", path);
            Reader r(*child, path);
            if (auto refused = r.checkMembers(collection == "trucks" ? kTruckMembers : kKilnMembers))
                return *refused;
            if (collection == "trucks") {
                Truck t;
                t.vin = r.text("vin");
                t.plate = r.text("plate");
                t.brand = r.text("brand");
                t.model = r.text("model");
                t.year = static_cast<int>(r.integer("year"));
                t.purchasePrice = Money::fromFen(r.integer("purchasePriceFen"));
                t.trackerId = r.text("trackerId");
                adds.trucks.push_back(std::move(t));
            } else {
                Kiln k;
                k.type = r.enumeration<KilnType>("type");
                k.lengthM = r.number("lengthM");
                k.dailyCapacity = r.integer("dailyCapacity");
                k.capacityUnit = r.enumeration<CapacityUnit>("capacityUnit");
                k.fuel = r.enumeration<KilnFuel>("fuel");
                k.yearInstalled = static_cast<int>(r.integer("yearInstalled"));
                k.purchaseCost = Money::fromFen(r.integer("purchaseCostFen"));
                k.gatewayId = r.text("gatewayId");
                adds.kilns.push_back(std::move(k));
            }
            if (r.refusal())
                return *r.refusal();
        }
    }
    if (adds.empty())
        return errorResponse(422, "wrong_type", "'add' must name trucks or kilns", "add");
    return adds;
}

Poco::JSON::Object::Ptr truckJson(const Truck& t)
{
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("id", t.id);
    o->set("vin", t.vin);
    o->set("plate", t.plate);
    o->set("brand", t.brand);
    o->set("model", t.model);
    o->set("year", t.year);
    o->set("purchasePriceFen", t.purchasePrice.fen());
    o->set("trackerId", t.trackerId);
    o->set("appraisedValueFen", t.appraisedValue.fen());
    o->set("appraisedBy", t.appraisedBy);
    return o;
}

Poco::JSON::Object::Ptr kilnJson(const Kiln& k)
{
    Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
    o->set("id", k.id);
    o->set("type", std::string(key(k.type)));
    o->set("lengthM", k.lengthM);
    o->set("dailyCapacity", k.dailyCapacity);
    o->set("capacityUnit", std::string(key(k.capacityUnit)));
    o->set("fuel", std::string(key(k.fuel)));
    o->set("yearInstalled", k.yearInstalled);
    o->set("purchaseCostFen", k.purchaseCost.fen());
    o->set("gatewayId", k.gatewayId);
    o->set("appraisedValueFen", k.appraisedValue.fen());
    o->set("appraisedBy", k.appraisedBy);
    return o;
}

Result<void> addChildren(Database& db, Id fileId, Poco::JSON::Object& file)
{
    auto trucks = listTrucksOfFile(db, fileId);
    if (!trucks)
        return trucks.error();
    auto kilns = listKilnsOfFile(db, fileId);
    if (!kilns)
        return kilns.error();
    Poco::JSON::Array::Ptr t = new Poco::JSON::Array;
    for (const Truck& truck : trucks.value())
        t->add(truckJson(truck));
    Poco::JSON::Array::Ptr k = new Poco::JSON::Array;
    for (const Kiln& kiln : kilns.value())
        k->add(kilnJson(kiln));
    file.set("trucks", t);
    file.set("kilns", k);
    if (auto r = addCovenants(db, fileId, file); !r) // covenant_patch.h
        return r;
    if (auto r = addWorkflowChildren(db, fileId, file); !r) // memo, risk, approvals, exceptions
        return r;
    return addDocuments(db, fileId, file); // with their attachments (blob_endpoints.h)
}

std::variant<std::vector<AddedChild>, ApiResponse> insertChildAdds(Database& db, Id fileId, Id enterpriseId,
                                                                   ChildAdds adds)
{
    std::vector<AddedChild> added;
    auto refusal = [](const std::string& path, const Error& e) {
        const bool internal = e.code != ErrorCode::InvalidInput && e.code != ErrorCode::Conflict;
        return internal
                   ? errorResponse(500, "internal", "the server's database refused the write: " + e.message)
                   : errorResponse(422, "validation", e.message, path);
    };
    for (std::size_t i = 0; i < adds.trucks.size(); ++i) {
        Truck& t = adds.trucks[i];
        t.loanFileId = fileId;
        t.enterpriseId = enterpriseId;
        auto id = insertTruck(db, t);
        if (!id)
            return refusal("add/trucks/" + std::to_string(i), id.error());
        t.id = id.value();
        added.push_back({"trucks/" + std::to_string(id.value()), jsonOf(truckJson(t))});
    }
    for (std::size_t i = 0; i < adds.kilns.size(); ++i) {
        Kiln& k = adds.kilns[i];
        k.loanFileId = fileId;
        k.enterpriseId = enterpriseId;
        auto id = insertKiln(db, k);
        if (!id)
            return refusal("add/kilns/" + std::to_string(i), id.error());
        k.id = id.value();
        added.push_back({"kilns/" + std::to_string(id.value()), jsonOf(kilnJson(k))});
    }
    return added;
}

} // namespace saggar::server
