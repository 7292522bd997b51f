// Telemetry CSV lines and times, and the pure summaries: downsampling against a brute-force
// computation, gap detection and coverage.
#include "core/telemetry_aggregate.h"
#include "core/telemetry_csv.h"

#include <QTest>

#include <random>

using namespace saggar;

namespace {

AssetDirectory directory()
{
    TelemetryAsset truck;
    truck.kind = AssetKind::Truck;
    truck.id = 12;
    truck.deviceId = "TRK-00AB12CD";
    TelemetryAsset gasKiln;
    gasKiln.kind = AssetKind::Kiln;
    gasKiln.id = 3;
    gasKiln.deviceId = "GW-0003";
    gasKiln.fuel = KilnFuel::Gas;
    gasKiln.capacityUnit = CapacityUnit::SquareMetres;
    TelemetryAsset electricKiln = gasKiln;
    electricKiln.id = 12; // the same number as the truck: another asset
    electricKiln.deviceId = "GW-0012";
    electricKiln.fuel = KilnFuel::Electric;
    electricKiln.capacityUnit = CapacityUnit::Pieces;
    return AssetDirectory({truck, gasKiln, electricKiln});
}

constexpr qint64 k20260528T1015 = 1'779'963'300'000; // 2026-05-28T10:15:00Z

} // namespace

class TestTelemetryCsv : public QObject
{
    Q_OBJECT

private slots:
    void parseTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected"); // -1: refused
        QTest::newRow("UTC") << "2026-05-28T10:15:00Z" << k20260528T1015;
        QTest::newRow("lower-case z") << "2026-05-28T10:15:00z" << k20260528T1015;
        QTest::newRow("Beijing offset") << "2026-05-28T18:15:00+08:00" << k20260528T1015;
        QTest::newRow("offset without colon") << "2026-05-28T18:15:00+0800" << k20260528T1015;
        QTest::newRow("offset hours only") << "2026-05-28T18:15:00+08" << k20260528T1015;
        QTest::newRow("negative offset") << "2026-05-28T05:15:00-05:00" << k20260528T1015;
        QTest::newRow("space separator") << "2026-05-28 10:15:00Z" << k20260528T1015;
        QTest::newRow("no seconds") << "2026-05-28T10:15Z" << k20260528T1015;
        QTest::newRow("milliseconds") << "2026-05-28T10:15:00.250Z" << k20260528T1015 + 250;
        QTest::newRow("one fraction digit") << "2026-05-28T10:15:00.5Z" << k20260528T1015 + 500;
        QTest::newRow("nanoseconds truncated") << "2026-05-28T10:15:00.123456789Z" << k20260528T1015 + 123;
        QTest::newRow("epoch ms") << "1779963300000" << k20260528T1015;
        QTest::newRow("leap day") << "2028-02-29T00:00:00Z" << qint64(1'835'395'200'000);
        QTest::newRow("epoch") << "1970-01-01T00:00:00Z" << qint64(0);
        QTest::newRow("no zone") << "2026-05-28T10:15:00" << qint64(-1);
        QTest::newRow("date only") << "2026-05-28" << qint64(-1);
        QTest::newRow("month 13") << "2026-13-01T00:00:00Z" << qint64(-1);
        QTest::newRow("30 February") << "2026-02-30T00:00:00Z" << qint64(-1);
        QTest::newRow("29 February 2026") << "2026-02-29T00:00:00Z" << qint64(-1);
        QTest::newRow("hour 24") << "2026-05-28T24:00:00Z" << qint64(-1);
        QTest::newRow("second 60") << "2026-05-28T10:15:60Z" << qint64(-1);
        QTest::newRow("empty fraction") << "2026-05-28T10:15:00.Z" << qint64(-1);
        QTest::newRow("trailing text") << "2026-05-28T10:15:00Zx" << qint64(-1);
        QTest::newRow("offset 15 h") << "2026-05-28T10:15:00+15:00" << qint64(-1);
        QTest::newRow("epoch seconds with a dot") << "1779963300.5" << qint64(-1);
        QTest::newRow("words") << "yesterday" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
    }
    void parseTime()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const auto t = parseTelemetryTime(text.toStdString());
        QCOMPARE(t ? qint64(*t) : qint64(-1), expected);
    }

    void formatRoundTrips()
    {
        for (TimestampMs t : {TimestampMs{0}, TimestampMs{k20260528T1015 + 7}, TimestampMs{1'835'395'200'999},
                              TimestampMs{-86'400'000}}) {
            const std::string text = formatTelemetryTime(t);
            QCOMPARE(parseTelemetryTime(text), std::optional<TimestampMs>(t));
        }
        QCOMPARE(formatTelemetryTime(k20260528T1015), std::string("2026-05-28T10:15:00.000Z"));
        for (std::int64_t d : {-1000, 0, 59, 20'000, 21'000})
            QCOMPARE(daysFromCivil(civilFromDays(d).year, civilFromDays(d).month, civilFromDays(d).day), d);
    }

    void parseLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("kind");   // CsvLine::Kind
        QTest::addColumn<int>("reason"); // for Rejected
        QTest::addColumn<int>("assetKind");
        QTest::addColumn<qint64>("asset");
        QTest::addColumn<int>("channel");
        QTest::addColumn<double>("value");
        QTest::addColumn<qint64>("seq");

        const int sample = static_cast<int>(CsvLine::Kind::Sample);
        const int skipped = static_cast<int>(CsvLine::Kind::Skipped);
        const int rejected = static_cast<int>(CsvLine::Kind::Rejected);
        const int truck = static_cast<int>(AssetKind::Truck);
        const int kiln = static_cast<int>(AssetKind::Kiln);
        const auto ch = [](ChannelId c) { return static_cast<int>(c); };
        const auto why = [](RejectReason r) { return static_cast<int>(r); };
        QTest::newRow("by asset id") << "truck,12,speed,2026-05-28T10:15:00Z,62.5,1041" << sample << 0
                                     << truck << qint64(12) << ch(ChannelId::Speed) << 62.5 << qint64(1041);
        QTest::newRow("by device id, no seq")
            << "truck,TRK-00AB12CD,odometer,1779963300000,123456.7" << sample << 0 << truck << qint64(12)
            << ch(ChannelId::Odometer) << 123456.7 << qint64(0);
        QTest::newRow("same number, other kind")
            << "kiln,12,electricity_kwh,1779963300000,9" << sample << 0 << kiln << qint64(12)
            << ch(ChannelId::ElectricityUse) << 9.0 << qint64(0);
        QTest::newRow("spaces, upper case, CRLF")
            << " Kiln , GW-0003 , ZONE3_TEMP , 2026-05-28T10:15:00Z , 1186 \r" << sample << 0 << kiln
            << qint64(3) << ch(ChannelId::Zone3Temp) << 1186.0 << qint64(0);
        QTest::newRow("quoted fields")
            << "\"kiln\",\"GW-0003\",\"gas_m3\",\"2026-05-28T10:15:00Z\",\"1e6\",\"\"" << sample << 0 << kiln
            << qint64(3) << ch(ChannelId::GasUse) << 1e6 << qint64(0);
        QTest::newRow("plus sign") << "truck,12,speed,1779963300000,+5" << sample << 0 << truck << qint64(12)
                                   << ch(ChannelId::Speed) << 5.0 << qint64(0);
        QTest::newRow("blank") << "   " << skipped << 0 << 0 << qint64(0) << 0 << 0.0 << qint64(0);
        QTest::newRow("comment") << "# exported 2026-05-28" << skipped << 0 << 0 << qint64(0) << 0 << 0.0
                                 << qint64(0);
        QTest::newRow("header") << "asset_kind,asset,channel,time,value,device_seq" << skipped << 0 << 0
                                << qint64(0) << 0 << 0.0 << qint64(0);
        QTest::newRow("four fields") << "truck,12,speed,1779963300000" << rejected
                                     << why(RejectReason::Malformed) << 0 << qint64(0) << 0 << 0.0
                                     << qint64(0);
        QTest::newRow("seven fields")
            << "truck,12,speed,1779963300000,1,2,3" << rejected << why(RejectReason::Malformed) << 0
            << qint64(0) << 0 << 0.0 << qint64(0);
        QTest::newRow("open quote") << "truck,\"12,speed,1779963300000,1" << rejected
                                    << why(RejectReason::Malformed) << 0 << qint64(0) << 0 << 0.0
                                    << qint64(0);
        QTest::newRow("kind lorry") << "lorry,12,speed,1779963300000,1" << rejected
                                    << why(RejectReason::Malformed) << 0 << qint64(0) << 0 << 0.0
                                    << qint64(0);
        QTest::newRow("unknown id") << "truck,13,speed,1779963300000,1" << rejected
                                    << why(RejectReason::UnknownAsset) << 0 << qint64(0) << 0 << 0.0
                                    << qint64(0);
        QTest::newRow("unknown device")
            << "truck,TRK-FFFF,speed,1779963300000,1" << rejected << why(RejectReason::UnknownAsset) << 0
            << qint64(0) << 0 << 0.0 << qint64(0);
        QTest::newRow("a kiln's gateway as a truck")
            << "truck,GW-0003,speed,1779963300000,1" << rejected << why(RejectReason::UnknownAsset) << 0
            << qint64(0) << 0 << 0.0 << qint64(0);
        QTest::newRow("no such channel")
            << "truck,12,altitude,1779963300000,1" << rejected << why(RejectReason::UnknownChannel) << 0
            << qint64(0) << 0 << 0.0 << qint64(0);
        QTest::newRow("a kiln channel on a truck")
            << "truck,12,zone1_temp,1779963300000,1" << rejected << why(RejectReason::UnknownChannel) << 0
            << qint64(0) << 0 << 0.0 << qint64(0);
        QTest::newRow("electricity of a gas kiln")
            << "kiln,3,electricity_kwh,1779963300000,1" << rejected << why(RejectReason::UnknownChannel) << 0
            << qint64(0) << 0 << 0.0 << qint64(0);
        QTest::newRow("time without zone")
            << "truck,12,speed,2026-05-28 10:15:00,1" << rejected << why(RejectReason::Malformed) << 0
            << qint64(0) << 0 << 0.0 << qint64(0);
        QTest::newRow("value with unit")
            << "truck,12,speed,1779963300000,62 km/h" << rejected << why(RejectReason::Malformed) << 0
            << qint64(0) << 0 << 0.0 << qint64(0);
        QTest::newRow("decimal comma")
            << "truck,12,speed,1779963300000,\"62,5\"" << rejected << why(RejectReason::Malformed) << 0
            << qint64(0) << 0 << 0.0 << qint64(0);
        QTest::newRow("nan value") << "truck,12,speed,1779963300000,nan" << rejected
                                   << why(RejectReason::Malformed) << 0 << qint64(0) << 0 << 0.0 << qint64(0);
        QTest::newRow("negative seq")
            << "truck,12,speed,1779963300000,1,-4" << rejected << why(RejectReason::Malformed) << 0
            << qint64(0) << 0 << 0.0 << qint64(0);
    }
    void parseLine()
    {
        QFETCH(QString, line);
        QFETCH(int, kind);
        QFETCH(int, reason);
        QFETCH(int, assetKind);
        QFETCH(qint64, asset);
        QFETCH(int, channel);
        QFETCH(double, value);
        QFETCH(qint64, seq);
        const AssetDirectory assets = directory();
        TelemetryCsvReader reader(assets);
        const CsvLine parsed = reader.parseLine(line.toStdString());
        QCOMPARE(static_cast<int>(parsed.kind), kind);
        QCOMPARE(parsed.lineNumber, 1);
        if (parsed.kind == CsvLine::Kind::Rejected) {
            QCOMPARE(static_cast<int>(parsed.rejection.reason), reason);
            QVERIFY(!parsed.rejection.message.empty());
        }
        if (parsed.kind == CsvLine::Kind::Sample) {
            QCOMPARE(static_cast<int>(parsed.sample.series.kind), assetKind);
            QCOMPARE(parsed.sample.series.assetId, asset);
            QCOMPARE(static_cast<int>(parsed.sample.series.channel), channel);
            QCOMPARE(parsed.sample.value, value);
            QCOMPARE(parsed.sample.deviceSeq, seq);
            QCOMPARE(parsed.sample.tMs, k20260528T1015);
        }
    }

    void lineNumbersAndHeaderOnlyFirst()
    {
        const AssetDirectory assets = directory();
        TelemetryCsvReader reader(assets);
        // A byte-order mark, then the header; a second header later is a bad line like any other.
        QCOMPARE(reader
                     .parseLine("\xEF\xBB\xBF"
                                "asset_kind,asset,channel,time,value")
                     .kind,
                 CsvLine::Kind::Skipped);
        QCOMPARE(reader.parseLine("").kind, CsvLine::Kind::Skipped);
        const CsvLine good = reader.parseLine("truck,12,speed,1779963300000,3");
        QCOMPARE(good.kind, CsvLine::Kind::Sample);
        QCOMPARE(good.lineNumber, 3);
        const CsvLine again = reader.parseLine("asset_kind,asset,channel,time,value");
        QCOMPARE(again.kind, CsvLine::Kind::Rejected);
        QCOMPARE(again.lineNumber, 4);
        QCOMPARE(reader.linesRead(), 4);
    }

    void downsampleMatchesBruteForce()
    {
        std::mt19937_64 random(42);
        std::vector<TelemetryPoint> points;
        TimestampMs t = 1'780'000'000'000;
        for (int i = 0; i < 5000; ++i) {
            t += 1000 * static_cast<TimestampMs>(1 + random() % 900); // irregular, with gaps
            points.push_back({t, static_cast<double>(random() % 10'000) / 7.0});
        }
        for (int trial = 0; trial < 40; ++trial) {
            const TimestampMs from = points.front().tMs + static_cast<TimestampMs>(random() % 1'000'000);
            const TimeRange range{from, from + static_cast<TimestampMs>(random() % 2'000'000'000)};
            const TimestampMs bucket = 1000 * static_cast<TimestampMs>(1 + random() % 20'000);
            const auto buckets = downsamplePoints(points, range, bucket);
            // Brute force: every bucket's members, independently.
            std::map<TimestampMs, std::vector<double>> members;
            for (const auto& p : points)
                if (p.tMs >= range.fromMs && p.tMs < range.toMs)
                    members[range.fromMs + (p.tMs - range.fromMs) / bucket * bucket].push_back(p.value);
            QCOMPARE(buckets.size(), members.size());
            std::size_t i = 0;
            for (const auto& [start, values] : members) {
                const TelemetryBucket& b = buckets[i++];
                QCOMPARE(b.startMs, start);
                QCOMPARE(b.count, static_cast<std::int64_t>(values.size()));
                QCOMPARE(b.min, *std::min_element(values.begin(), values.end()));
                QCOMPARE(b.max, *std::max_element(values.begin(), values.end()));
                double sum = 0;
                for (double v : values)
                    sum += v;
                QVERIFY(std::abs(b.mean - sum / static_cast<double>(values.size())) < 1e-9);
            }
        }
    }

    void bucketLength()
    {
        const TimeRange day{0, 86'400'000};
        QCOMPARE(bucketLengthFor(day, 1000), 5 * 60'000); // never below a report interval
        QCOMPARE(bucketLengthFor(day, 100), 15 * 60'000); // 864 s rounds up to 15 min
        QCOMPARE(bucketLengthFor({0, 365 * 86'400'000LL}, 1000), 9 * 3'600'000); // 8.76 h → 9 h
        QCOMPARE(bucketLengthFor(day, 0), 86'400'000);
    }

    void gaps_data()
    {
        QTest::addColumn<QList<qint64>>("minutes");   // reading times in minutes
        QTest::addColumn<qint64>("rangeMinutes");     // the range is [0, this)
        QTest::addColumn<QList<qint64>>("gapBounds"); // from, to, from, to … in minutes
        QTest::addColumn<double>("coverage");
        QTest::newRow("every 5 min") << QList<qint64>{0, 5, 10, 15} << qint64(20) << QList<qint64>{} << 100.0;
        QTest::newRow("jitter") << QList<qint64>{1, 7, 11, 16} << qint64(20) << QList<qint64>{} << 100.0;
        QTest::newRow("one report missed")
            << QList<qint64>{0, 5, 15, 20} << qint64(25) << QList<qint64>{10, 15} << 80.0;
        QTest::newRow("an hour silent")
            << QList<qint64>{0, 60} << qint64(65) << QList<qint64>{5, 60} << 100.0 * 10 / 65;
        QTest::newRow("late start") << QList<qint64>{30, 35} << qint64(40) << QList<qint64>{0, 30} << 25.0;
        QTest::newRow("early end") << QList<qint64>{0, 5} << qint64(40) << QList<qint64>{10, 40} << 25.0;
        QTest::newRow("nothing") << QList<qint64>{} << qint64(40) << QList<qint64>{0, 40} << 0.0;
    }
    void gaps()
    {
        QFETCH(QList<qint64>, minutes);
        QFETCH(qint64, rangeMinutes);
        QFETCH(QList<qint64>, gapBounds);
        QFETCH(double, coverage);
        const TimestampMs m = 60'000;
        std::vector<TimestampMs> times;
        for (qint64 x : minutes)
            times.push_back(x * m);
        const GapReport report = findGaps(times, {0, rangeMinutes * m}, 5 * m);
        QCOMPARE(report.gaps.size(), static_cast<std::size_t>(gapBounds.size() / 2));
        for (std::size_t i = 0; i < report.gaps.size(); ++i) {
            QCOMPARE(report.gaps[i].fromMs, gapBounds[static_cast<int>(2 * i)] * m);
            QCOMPARE(report.gaps[i].toMs, gapBounds[static_cast<int>(2 * i + 1)] * m);
        }
        QVERIFY2(std::abs(report.coveragePct - coverage) < 1e-9, std::to_string(report.coveragePct).c_str());
        QCOMPARE(report.samples, static_cast<std::int64_t>(minutes.size()));
    }
};

QTEST_GUILESS_MAIN(TestTelemetryCsv)
#include "tst_telemetry_csv.moc"
