#include "valuation_generator.h"

#include <cmath>
#include <cstdio>

namespace saggar::valuation {
namespace {

// One family rule: the parameters of a plain unit; brand or size rules scale them.
struct Family
{
    const char* code;
    Category category;
    const char* klass;
    double priceLow, priceHigh; // CNY, new
    double life, rate, floor;
    double usageNorm, usageSensitivity, efficiency;
    double daysToSell, recoveryCost;
};

// Brand rule for trucks: list-price factor, resale strength (change of the depreciation rate) and
// how much quicker or slower the brand sells.
struct Brand
{
    const char* code;
    const char* name;
    double price, rateDelta, daysFactor;
};

// Heavy and light trucks as ceramics makers run them (clay and glaze in, ware out): price ranges of
// 2026 dealer quotes as the rule's estimate, life and mileage norms of Chinese fleet practice.
constexpr Family kTruckFamilies[] = {
    {"TRACTOR-4X2", Category::Truck, "tractor 4x2", 280'000, 360'000, 8, 0.18, 0.05, 120'000, 0.08, 30, 35,
     0.06},
    {"TRACTOR-6X4", Category::Truck, "tractor 6x4", 380'000, 520'000, 8, 0.18, 0.05, 150'000, 0.08, 36, 35,
     0.06},
    {"DUMP-6X4", Category::Truck, "dump 6x4", 330'000, 450'000, 6, 0.22, 0.06, 60'000, 0.10, 42, 45, 0.07},
    {"DUMP-8X4", Category::Truck, "dump 8x4", 380'000, 520'000, 6, 0.22, 0.06, 60'000, 0.10, 45, 45, 0.07},
    {"BOX-4X2-LIGHT", Category::Truck, "box 4x2 light", 110'000, 180'000, 8, 0.17, 0.05, 60'000, 0.07, 16, 25,
     0.05},
    {"BOX-4X2-MEDIUM", Category::Truck, "box 4x2 medium", 180'000, 260'000, 8, 0.17, 0.05, 80'000, 0.07, 22,
     30, 0.05},
    {"BOX-6X2", Category::Truck, "box 6x2", 260'000, 340'000, 8, 0.17, 0.05, 100'000, 0.08, 28, 35, 0.06},
    {"FLATBED-6X2", Category::Truck, "flatbed 6x2", 250'000, 330'000, 8, 0.17, 0.05, 100'000, 0.08, 29, 35,
     0.06},
    {"FLATBED-8X4", Category::Truck, "flatbed 8x4", 320'000, 420'000, 8, 0.18, 0.05, 100'000, 0.08, 33, 40,
     0.06},
    {"TANKER-6X4", Category::Truck, "tanker 6x4", 400'000, 560'000, 10, 0.16, 0.06, 90'000, 0.08, 36, 50,
     0.08},
    {"TANKER-8X4", Category::Truck, "tanker 8x4", 430'000, 600'000, 10, 0.16, 0.06, 90'000, 0.08, 38, 50,
     0.08},
};

constexpr Brand kTruckBrands[] = {
    {"FAW", "FAW Jiefang", 1.04, -0.010, 0.85},     {"DONGFENG", "Dongfeng", 1.00, 0.000, 0.95},
    {"HOWO", "Sinotruk HOWO", 1.00, 0.000, 0.90},   {"SHACMAN", "Shacman", 0.98, 0.005, 1.00},
    {"FOTON", "Foton", 0.93, 0.010, 1.05},          {"JAC", "JAC", 0.90, 0.015, 1.10},
    {"HONGYAN", "SAIC Hongyan", 0.95, 0.010, 1.10}, {"BEIBEN", "Beiben", 0.94, 0.015, 1.20},
};

struct Builder
{
    Library lib;
    std::string effective;

    void add(const std::string& code, Category category, const std::string& klass, const std::string& brand,
             const std::string& name, const Family& f, double priceFactor, double rateDelta,
             double daysFactor, double usageNorm, double efficiency, const std::string& rule)
    {
        EquipmentType t{code, category, klass, brand, name, {}};
        const double low = std::round(f.priceLow * priceFactor / 1000.0) * 1000.0;
        const double high = std::round(f.priceHigh * priceFactor / 1000.0) * 1000.0;
        const double values[kParamCount] = {low,
                                            high,
                                            f.life,
                                            std::round((f.rate + rateDelta) * 1000.0) / 1000.0,
                                            f.floor,
                                            usageNorm,
                                            f.usageSensitivity,
                                            std::round(efficiency * 100.0) / 100.0,
                                            std::round(f.daysToSell * daysFactor),
                                            f.recoveryCost};
        for (int i = 0; i < kParamCount; ++i)
            t.params[static_cast<std::size_t>(i)] = ParamValue{
                values[i], effective, "generator rule " + rule + " (estimate for China 2026, CNY)"};
        lib.types.push_back(std::move(t));
    }
};

void addTrucks(Builder& b)
{
    for (const Family& f : kTruckFamilies)
        for (const Brand& br : kTruckBrands) {
            const std::string code = std::string("TRK-") + f.code + "-" + br.code;
            const std::string rule = std::string("truck ") + f.klass + " × brand " + br.name;
            b.add(code + "-DIESEL", f.category, f.klass, br.name,
                  std::string(br.name) + " " + f.klass + " diesel", f, br.price, br.rateDelta, br.daysFactor,
                  f.usageNorm, f.efficiency, rule);
            // LNG versions of the heavy haulers: dearer new, thinner second-hand market.
            if (std::string_view(f.code) == "TRACTOR-6X4" || std::string_view(f.code) == "DUMP-8X4")
                b.add(code + "-LNG", f.category, f.klass, br.name,
                      std::string(br.name) + " " + f.klass + " LNG", f, br.price * 1.12, br.rateDelta + 0.02,
                      br.daysFactor * 1.2, f.usageNorm, f.efficiency * 1.1,
                      rule + " × LNG (+12 % price, +0.02 rate)");
        }
}

void addKilns(Builder& b)
{
    // Roller kilns: price by hearth area (length × width) plus the burners, controls and rollers. The
    // energy norm is a ware pass (about 0.9 h): a m² of hearth fires some 34 m² of tile a day at 1.2–1.7 m³
    // of gas a m², so about 1.8 m³ a pass; electric kilns take some 7 kWh for each m³ of gas.
    constexpr Family roller{"", Category::Kiln, "", 0, 0, 15, 0.10, 0.08, 7'900, 0.05, 0, 300, 0.20};
    for (int length : {150, 200, 250, 300, 350, 400})
        for (double width : {2.5, 2.8, 3.0, 3.3}) {
            const double area = length * width;
            Family f = roller;
            f.priceLow = 1'800'000 + 15'000 * area;
            f.priceHigh = 2'400'000 + 19'000 * area;
            char klass[64], code[64];
            std::snprintf(klass, sizeof klass, "roller %d m x %.1f m", length, width);
            std::snprintf(code, sizeof code, "KLN-ROLLER-%d-%02d-GAS", length,
                          static_cast<int>(width * 10 + 0.5));
            b.add(code, Category::Kiln, klass, "", std::string("gas ") + klass + " roller kiln", f, 1, 0, 1,
                  7'900, 1.8 * area, "kiln roller: 1.8-2.4 M + 15-19 k per m² of hearth");
        }
    for (int length : {60, 80, 100, 120})
        for (double width : {2.5, 3.0}) {
            const double area = length * width;
            Family f = roller;
            f.priceLow = 900'000 + 16'000 * area;
            f.priceHigh = 1'300'000 + 21'000 * area;
            f.daysToSell = 240;
            char klass[64], code[64];
            std::snprintf(klass, sizeof klass, "roller %d m x %.1f m", length, width);
            std::snprintf(code, sizeof code, "KLN-ROLLER-%d-%02d-ELEC", length,
                          static_cast<int>(width * 10 + 0.5));
            b.add(code, Category::Kiln, klass, "", std::string("electric ") + klass + " roller kiln", f, 1, 0,
                  1, 7'900, 12.5 * area, "kiln roller electric: 0.9-1.3 M + 16-21 k per m² of hearth");
        }
    for (int length : {60, 80, 100, 120})
        for (bool gas : {true, false}) {
            Family f{"", Category::Kiln, "", 0, 0, 20, 0.08, 0.08, 400, 0.04, 0, 360, 0.25};
            f.priceLow = 1'200'000 + 40'000 * length * (gas ? 1.0 : 1.1);
            f.priceHigh = f.priceLow * 1.35;
            const std::string klass = "tunnel " + std::to_string(length) + " m";
            b.add("KLN-TUNNEL-" + std::to_string(length) + (gas ? "-GAS" : "-ELEC"), Category::Kiln, klass,
                  "", std::string(gas ? "gas " : "electric ") + klass + " kiln", f, 1, 0, 1, 400,
                  gas ? 55.0 * length : 210.0 * length, "kiln tunnel: 1.2 M + 40 k per metre");
        }
    for (int volume : {6, 10, 20, 40, 60})
        for (bool gas : {true, false}) {
            Family f{"", Category::Kiln, "", 0, 0, 15, 0.11, 0.06, 250, 0.06, 0, 150, 0.12};
            f.priceLow = 150'000 + 60'000 * volume * (gas ? 1.0 : 0.9);
            f.priceHigh = f.priceLow * 1.4;
            const std::string klass = "shuttle " + std::to_string(volume) + " m3";
            b.add("KLN-SHUTTLE-" + std::to_string(volume) + (gas ? "-GAS" : "-ELEC"), Category::Kiln, klass,
                  "", std::string(gas ? "gas " : "electric ") + klass + " kiln", f, 1, 0, 1, 250,
                  gas ? 35.0 * volume : 140.0 * volume, "kiln shuttle: 150 k + 60 k per m³ of setting space");
        }
}

void addPlant(Builder& b)
{
    for (int length : {60, 100, 150}) {
        Family f{"",
                 Category::Dryer,
                 "",
                 600'000 + 9'000.0 * length,
                 900'000 + 12'000.0 * length,
                 12,
                 0.12,
                 0.06,
                 7'500,
                 0.05,
                 0,
                 180,
                 0.15};
        const std::string klass = "multi-layer dryer " + std::to_string(length) + " m";
        b.add("DRY-MULTILAYER-" + std::to_string(length), Category::Dryer, klass, "", klass, f, 1, 0, 1,
              7'500, 2.0 * length, "dryer multi-layer: 0.6-0.9 M + 9-12 k per metre");
    }
    for (int evaporation : {3000, 6000, 8000, 12000}) {
        Family f{"",
                 Category::Dryer,
                 "",
                 800'000 + 350.0 * evaporation,
                 1'100'000 + 450.0 * evaporation,
                 15,
                 0.10,
                 0.06,
                 7'000,
                 0.05,
                 0,
                 200,
                 0.18};
        const std::string klass = "spray dryer " + std::to_string(evaporation) + " kg/h";
        b.add("DRY-SPRAY-" + std::to_string(evaporation), Category::Dryer, klass, "", klass, f, 1, 0, 1,
              7'000, 0.9 * evaporation, "dryer spray: 0.8-1.1 M + 350-450 per kg/h of evaporation");
    }
    struct PressBrand
    {
        const char* code;
        const char* name;
        double price, days;
    };
    constexpr PressBrand kPressBrands[] = {
        {"KEDA", "KEDA", 1.00, 1.0}, {"HENGLI", "HLT Hengli", 0.92, 1.1}, {"SACMI", "SACMI", 1.35, 0.9}};
    for (int tonnes : {2800, 3800, 4800, 6800, 7800})
        for (const PressBrand& pb : kPressBrands) {
            Family f{"",
                     Category::Press,
                     "",
                     1'000'000 + 420.0 * tonnes,
                     1'300'000 + 520.0 * tonnes,
                     15,
                     0.11,
                     0.07,
                     6'000,
                     0.06,
                     0,
                     120,
                     0.10};
            const std::string klass = "hydraulic tile press " + std::to_string(tonnes) + " t";
            b.add("PRS-TILE-" + std::to_string(tonnes) + "-" + pb.code, Category::Press, klass, pb.name,
                  std::string(pb.name) + " " + klass, f, pb.price, 0, pb.days, 6'000, 0.03 * tonnes,
                  "press tile: 1.0-1.3 M + 420-520 per tonne × brand " + std::string(pb.name));
        }
    for (int moulds : {20, 40, 60}) {
        Family f{"",
                 Category::Press,
                 "",
                 400'000 + 15'000.0 * moulds,
                 550'000 + 19'000.0 * moulds,
                 12,
                 0.12,
                 0.06,
                 5'000,
                 0.05,
                 0,
                 150,
                 0.10};
        const std::string klass = "high-pressure casting machine " + std::to_string(moulds) + " moulds";
        b.add("PRS-CASTING-" + std::to_string(moulds), Category::Press, klass, "", klass, f, 1, 0, 1, 5'000,
              1.5 * moulds, "press casting: 0.40-0.55 M + 15-19 k per mould");
    }
    for (int length : {100, 200, 300})
        for (bool inkjet : {false, true}) {
            Family f{"",
                     Category::GlazeLine,
                     "",
                     500'000 + 4'000.0 * length,
                     700'000 + 5'500.0 * length,
                     10,
                     0.14,
                     0.05,
                     6'000,
                     0.05,
                     0,
                     150,
                     0.12};
            if (inkjet) {
                f.priceLow += 1'200'000;
                f.priceHigh += 1'800'000;
            }
            const std::string klass =
                "glaze line " + std::to_string(length) + " m" + (inkjet ? " with inkjet" : "");
            b.add("GLZ-LINE-" + std::to_string(length) + (inkjet ? "-INKJET" : ""), Category::GlazeLine,
                  klass, "", klass, f, 1, 0, 1, 6'000, 0.4 * length,
                  "glaze line: 0.5-0.7 M + 4.0-5.5 k per metre (+1.2-1.8 M for the inkjet printer)");
        }
    for (int colours : {4, 6, 8}) {
        Family f{"",
                 Category::GlazeLine,
                 "",
                 300'000.0 * colours,
                 420'000.0 * colours,
                 8,
                 0.18,
                 0.04,
                 6'000,
                 0.07,
                 0,
                 120,
                 0.06};
        const std::string klass = "inkjet printer " + std::to_string(colours) + " colours";
        b.add("GLZ-INKJET-" + std::to_string(colours), Category::GlazeLine, klass, "", klass, f, 1, 0, 1,
              6'000, 4.0 * colours, "inkjet printer: 300-420 k per colour bar");
    }
    for (int heads : {12, 24, 36}) {
        Family f{"",
                 Category::GlazeLine,
                 "",
                 25'000.0 * heads + 300'000,
                 33'000.0 * heads + 400'000,
                 10,
                 0.15,
                 0.05,
                 6'000,
                 0.06,
                 0,
                 150,
                 0.10};
        const std::string klass = "polishing line " + std::to_string(heads) + " heads";
        b.add("GLZ-POLISH-" + std::to_string(heads), Category::GlazeLine, klass, "", klass, f, 1, 0, 1, 6'000,
              11.0 * heads, "polishing line: 0.30-0.40 M + 25-33 k per head");
    }
    for (int tonnes : {20, 40, 60, 80}) {
        Family f{"",
                 Category::Mill,
                 "",
                 150'000 + 9'000.0 * tonnes,
                 200'000 + 12'000.0 * tonnes,
                 20,
                 0.08,
                 0.10,
                 7'000,
                 0.04,
                 0,
                 200,
                 0.15};
        const std::string klass = "ball mill " + std::to_string(tonnes) + " t";
        b.add("MIL-BALL-" + std::to_string(tonnes), Category::Mill, klass, "", klass, f, 1, 0, 1, 7'000,
              4.5 * tonnes, "ball mill: 150-200 k + 9-12 k per tonne of charge");
    }
    struct Lift
    {
        const char* code;
        const char* name;
        double price;
    };
    constexpr Lift kLiftBrands[] = {{"HELI", "Heli", 1.0}, {"HANGCHA", "Hangcha", 0.97}};
    for (int tonnes : {3, 5})
        for (bool electric : {false, true})
            for (const Lift& l : kLiftBrands) {
                Family f{"",
                         Category::Forklift,
                         "",
                         60'000.0 + 22'000.0 * tonnes,
                         80'000.0 + 28'000.0 * tonnes,
                         8,
                         0.16,
                         0.06,
                         2'000,
                         0.08,
                         0,
                         30,
                         0.05};
                if (electric) {
                    f.priceLow *= 1.3;
                    f.priceHigh *= 1.3;
                }
                const std::string klass =
                    "forklift " + std::to_string(tonnes) + " t " + (electric ? "electric" : "diesel");
                b.add("FLT-" + std::to_string(tonnes) + "T-" + (electric ? "ELEC-" : "DIESEL-") + l.code,
                      Category::Forklift, klass, l.name, std::string(l.name) + " " + klass, f, l.price, 0, 1,
                      2'000, electric ? 5.0 * tonnes : 1.2 * tonnes,
                      "forklift: 60-80 k + 22-28 k per tonne (+30 % electric) × brand " +
                          std::string(l.name));
            }
}

// Regional factors: where the buyers are. Foshan and Zibo have the deepest second-hand markets for kilns
// and presses; Jinjiang and Foshan for trucks (logistics hubs); inland clusters sell slower and lower.
void addRegions(Builder& b)
{
    constexpr Cluster kClusters[] = {Cluster::Foshan,   Cluster::Jingdezhen, Cluster::Zibo,
                                     Cluster::Jinjiang, Cluster::Gaoan,      Cluster::Dehua,
                                     Cluster::Liling,   Cluster::Tangshan};
    constexpr double kTrucks[] = {1.03, 0.97, 1.00, 1.02, 0.96, 0.97, 0.96, 1.01};
    constexpr double kPlant[] = {1.08, 0.97, 1.04, 1.02, 0.94, 0.96, 0.95, 0.99};
    for (int c = 0; c <= static_cast<int>(Category::Forklift); ++c) {
        const auto category = static_cast<Category>(c);
        const bool road = category == Category::Truck || category == Category::Forklift;
        for (std::size_t i = 0; i < std::size(kClusters); ++i)
            b.lib.regions.push_back(RegionalFactor{
                category, kClusters[i],
                ParamValue{road ? kTrucks[i] : kPlant[i], b.effective,
                           road ? "generator rule region: vehicles by logistics demand"
                                : "generator rule region: plant by depth of the local resale market"}});
    }
}

} // namespace

Library generateLibrary(const std::string& version, const std::string& effective)
{
    Builder b;
    b.lib.version = version;
    b.lib.effective = effective;
    b.effective = effective;
    addTrucks(b);
    addKilns(b);
    addPlant(b);
    addRegions(b);
    return std::move(b.lib);
}

} // namespace saggar::valuation
