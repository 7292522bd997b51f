// Table data for the demo portfolio (see demo_tables.h); division codes are GB/T 2260, plate letters
// are those issued in each city.
#include "demo_tables.h"

namespace saggar::demo {
namespace {

using namespace std::string_view_literals;

// Foshan: 粤E for the whole city; Shunde and Nanhai also kept their former 粤X and 粤Y.
constexpr District kFoshan[] = {
    {"禅城区", "Chancheng", "440604", "E", 3}, {"南海区", "Nanhai", "440605", "EY", 5},
    {"顺德区", "Shunde", "440606", "EX", 3},   {"三水区", "Sanshui", "440607", "E", 2},
    {"高明区", "Gaoming", "440608", "E", 2},
};
constexpr District kJingdezhen[] = {
    {"昌江区", "Changjiang", "360202", "H", 4},
    {"珠山区", "Zhushan", "360203", "H", 4},
    {"浮梁县", "Fuliang", "360222", "H", 2},
    {"乐平市", "Leping", "360281", "H", 1},
};
constexpr District kZibo[] = {
    {"淄川区", "Zichuan", "370302", "C", 5}, {"张店区", "Zhangdian", "370303", "C", 2},
    {"博山区", "Boshan", "370304", "C", 3},  {"临淄区", "Linzi", "370305", "C", 2},
    {"周村区", "Zhoucun", "370306", "C", 1},
};
constexpr District kJinjiang[] = {{"", "", "350582", "C", 1}};
constexpr District kGaoan[] = {{"", "", "360983", "C", 1}};
constexpr District kDehua[] = {{"", "", "350526", "C", 1}};
constexpr District kLiling[] = {{"", "", "430281", "B", 1}};
constexpr District kTangshan[] = {
    {"丰润区", "Fengrun", "130208", "B", 3},
    {"路北区", "Lubei", "130203", "B", 2},
    {"开平区", "Kaiping", "130205", "B", 1},
    {"丰南区", "Fengnan", "130207", "B", 1},
};

// Segment weights: building tiles, sanitary ware, daily-use porcelain, art porcelain.
constexpr ClusterInfo kClusters[] = {
    {Cluster::Foshan, "佛山市", "Foshan", "粤", 30, {75, 20, 3, 2}, kFoshan},
    {Cluster::Jingdezhen, "景德镇市", "Jingdezhen", "赣", 12, {0, 0, 35, 65}, kJingdezhen},
    {Cluster::Zibo, "淄博市", "Zibo", "鲁", 18, {70, 5, 20, 5}, kZibo},
    {Cluster::Jinjiang, "晋江市", "Jinjiang", "闽", 10, {60, 35, 5, 0}, kJinjiang},
    {Cluster::Gaoan, "高安市", "Gao'an", "赣", 9, {95, 5, 0, 0}, kGaoan},
    {Cluster::Dehua, "德化县", "Dehua", "闽", 8, {0, 0, 40, 60}, kDehua},
    {Cluster::Liling, "醴陵市", "Liling", "湘", 7, {0, 0, 85, 15}, kLiling},
    {Cluster::Tangshan, "唐山市", "Tangshan", "冀", 6, {15, 60, 20, 5}, kTangshan},
};

constexpr Syllable kSyllables[] = {
    {"宏", "hong"},  {"宇", "yu"},    {"新", "xin"},   {"明", "ming"},  {"华", "hua"},   {"金", "jin"},
    {"鹰", "ying"},  {"东", "dong"},  {"鹏", "peng"},  {"诺", "nuo"},   {"贝", "bei"},   {"欧", "ou"},
    {"嘉", "jia"},   {"俊", "jun"},   {"利", "li"},    {"兴", "xing"},  {"博", "bo"},    {"德", "de"},
    {"恒", "heng"},  {"泰", "tai"},   {"盛", "sheng"}, {"昌", "chang"}, {"瑞", "rui"},   {"丰", "feng"},
    {"永", "yong"},  {"安", "an"},    {"信", "xin"},   {"益", "yi"},    {"富", "fu"},    {"源", "yuan"},
    {"达", "da"},    {"正", "zheng"}, {"鼎", "ding"},  {"辉", "hui"},   {"荣", "rong"},  {"海", "hai"},
    {"天", "tian"},  {"星", "xing"},  {"光", "guang"}, {"龙", "long"},  {"祥", "xiang"}, {"润", "run"},
    {"晶", "jing"},  {"雅", "ya"},    {"威", "wei"},   {"冠", "guan"},  {"锦", "jin"},   {"汇", "hui"},
    {"腾", "teng"},  {"隆", "long"},  {"顺", "shun"},  {"和", "he"},    {"佳", "jia"},   {"美", "mei"},
    {"蓝", "lan"},   {"翔", "xiang"}, {"卓", "zhuo"},  {"骏", "jun"},   {"宝", "bao"},   {"福", "fu"},
    {"圣", "sheng"}, {"亚", "ya"},    {"帝", "di"},    {"远", "yuan"},  {"强", "qiang"}, {"力", "li"},
    {"万", "wan"},   {"家", "jia"},   {"阳", "yang"},  {"峰", "feng"},  {"玉", "yu"},    {"泉", "quan"},
    {"恩", "en"},    {"奥", "ao"},    {"豪", "hao"},   {"大", "da"},    {"中", "zhong"}, {"联", "lian"},
};

constexpr CompanySuffix kTileSuffixes[] = {
    {"陶瓷有限公司", "Ceramics Co., Ltd."},
    {"建材有限公司", "Building Materials Co., Ltd."},
    {"陶瓷实业有限公司", "Ceramic Industrial Co., Ltd."},
    {"新型建材有限公司", "New Building Materials Co., Ltd."},
};
constexpr CompanySuffix kSanitarySuffixes[] = {
    {"洁具有限公司", "Sanitary Ware Co., Ltd."},
    {"卫浴有限公司", "Bathroom Co., Ltd."},
    {"卫浴实业有限公司", "Bathroom Industrial Co., Ltd."},
    {"陶瓷有限公司", "Ceramics Co., Ltd."},
};
constexpr CompanySuffix kDailySuffixes[] = {
    {"瓷业有限公司", "Porcelain Co., Ltd."},
    {"陶瓷有限公司", "Ceramics Co., Ltd."},
    {"日用陶瓷有限公司", "Daily Ceramics Co., Ltd."},
};
constexpr CompanySuffix kArtSuffixes[] = {
    {"艺术陶瓷有限公司", "Art Ceramics Co., Ltd."},
    {"瓷业有限公司", "Porcelain Co., Ltd."},
    {"陶瓷文化有限公司", "Ceramic Culture Co., Ltd."},
    {"工艺瓷有限公司", "Craft Porcelain Co., Ltd."},
};

constexpr std::string_view kSurnames[] = {
    "李"sv, "王"sv, "张"sv, "刘"sv, "陈"sv, "杨"sv, "黄"sv, "赵"sv, "吴"sv, "周"sv, "徐"sv,   "孙"sv, "马"sv,
    "朱"sv, "胡"sv, "郭"sv, "何"sv, "林"sv, "罗"sv, "高"sv, "梁"sv, "郑"sv, "谢"sv, "宋"sv,   "唐"sv, "许"sv,
    "邓"sv, "冯"sv, "韩"sv, "曹"sv, "曾"sv, "彭"sv, "肖"sv, "蔡"sv, "潘"sv, "田"sv, "董"sv,   "袁"sv, "于"sv,
    "余"sv, "叶"sv, "蒋"sv, "杜"sv, "苏"sv, "魏"sv, "程"sv, "吕"sv, "丁"sv, "沈"sv, "任"sv,   "姚"sv, "卢"sv,
    "钟"sv, "姜"sv, "崔"sv, "谭"sv, "陆"sv, "范"sv, "汪"sv, "廖"sv, "石"sv, "霍"sv, "欧阳"sv,
};
constexpr std::string_view kGivenNameCharacters[] = {
    "伟"sv, "芳"sv, "娜"sv, "敏"sv, "静"sv, "丽"sv, "强"sv, "磊"sv, "军"sv, "洋"sv, "勇"sv, "艳"sv,
    "杰"sv, "娟"sv, "涛"sv, "明"sv, "超"sv, "秀"sv, "霞"sv, "平"sv, "刚"sv, "桂"sv, "英"sv, "华"sv,
    "建"sv, "国"sv, "文"sv, "辉"sv, "林"sv, "斌"sv, "玉"sv, "萍"sv, "红"sv, "志"sv, "海"sv, "波"sv,
    "鑫"sv, "宇"sv, "浩"sv, "俊"sv, "峰"sv, "晨"sv, "亮"sv, "鹏"sv, "飞"sv, "成"sv, "春"sv, "永"sv,
    "兴"sv, "德"sv, "荣"sv, "庆"sv, "宏"sv, "晓"sv, "东"sv, "锦"sv, "耀"sv, "坤"sv, "添"sv, "汉"sv,
};

// Brand, model, WMI, VDS prefix, plant, light, new-energy %, price range (thousand yuan), weight.
constexpr TruckModel kTruckModels[] = {
    {"FAW Jiefang", "J6P", "LFN", "FRX", 'A', false, 0, 300, 480, 14},
    {"FAW Jiefang", "JH6", "LFW", "SRX", 'D', false, 0, 330, 520, 10},
    {"Dongfeng", "Tianlong KL", "LGA", "X4D", 'S', false, 0, 360, 600, 9},
    {"Dongfeng", "Tianlong VL", "LGA", "X3D", 'S', false, 0, 330, 520, 6},
    {"Sinotruk", "HOWO TX", "LZZ", "5EL", 'J', false, 3, 320, 480, 12},
    {"Sinotruk", "HOWO T7H", "LZZ", "7CM", 'J', false, 0, 400, 620, 6},
    {"Sinotruk", "Sitrak C7H", "LZZ", "7CS", 'J', false, 0, 450, 650, 3},
    {"Shacman", "X3000", "LZG", "JL4", 'X', false, 0, 360, 560, 9},
    {"Shacman", "F3000", "LZG", "JD4", 'X', false, 0, 280, 420, 6},
    {"Foton Auman", "EST", "LRD", "S6P", 'B', false, 0, 380, 600, 5},
    {"JAC Gallop", "K7", "LJ1", "EKS", 'H', false, 0, 300, 450, 3},
    {"Dayun", "N8V", "LNX", "CA4", 'Y', false, 0, 280, 420, 2},
    {"Foton Aumark", "Zhilan EV", "LVB", "V4B", 'D', true, 100, 150, 260, 4},
    {"Foton Aumark", "S5", "LVB", "V3B", 'D', true, 0, 150, 200, 3},
    {"JAC", "Shuailing i5 EV", "LJ1", "EFS", 'H', true, 100, 150, 220, 3},
    {"BYD", "T5 EV", "LGX", "C4C", 'S', true, 100, 160, 240, 3},
};

constexpr std::string_view kFleetPurposes[] = {
    "购置运输车辆"sv,           "购置重型牵引车用于原料运输"sv,
    "更新成品配送车队"sv,       "购置新能源轻卡用于城市配送"sv,
    "购置自卸车运输陶土原料"sv,
};
constexpr std::string_view kEquipmentPurposes[] = {
    "购置压砖机及配套设备"sv, "购置施釉线及喷墨打印设备"sv, "以窑炉及车辆抵押补充设备投入"sv,
    "购置抛光生产线"sv,       "购置窑炉及运输车辆"sv,
};
constexpr std::string_view kKilnPurposes[] = {
    "辊道窑节能改造"sv,       "隧道窑煤改气改造"sv, "梭式窑电窑升级"sv,
    "新建宽体辊道窑生产线"sv, "窑炉余热回收改造"sv, "窑炉烟气脱硫脱硝改造"sv,
};
constexpr std::string_view kWorkingCapitalPurposes[] = {
    "采购高岭土及长石原料"sv, "支付天然气费用"sv, "补充日常流动资金"sv, "采购釉料及色料"sv, "旺季备货周转"sv,
};

constexpr StaffUser kStaff[] = {
    {"analyst", "李娜", Role::Analyst},  {"appraiser", "王强", Role::Appraiser},
    {"manager", "张伟", Role::Manager},  {"chen.jie", "陈杰", Role::Analyst},
    {"liu.yang", "刘洋", Role::Analyst}, {"huang.min", "黄敏", Role::Analyst},
    {"zhao.lei", "赵磊", Role::Analyst}, {"zhou.ting", "周婷", Role::Analyst},
    {"wu.hao", "吴浩", Role::Analyst},   {"sun.peng", "孙鹏", Role::Appraiser},
    {"ma.li", "马丽", Role::Appraiser},  {"zhu.tao", "朱涛", Role::Appraiser},
    {"hu.jing", "胡静", Role::Manager},  {"guo.qiang", "郭强", Role::Manager},
};

} // namespace

std::span<const ClusterInfo> clusterTable()
{
    return kClusters;
}

const ClusterInfo& clusterInfo(Cluster c)
{
    for (const auto& info : kClusters)
        if (info.cluster == c)
            return info;
    return kClusters[0];
}

std::span<const Syllable> tradeNameSyllables()
{
    return kSyllables;
}

std::span<const CompanySuffix> companySuffixes(Segment s)
{
    switch (s) {
    case Segment::BuildingTiles:
        return kTileSuffixes;
    case Segment::SanitaryWare:
        return kSanitarySuffixes;
    case Segment::DailyUsePorcelain:
        return kDailySuffixes;
    case Segment::ArtPorcelain:
        return kArtSuffixes;
    }
    return kTileSuffixes;
}

std::span<const std::string_view> surnames()
{
    return kSurnames;
}
std::span<const std::string_view> givenNameCharacters()
{
    return kGivenNameCharacters;
}
std::span<const TruckModel> truckModels()
{
    return kTruckModels;
}

std::span<const std::string_view> purposes(Product p)
{
    switch (p) {
    case Product::FleetPurchase:
        return kFleetPurposes;
    case Product::EquipmentMortgage:
        return kEquipmentPurposes;
    case Product::KilnUpgrade:
        return kKilnPurposes;
    case Product::WorkingCapital:
        return kWorkingCapitalPurposes;
    }
    return kWorkingCapitalPurposes;
}

std::span<const StaffUser> staffUsers()
{
    return kStaff;
}

} // namespace saggar::demo
