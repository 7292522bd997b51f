// Telemetry over real loopback HTTP (an in-process Poco HTTPServer on port 0 over a fresh demo
// database and its own telemetry.db): device tokens for a device id and the shared secret, ingest of
// a device's readings (stored, read back through the history endpoint, duplicates ignored, late and
// out-of-order readings stored, invalid ones refused with their reasons while the valid ones land),
// history raw and in buckets, and hostile requests refused with their 4xx and nothing stored.
#include "server_client.h"

#include "core/telemetry_channels.h"
#include "server/device_auth.h"
#include "server/sync_schema.h"
#include "server/telemetry_endpoints.h"
#include "storage/telemetry_asset_source.h"

#include <Poco/JSON/Array.h>

#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace saggar;
using namespace saggar::server;
using saggar::test::Answer;
using saggar::test::TestApiServer;

namespace {

constexpr const char* kSecret = "test-device-secret";
constexpr TimestampMs kBase = 1780000000000; // 2026-05-28, well before the test runs

std::string reading(const std::string& channel, TimestampMs t, const std::string& v, std::int64_t seq = 0)
{
    return "{\"seq\":" + std::to_string(seq) + ",\"channel\":\"" + channel + "\",\"t\":" + std::to_string(t) +
           ",\"v\":" + v + "}";
}

std::string batch(const std::string& device, const std::vector<std::string>& readings)
{
    std::string out = "{\"device\":\"" + device + "\",\"readings\":[";
    for (std::size_t i = 0; i < readings.size(); ++i)
        out += (i ? "," : "") + readings[i];
    return out + "]}";
}

} // namespace

class TstServerTelemetry : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<TelemetryService> m_telemetry; // outlives the HTTP server
    TestApiServer m_api;
    std::string m_truckDevice; // truck 1's tracker
    std::string m_otherDevice; // truck 2's tracker
    std::string m_kilnDevice;  // the first kiln with a gateway
    Id m_kiln = 0;
    Id m_manager = 0;

    Answer request(const std::string& method, const std::string& path, const std::string& body,
                   const std::string& token, const std::string& contentType = "application/json")
    {
        test::Headers headers;
        if (!token.empty())
            headers.emplace_back("Authorization", "Bearer " + token);
        // An oversized body is announced in full but only its first kilobyte is sent.
        return test::httpCall(m_api.port(), method, path, body, headers,
                              method == "GET" ? test::noBody()
                                              : test::HttpOptions{.contentType = contentType,
                                                                  .sendWholeUpTo = kMaxIngestBodyBytes});
    }

    std::string deviceToken(const std::string& device)
    {
        const Answer a = request("POST", "/api/v1/devices/token",
                                 "{\"device\":\"" + device + "\",\"secret\":\"" + kSecret + "\"}", {});
        return a.status == 200 ? a.json()->getValue<std::string>("token") : std::string();
    }

    std::string workstationToken() { return m_api.token("manager"); }

    Answer ingest(const std::string& device, const std::vector<std::string>& readings)
    {
        return request("POST", "/api/v1/telemetry/ingest", batch(device, readings), deviceToken(device));
    }

    Answer history(const std::string& query)
    {
        return request("GET", "/api/v1/telemetry?" + query, {}, workstationToken());
    }

    // Every stored reading and reject tally, to compare before and after a refusal.
    std::string snapshot()
    {
        auto db =
            Database::open(m_dir.path().toStdString() + "/server/telemetry.db", OpenMode::ExistingReadOnly);
        if (!db)
            return "?";
        auto text = db.value().queryText(
            "SELECT (SELECT count(*) || ':' || coalesce(sum(value), 0) FROM samples) || '#' || "
            "(SELECT coalesce(sum(n), 0) FROM reject_tallies)");
        return text.ok() ? text.value() : std::string("?");
    }

    // The history's points of a truck-1 channel as (t, v).
    std::vector<std::pair<TimestampMs, double>> points(const std::string& channel, TimestampMs from,
                                                       TimestampMs to)
    {
        const Answer a = history("asset=truck:1&channel=" + channel + "&from=" + std::to_string(from) +
                                 "&to=" + std::to_string(to));
        std::vector<std::pair<TimestampMs, double>> out;
        if (a.status != 200)
            return out;
        const auto array = a.json()->getArray("points");
        for (std::size_t i = 0; i < array->size(); ++i) {
            const auto p = array->getArray(static_cast<unsigned>(i));
            out.emplace_back(p->getElement<TimestampMs>(0), p->getElement<double>(1));
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_api.open(m_dir.path().toStdString()).ok());
        Database& db = m_api.db();
        QVERIFY(ensureSyncSchema(db, m_clock.nowMs()).ok());
        m_truckDevice = db.queryText("SELECT tracker_id FROM trucks WHERE id = 1").value();
        m_otherDevice = db.queryText("SELECT tracker_id FROM trucks WHERE id = 2").value();
        m_manager = db.queryInt64("SELECT id FROM users WHERE login = 'manager'").value();
        m_kiln = db.queryInt64("SELECT min(id) FROM kilns WHERE gateway_id IS NOT NULL").value();
        m_kilnDevice =
            db.queryText("SELECT gateway_id FROM kilns WHERE id = " + std::to_string(m_kiln)).value();
        QVERIFY(!m_truckDevice.empty() && !m_otherDevice.empty() && !m_kilnDevice.empty());
        // The telemetry service over the server's folder, and the device secret, before it listens.
        const auto withTelemetry = [this](ApiContext& context) -> Result<void> {
            auto telemetry = TelemetryService::open(m_api.workspace().directory(), [&context] {
                std::lock_guard lock(context.storeMutex);
                return loadTelemetryAssets(context.db);
            });
            if (!telemetry)
                return telemetry.error();
            m_telemetry = std::move(telemetry).value();
            context.telemetry = m_telemetry.get();
            context.deviceSecret = kSecret;
            return {};
        };
        const auto started = m_api.start(m_clock, {.configure = withTelemetry});
        QVERIFY2(started.ok(), started.ok() ? "" : started.error().message.c_str());
    }

    void cleanupTestCase() { m_api.stop(); }

    void deviceTokens()
    {
        const std::string path = "/api/v1/devices/token";
        const Answer ok = request(
            "POST", path, "{\"device\":\"" + m_truckDevice + "\",\"secret\":\"" + kSecret + "\"}", {});
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json()->getObject("asset")->getValue<std::string>("kind"), std::string("truck"));
        QCOMPARE(ok.json()->getObject("asset")->getValue<Id>("id"), Id(1));
        const auto claims = m_api.tokens().verify(ok.json()->getValue<std::string>("token"), kDeviceAudience,
                                                  m_clock.nowMs());
        QVERIFY(claims.ok());
        QCOMPARE(claims.value().subject, "device:" + m_truckDevice);
        // A device token is no workstation token.
        QVERIFY(!m_api.tokens()
                     .verify(ok.json()->getValue<std::string>("token"), kWorkstationAudience, m_clock.nowMs())
                     .ok());

        const Answer wrong =
            request("POST", path, "{\"device\":\"" + m_truckDevice + "\",\"secret\":\"guess-guess\"}", {});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.code(), std::string("bad_credentials"));
        const Answer unknown = request(
            "POST", path, "{\"device\":\"TRK-NOSUCH\",\"secret\":\"" + std::string(kSecret) + "\"}", {});
        QCOMPARE(unknown.status, 403);
        QCOMPARE(unknown.code(), std::string("unknown_device"));
        const Answer malformed = request("POST", path, "{\"device\":\"", {});
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.code(), std::string("malformed_json"));
        const Answer missing = request("POST", path, "{\"device\":\"x\"}", {});
        QCOMPARE(missing.status, 422);
        QCOMPARE(missing.code(), std::string("wrong_type"));
        const Answer get = request("GET", path, {}, {});
        QCOMPARE(get.status, 405);
    }

    void ingestIsReadBack()
    {
        const Answer a = ingest(m_truckDevice,
                                {reading("speed", kBase, "10.5", 1), reading("speed", kBase + 1000, "20", 2),
                                 reading("speed", kBase + 2000, "30.25", 3)});
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json()->getValue<std::int64_t>("accepted"), std::int64_t(3));
        QCOMPARE(a.json()->getValue<std::int64_t>("duplicates"), std::int64_t(0));
        QCOMPARE(a.json()->getValue<std::int64_t>("rejectedTotal"), std::int64_t(0));
        const auto got = points("speed", kBase, kBase + 10000);
        const std::vector<std::pair<TimestampMs, double>> expected{
            {kBase, 10.5}, {kBase + 1000, 20}, {kBase + 2000, 30.25}};
        QCOMPARE(got, expected);
        // The same through the documented path and parameters.
        const Answer h = request("GET",
                                 "/api/v1/telemetry/history?kind=truck&assetId=1&channel=speed&fromMs=" +
                                     std::to_string(kBase) + "&toMs=" + std::to_string(kBase + 1000),
                                 {}, workstationToken());
        QCOMPARE(h.status, 200);
        QCOMPARE(h.json()->getArray("points")->size(), std::size_t(1)); // [from, to) is half open
    }

    void duplicatesAreIgnored()
    {
        const std::string before = snapshot();
        const Answer a = ingest(m_truckDevice,
                                {reading("speed", kBase, "99", 1), reading("speed", kBase + 1000, "20", 2)});
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json()->getValue<std::int64_t>("accepted"), std::int64_t(0));
        QCOMPARE(a.json()->getValue<std::int64_t>("duplicates"), std::int64_t(2));
        QCOMPARE(snapshot(), before);
        QCOMPARE(points("speed", kBase, kBase + 1).front().second, 10.5); // the first reading received wins
    }

    void lateAndOutOfOrderReadingsAreStored()
    {
        const Answer a =
            ingest(m_truckDevice, {reading("speed", kBase + 1500, "25"), reading("speed", kBase - 5000, "5"),
                                   reading("speed", kBase + 500, "15")});
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json()->getValue<std::int64_t>("accepted"), std::int64_t(3));
        const auto got = points("speed", kBase - 10000, kBase + 10000);
        QCOMPARE(got.size(), std::size_t(6));
        for (std::size_t i = 1; i < got.size(); ++i)
            QVERIFY(got[i - 1].first < got[i].first);
        QCOMPARE(got.front(), std::make_pair(kBase - 5000, 5.0));
    }

    void invalidReadingsAreRefusedAndValidOnesLand()
    {
        const TimestampMs t = kBase + 100000;
        const TimestampMs future = m_clock.nowMs() + 3600000;
        const Answer a = ingest(m_truckDevice, {
                                                   reading("speed", t, "40"),         // 0 valid
                                                   reading("speed", t + 1000, "250"), // 1 out_of_range
                                                   reading("speed", future, "40"),    // 2 future
                                                   reading("zone1_temp", t, "900"),   // 3 a kiln channel
                                                   reading("warp_factor", t, "9"),    // 4 no such channel
                                                   reading("ignition", t, "0.5"),     // 5 fraction
                                                   reading("speed", 1000, "40"),      // 6 before 2000
                                                   reading("odometer", t, "120000"),  // 7 valid
                                                   reading("odometer", t + 60000, "119000"), // 8 backwards
                                                   reading("fuel_level", t, "55"),           // 9 valid
                                               });
        QCOMPARE(a.status, 200);
        const auto json = a.json();
        QCOMPARE(json->getValue<std::int64_t>("accepted"), std::int64_t(3));
        QCOMPARE(json->getValue<std::int64_t>("rejectedTotal"), std::int64_t(7));
        const auto rejected = json->getObject("rejected");
        QCOMPARE(rejected->getValue<std::int64_t>("out_of_range"), std::int64_t(2));
        QCOMPARE(rejected->getValue<std::int64_t>("future_timestamp"), std::int64_t(1));
        QCOMPARE(rejected->getValue<std::int64_t>("unknown_channel"), std::int64_t(2));
        QCOMPARE(rejected->getValue<std::int64_t>("counter_backwards"), std::int64_t(1));
        QCOMPARE(rejected->getValue<std::int64_t>("malformed"), std::int64_t(1));
        const auto list = json->getArray("rejections");
        std::map<int, std::string> reasons;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto r = list->getObject(static_cast<unsigned>(i));
            reasons[r->getValue<int>("index")] = r->getValue<std::string>("reason");
            QVERIFY(!r->getValue<std::string>("message").empty());
        }
        const std::map<int, std::string> expected{
            {1, "out_of_range"}, {2, "future_timestamp"}, {3, "unknown_channel"},  {4, "unknown_channel"},
            {5, "out_of_range"}, {6, "malformed"},        {8, "counter_backwards"}};
        QCOMPARE(reasons, expected);
        QCOMPARE(points("speed", t, t + 10000), (std::vector<std::pair<TimestampMs, double>>{{t, 40.0}}));
        QCOMPARE(points("odometer", t, t + 100000).size(), std::size_t(1));
        // The refusals are tallied in the store too.
        auto db =
            Database::open(m_dir.path().toStdString() + "/server/telemetry.db", OpenMode::ExistingReadOnly);
        QVERIFY(db.ok());
        QCOMPARE(db.value().queryInt64("SELECT sum(n) FROM reject_tallies").value(), std::int64_t(7));
    }

    void kilnReadings()
    {
        const std::string token = deviceToken(m_kilnDevice);
        QVERIFY(!token.empty());
        const Answer a = request("POST", "/api/v1/telemetry",
                                 batch(m_kilnDevice, {reading("zone3_temp", kBase, "1180")}), token);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json()->getValue<std::int64_t>("accepted"), std::int64_t(1));
        const Answer h = history("asset=kiln:" + std::to_string(m_kiln) + "&channel=zone3_temp&from=" +
                                 std::to_string(kBase) + "&to=" + std::to_string(kBase + 1));
        QCOMPARE(h.status, 200);
        QCOMPARE(h.json()->getArray("points")->getArray(0)->getElement<double>(1), 1180.0);
    }

    void hostileIngestChangesNothing_data()
    {
        QTest::addColumn<QString>("who"); // whose token: device, other, workstation, forged-unknown, none
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const std::string dev = m_truckDevice;
        const auto ok = QByteArray::fromStdString(batch(dev, {reading("speed", kBase + 7000, "33")}));
        const QString json = "application/json";
        QTest::newRow("no token") << "none" << ok << json << 401 << "token_missing";
        QTest::newRow("workstation token") << "workstation" << ok << json << 401 << "token_invalid";
        QTest::newRow("another device's token") << "other" << ok << json << 403 << "device_mismatch";
        QTest::newRow("unknown device")
            << "forged-unknown"
            << QByteArray::fromStdString(batch("TRK-NOSUCH", {reading("speed", kBase, "1")})) << json << 403
            << "unknown_device";
        QTest::newRow("oversized") << "device" << QByteArray(kMaxIngestBodyBytes + 1, ' ') << json << 413
                                   << "body_too_large";
        std::vector<std::string> many(kMaxReadingsPerRequest + 1, reading("speed", kBase, "1"));
        QTest::newRow("too many readings")
            << "device" << QByteArray::fromStdString(batch(dev, many)) << json << 413 << "too_many_readings";
        QTest::newRow("malformed") << "device" << QByteArray("{device:") << json << 400 << "malformed_json";
        QTest::newRow("truncated") << "device" << ok.left(ok.size() - 5) << json << 400 << "malformed_json";
        QTest::newRow("not an object") << "device" << QByteArray("[1,2]") << json << 400 << "malformed_json";
        QTest::newRow("wrong content type")
            << "device" << ok << "text/plain" << 415 << "unsupported_media_type";
        const auto oneBad = [&](const std::string& bad) {
            return QByteArray::fromStdString(batch(dev, {reading("speed", kBase + 8000, "33"), bad}));
        };
        QTest::newRow("t a string") << "device" << oneBad("{\"channel\":\"speed\",\"t\":\"soon\",\"v\":1}")
                                    << json << 422 << "wrong_type";
        QTest::newRow("t a fraction")
            << "device" << oneBad("{\"channel\":\"speed\",\"t\":1.5,\"v\":1}") << json << 422 << "wrong_type";
        QTest::newRow("v a string") << "device"
                                    << oneBad("{\"channel\":\"speed\",\"t\":1780000009000,\"v\":\"1\"}")
                                    << json << 422 << "wrong_type";
        QTest::newRow("v a boolean") << "device"
                                     << oneBad("{\"channel\":\"speed\",\"t\":1780000009000,\"v\":true}")
                                     << json << 422 << "wrong_type";
        QTest::newRow("v null") << "device"
                                << oneBad("{\"channel\":\"speed\",\"t\":1780000009000,\"v\":null}") << json
                                << 422 << "wrong_type";
        QTest::newRow("channel a number") << "device" << oneBad("{\"channel\":3,\"t\":1780000009000,\"v\":1}")
                                          << json << 422 << "wrong_type";
        QTest::newRow("seq negative")
            << "device" << oneBad("{\"seq\":-1,\"channel\":\"speed\",\"t\":1780000009000,\"v\":1}") << json
            << 422 << "wrong_type";
        QTest::newRow("v missing") << "device" << oneBad("{\"channel\":\"speed\",\"t\":1780000009000}")
                                   << json << 422 << "wrong_type";
        QTest::newRow("reading not an object") << "device" << oneBad("42") << json << 422 << "wrong_type";
        QTest::newRow("unknown member")
            << "device" << oneBad("{\"channel\":\"speed\",\"t\":1780000009000,\"v\":1,\"unit\":\"mph\"}")
            << json << 422 << "unknown_field";
        QTest::newRow("t with an exponent")
            << "device" << oneBad("{\"channel\":\"speed\",\"t\":1.78e12,\"v\":1}") << json << 422
            << "wrong_type";
        QTest::newRow("unknown nested member")
            << "device"
            << oneBad("{\"channel\":\"speed\",\"t\":1780000009000,\"v\":1,\"x\":{\"y\":[1,{\"z\":null}]}}")
            << json << 422 << "unknown_field";
        QTest::newRow("trailing garbage") << "device" << ok + " x" << json << 400 << "malformed_json";
        QTest::newRow("control character in a string")
            << "device" << oneBad("{\"channel\":\"spe\ted\",\"t\":1780000009000,\"v\":1}") << json << 400
            << "malformed_json";
        QTest::newRow("type error before a syntax error")
            << "device"
            << QByteArray::fromStdString("{\"device\":\"" + dev + "\",\"readings\":[{\"channel\":1,\"t\":")
            << json << 400 << "malformed_json";
        QTest::newRow("bad escape") << "device"
                                    << QByteArray::fromStdString("{\"device\":\"\\x41\",\"readings\":[]}")
                                    << json << 400 << "malformed_json";
        QTest::newRow("readings an object")
            << "device" << QByteArray::fromStdString("{\"device\":\"" + dev + "\",\"readings\":{}}") << json
            << 422 << "wrong_type";
        QTest::newRow("no device") << "device" << QByteArray("{\"readings\":[]}") << json << 422
                                   << "wrong_type";
    }

    void hostileIngestChangesNothing()
    {
        QFETCH(QString, who);
        QFETCH(QByteArray, body);
        QFETCH(QString, contentType);
        QFETCH(int, status);
        QFETCH(QString, code);
        std::string token;
        if (who == "device")
            token = deviceToken(m_truckDevice);
        else if (who == "other")
            token = deviceToken(m_otherDevice);
        else if (who == "workstation")
            token = workstationToken();
        else if (who == "forged-unknown")
            token = m_api.tokens().issue({"device:TRK-NOSUCH", "device", kDeviceAudience, m_clock.nowMs(),
                                          m_clock.nowMs() + kDeviceTokenLifetimeMs});
        const std::string before = snapshot();
        const Answer a =
            request("POST", "/api/v1/telemetry/ingest", body.toStdString(), token, contentType.toStdString());
        QCOMPARE(a.status, status);
        QCOMPARE(QString::fromStdString(a.code()), code);
        QCOMPARE(snapshot(), before);
    }

    void anyValidJsonSpellingIsRead()
    {
        // Whitespace everywhere, an escaped device id, members in another order, no seq, an exponent.
        std::string device = m_truckDevice;
        device.replace(0, 1, "\\u0054"); // the letter T
        const std::string body =
            " {\n \"readings\" : [ { \"v\" : 4.5E1 ,\t\"t\":" + std::to_string(kBase + 30000) +
            " , \"channel\" : \"speed\" } ] ,\r\n \"device\" : \"" + device + "\" } ";
        QVERIFY(body.find("\\u0054") != std::string::npos);
        const Answer a = request("POST", "/api/v1/telemetry/ingest", body, deviceToken(m_truckDevice));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json()->getValue<std::int64_t>("accepted"), std::int64_t(1));
        QCOMPARE(points("speed", kBase + 30000, kBase + 30001).front().second, 45.0);
    }

    void historyInBuckets()
    {
        std::vector<std::string> readings;
        const TimestampMs from = kBase + 3600000;
        for (int i = 0; i < 100; ++i)
            readings.push_back(reading("fuel_level", from + i * 60000, std::to_string(i % 50)));
        QCOMPARE(ingest(m_truckDevice, readings).json()->getValue<std::int64_t>("accepted"),
                 std::int64_t(100));
        const Answer a = history("asset=truck:1&channel=fuel_level&from=" + std::to_string(from) +
                                 "&to=" + std::to_string(from + 100 * 60000) + "&maxPoints=10");
        QCOMPARE(a.status, 200);
        const auto json = a.json();
        QVERIFY(json->getValue<bool>("downsampled"));
        QVERIFY(json->getValue<std::int64_t>("bucketMs") > 0);
        const auto buckets = json->getArray("buckets");
        QVERIFY(buckets->size() > 1 && buckets->size() <= 12);
        std::int64_t n = 0;
        double lowest = 1e9, highest = -1e9;
        for (std::size_t i = 0; i < buckets->size(); ++i) {
            const auto b = buckets->getArray(static_cast<unsigned>(i)); // [start, min, max, mean, count]
            QVERIFY(b->getElement<double>(1) <= b->getElement<double>(3));
            QVERIFY(b->getElement<double>(3) <= b->getElement<double>(2));
            lowest = std::min(lowest, b->getElement<double>(1));
            highest = std::max(highest, b->getElement<double>(2));
            n += b->getElement<std::int64_t>(4);
        }
        QCOMPARE(n, std::int64_t(100));
        QCOMPARE(lowest, 0.0);
        QCOMPARE(highest, 49.0);
        // Within the budget the same range comes raw.
        const Answer raw = history("asset=truck:1&channel=fuel_level&from=" + std::to_string(from) +
                                   "&to=" + std::to_string(from + 100 * 60000) + "&maxPoints=100");
        QVERIFY(!raw.json()->getValue<bool>("downsampled"));
        QCOMPARE(raw.json()->getArray("points")->size(), std::size_t(100));
    }

    // channel=all (the workstation's back-fill): every channel of the asset in one answer, each exactly
    // what its own request gives, and a channel over maxPoints only flagged as thinned.
    void historyOfAllChannels()
    {
        const TimestampMs from = kBase + 30 * 3600000LL;
        std::vector<std::string> readings;
        for (int i = 0; i < 6; ++i)
            readings.push_back(reading("speed", from + i * 60000, std::to_string(40 + i)));
        for (int i = 0; i < 3; ++i)
            readings.push_back(reading("odometer", from + i * 60000, std::to_string(120000 + i)));
        QCOMPARE(ingest(m_truckDevice, readings).json()->getValue<std::int64_t>("accepted"), std::int64_t(9));
        const std::string range = "&from=" + std::to_string(from) + "&to=" + std::to_string(from + 3600000);
        const Answer all = history("asset=truck:1&channel=all" + range);
        QCOMPARE(all.status, 200);
        const auto channels = all.json()->getObject("channels");
        QVERIFY(channels);
        QCOMPARE(channels->size(), channelsOf(AssetKind::Truck).size());
        for (const ChannelSpec& spec : channelsOf(AssetKind::Truck)) {
            const auto one = channels->getObject(std::string(spec.key));
            QVERIFY2(one, spec.key.data());
            QVERIFY(!one->getValue<bool>("downsampled"));
            const auto got = one->getArray("points");
            const auto alone = points(std::string(spec.key), from, from + 3600000);
            QCOMPARE(got->size(), alone.size());
            for (std::size_t i = 0; i < alone.size(); ++i) {
                QCOMPARE(got->getArray(static_cast<unsigned>(i))->getElement<TimestampMs>(0), alone[i].first);
                QCOMPARE(got->getArray(static_cast<unsigned>(i))->getElement<double>(1), alone[i].second);
            }
        }
        QCOMPARE(channels->getObject("speed")->getArray("points")->size(), std::size_t(6));
        QCOMPARE(channels->getObject("odometer")->getArray("points")->size(), std::size_t(3));
        const Answer thin = history("asset=truck:1&channel=all&maxPoints=4" + range);
        QCOMPARE(thin.status, 200);
        const auto speed = thin.json()->getObject("channels")->getObject("speed");
        QVERIFY(speed->getValue<bool>("downsampled"));
        QVERIFY(!speed->has("points"));
        QCOMPARE(thin.json()->getObject("channels")->getObject("odometer")->getArray("points")->size(),
                 std::size_t(3));
    }

    void historyIsLimitedToReadableAssets()
    {
        Id analyst = 0, own = 0, others = 0, unpledged = 0;
        {
            Database& db = m_api.db();
            std::lock_guard lock(m_api.mutex());
            analyst = db.queryInt64("SELECT id FROM users WHERE login = 'analyst'").value();
            const auto truckWhere = [&db](const std::string& condition) {
                return db
                    .queryInt64("SELECT coalesce(min(t.id), 0) FROM trucks t JOIN loan_files f ON f.id = "
                                "t.loan_file_id WHERE " +
                                condition)
                    .value();
            };
            own = truckWhere("f.analyst_id = " + std::to_string(analyst));
            others = truckWhere("coalesce(f.analyst_id, 0) <> " + std::to_string(analyst));
            unpledged =
                db.queryInt64("SELECT coalesce(min(id), 0) FROM trucks WHERE loan_file_id IS NULL").value();
        }
        QVERIFY(own > 0 && others > 0 && unpledged > 0);
        const std::string analystToken =
            m_api.tokens().issue({std::to_string(analyst), "analyst", kWorkstationAudience, m_clock.nowMs(),
                                  m_clock.nowMs() + 60000});
        const auto status = [&](Id truck, const std::string& token) {
            return request("GET",
                           "/api/v1/telemetry/history?asset=truck:" + std::to_string(truck) +
                               "&channel=speed&from=1780000000000&to=1780000100000",
                           {}, token)
                .status;
        };
        QCOMPARE(status(own, analystToken), 200);
        QCOMPARE(status(others, analystToken), 404);       // another analyst's file
        QCOMPARE(status(unpledged, analystToken), 404);    // on no file
        QCOMPARE(status(others, workstationToken()), 200); // a manager reads every asset
        QCOMPARE(status(unpledged, workstationToken()), 200);
    }

    void historyRefusals_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("token"); // workstation, device, none
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString range = "&from=1780000000000&to=1780000100000";
        QTest::newRow("no token") << "asset=truck:1&channel=speed" + range << "none" << 401
                                  << "token_missing";
        QTest::newRow("device token")
            << "asset=truck:1&channel=speed" + range << "device" << 401 << "token_invalid";
        QTest::newRow("no such asset")
            << "asset=truck:999999&channel=speed" + range << "workstation" << 404 << "not_found";
        QTest::newRow("bad kind") << "asset=boat:1&channel=speed" + range << "workstation" << 400
                                  << "bad_query";
        QTest::newRow("no id") << "asset=truck&channel=speed" + range << "workstation" << 400 << "bad_query";
        QTest::newRow("kiln channel of a truck")
            << "asset=truck:1&channel=zone1_temp" + range << "workstation" << 400 << "bad_query";
        QTest::newRow("no range") << "asset=truck:1&channel=speed"
                                  << "workstation" << 400 << "bad_query";
        QTest::newRow("backwards range") << "asset=truck:1&channel=speed&from=1780000100000&to=1780000000000"
                                         << "workstation" << 400 << "bad_query";
        QTest::newRow("maxPoints 0") << "asset=truck:1&channel=speed&maxPoints=0" + range << "workstation"
                                     << 400 << "bad_query";
        QTest::newRow("unknown parameter")
            << "asset=truck:1&channel=speed&limit=5" + range << "workstation" << 400 << "bad_query";
    }

    void historyRefusals()
    {
        QFETCH(QString, query);
        QFETCH(QString, token);
        QFETCH(int, status);
        QFETCH(QString, code);
        const std::string bearer = token == "workstation" ? workstationToken()
                                   : token == "device"    ? deviceToken(m_truckDevice)
                                                          : std::string();
        const Answer a = request("GET", "/api/v1/telemetry/history?" + query.toStdString(), {}, bearer);
        QCOMPARE(a.status, status);
        QCOMPARE(QString::fromStdString(a.code()), code);
    }
};

QTEST_GUILESS_MAIN(TstServerTelemetry)
#include "tst_server_telemetry.moc"
