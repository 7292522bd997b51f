// Reference tables behind the demo portfolio: the real ceramics clusters with their division codes and
// plate prefixes, name syllables with pinyin, truck models with their makers' VIN prefixes, loan purposes.
#pragma once

#include "domain.h"

#include <array>
#include <span>
#include <string_view>

namespace saggar::demo {

struct District
{
    std::string_view zh;           // "南海区"; empty for a county-level city named by the cluster
    std::string_view en;           // "Nanhai"
    std::string_view divisionCode; // GB/T 2260 six-digit code, e.g. "440605"
    std::string_view plateLetters; // issuing-city letters used there, e.g. "EY"
    int weight;
};

struct ClusterInfo
{
    Cluster cluster;
    std::string_view cityZh;           // "佛山市"
    std::string_view cityEn;           // "Foshan"
    std::string_view province;         // plate abbreviation, "粤"
    int weight;                        // share of enterprises
    std::array<int, 4> segmentWeights; // indexed by Segment
    std::span<const District> districts;
};

// In Cluster declaration order.
std::span<const ClusterInfo> clusterTable();
const ClusterInfo& clusterInfo(Cluster c);

struct Syllable
{
    std::string_view zh;
    std::string_view pinyin; // lower case
};
std::span<const Syllable> tradeNameSyllables();

struct CompanySuffix
{
    std::string_view zh; // "陶瓷有限公司"
    std::string_view en; // "Ceramics Co., Ltd."
};
std::span<const CompanySuffix> companySuffixes(Segment s);

std::span<const std::string_view> surnames();
std::span<const std::string_view> givenNameCharacters();

struct TruckModel
{
    std::string_view brand;
    std::string_view model;
    std::string_view wmi; // world manufacturer identifier, VIN positions 1-3
    std::string_view vds; // first three characters of the descriptor, VIN positions 4-6
    char plant;           // VIN position 11
    bool light;           // light truck (city delivery); heavy otherwise
    int newEnergyPct;     // share registered with new-energy plates
    int minPriceThousand;
    int maxPriceThousand;
    int weight;
};
std::span<const TruckModel> truckModels();

// Loan purposes in Chinese, fitting the product.
std::span<const std::string_view> purposes(Product p);

struct StaffUser
{
    std::string_view login;
    std::string_view displayName;
    Role role;
};
// The sign-in users "analyst", "appraiser", "manager" first, then the other staff.
std::span<const StaffUser> staffUsers();

} // namespace saggar::demo
