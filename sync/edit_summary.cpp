#include "edit_summary.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

#include <string>

namespace saggar {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

std::string text(const Object::Ptr& o, const char* key)
{
    if (!o || !o->has(key))
        return {};
    const Poco::Dynamic::Var v = o->get(key);
    return v.isString() ? v.extract<std::string>() : std::string();
}

Object::Ptr firstOf(const Object::Ptr& add, const char* collection)
{
    const Array::Ptr list = add->getArray(collection);
    return list && list->size() > 0 ? list->getObject(0) : nullptr;
}

EditSummary added(const Object::Ptr& add)
{
    if (const auto truck = firstOf(add, "trucks")) {
        const std::string plate = text(truck, "plate");
        return {EditKind::PledgeTruck, plate.empty() ? text(truck, "vin") : plate, {}};
    }
    if (const auto kiln = firstOf(add, "kilns"))
        return {EditKind::PledgeKiln, text(kiln, "gatewayId"), {}};
    if (const auto covenant = firstOf(add, "covenants"))
        return {EditKind::AddCovenant, text(covenant, "description"), {}};
    return {};
}

} // namespace

EditSummary summarizeEdit(std::string_view body)
{
    Object::Ptr root;
    try {
        Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(true)); // keep the body's order
        root = parser.parse(std::string(body)).extract<Object::Ptr>();
    } catch (const Poco::Exception&) {
        return {};
    } catch (const std::exception&) {
        return {};
    }
    if (!root)
        return {};
    if (root->has("delete"))
        return {EditKind::Delete, {}, {}};
    if (root->has("action"))
        return {EditKind::Move, text(root, "action"), {}};
    if (root->has("attach"))
        return {EditKind::Attach, text(root->getObject("body"), "fileName"), {}};
    if (const auto enterprise = root->getObject("enterprise")) {
        const std::string zh = text(enterprise, "nameZh");
        return {EditKind::CreateFile, zh.empty() ? text(enterprise, "nameEn") : zh, {}};
    }
    if (const auto add = root->getObject("add"))
        if (EditSummary s = added(add); s.kind != EditKind::Other)
            return s;
    if (const auto set = root->getObject("set")) {
        EditSummary s{EditKind::Fields, {}, {}};
        for (const std::string& path : set->getNames())
            s.paths.push_back(path);
        return s;
    }
    return {};
}

} // namespace saggar
