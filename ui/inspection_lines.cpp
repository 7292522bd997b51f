#include "inspection_lines.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

namespace saggar::ui {
namespace {

// Semicolons, full-width semicolons (typed with a Chinese input method) or tabs separate the parts.
QStringList parts(const QString& line)
{
    static const QRegularExpression separator(QStringLiteral("[;；\\t]"));
    QStringList out = line.split(separator);
    for (QString& p : out)
        p = p.trimmed();
    return out;
}

QStringList lines(const QString& text)
{
    return text.split(QLatin1Char('\n'));
}

std::string utf8(const QString& s)
{
    return s.toStdString();
}

bool isDigest(const QString& s)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(s).hasMatch();
}

} // namespace

std::vector<valuation::MaintenanceRecord>
InspectionLines::maintenance(const QString& text, TimestampMs inspectedAtMs, QString* error)
{
    std::vector<valuation::MaintenanceRecord> out;
    const QStringList all = lines(text);
    for (int i = 0; i < all.size(); ++i) {
        if (all[i].trimmed().isEmpty())
            continue;
        const QStringList p = parts(all[i]);
        const int n = i + 1;
        if (p.size() != 4) {
            *error =
                tr("Line %1: write the date, the work, who did it and “scheduled” or “repair”, separated "
                   "by semicolons.")
                    .arg(n);
            return {};
        }
        const QDate day = QDate::fromString(p[0], Qt::ISODate);
        if (!day.isValid()) {
            *error = tr("Line %1: “%2” is not a date; write it as 2026-10-12.").arg(n).arg(p[0]);
            return {};
        }
        const TimestampMs at = QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch();
        if (day > QDateTime::fromMSecsSinceEpoch(inspectedAtMs).date()) {
            *error = tr("Line %1: the work is dated after the inspection.").arg(n);
            return {};
        }
        if (p[1].isEmpty() || p[2].isEmpty()) {
            *error = tr("Line %1: say what work was done and who did it.").arg(n);
            return {};
        }
        const QString kind = p[3].toLower();
        bool scheduled = false;
        if (kind == QLatin1String("scheduled") || kind == tr("scheduled"))
            scheduled = true;
        else if (kind != QLatin1String("repair") && kind != tr("repair")) {
            *error = tr("Line %1: the last part is “scheduled” (a planned service) or “repair”, not “%2”.")
                         .arg(n)
                         .arg(p[3]);
            return {};
        }
        // A job on the inspection day itself counts as done before it.
        out.push_back({std::min(at, inspectedAtMs), utf8(p[1]), scheduled, utf8(p[2])});
    }
    return out;
}

std::vector<valuation::Defect> InspectionLines::defects(const QString& text, QString* error)
{
    std::vector<valuation::Defect> out;
    const QStringList all = lines(text);
    for (int i = 0; i < all.size(); ++i) {
        if (all[i].trimmed().isEmpty())
            continue;
        const QStringList p = parts(all[i]);
        const int n = i + 1;
        if (p.size() != 3) {
            *error = tr("Line %1: write the part, what is wrong and a severity of 1, 2 or 3, separated by "
                        "semicolons.")
                         .arg(n);
            return {};
        }
        if (p[0].isEmpty() || p[1].isEmpty()) {
            *error = tr("Line %1: name the part and say what is wrong with it.").arg(n);
            return {};
        }
        bool ok = false;
        const int severity = p[2].toInt(&ok);
        if (!ok || severity < 1 || severity > 3) {
            *error = tr("Line %1: the severity is 1 (cosmetic), 2 (needs repair) or 3 (stops use), not “%2”.")
                         .arg(n)
                         .arg(p[2]);
            return {};
        }
        out.push_back({utf8(p[0]), utf8(p[1]), severity});
    }
    return out;
}

std::vector<std::string> InspectionLines::photoDigests(const QString& text, QString* error)
{
    std::vector<std::string> out;
    const QStringList all = lines(text);
    for (int i = 0; i < all.size(); ++i) {
        const QString line = all[i].trimmed();
        if (line.isEmpty())
            continue;
        const QString digest = line.section(QLatin1Char(' '), 0, 0);
        if (!isDigest(digest)) {
            *error =
                tr("Line %1 does not start with a photo's SHA-256; remove the photos and add them again.")
                    .arg(i + 1);
            return {};
        }
        out.push_back(utf8(digest));
    }
    return out;
}

QString InspectionLines::maintenanceText(const std::vector<valuation::MaintenanceRecord>& records)
{
    QStringList out;
    for (const valuation::MaintenanceRecord& m : records)
        out << QStringLiteral("%1; %2; %3; %4")
                   .arg(QDateTime::fromMSecsSinceEpoch(m.atMs).date().toString(Qt::ISODate),
                        QString::fromStdString(m.work), QString::fromStdString(m.doneBy),
                        m.scheduled ? tr("scheduled") : tr("repair"));
    return out.join(QLatin1Char('\n'));
}

QString InspectionLines::defectsText(const std::vector<valuation::Defect>& defects)
{
    QStringList out;
    for (const valuation::Defect& d : defects)
        out << QStringLiteral("%1; %2; %3")
                   .arg(QString::fromStdString(d.part), QString::fromStdString(d.description))
                   .arg(d.severity);
    return out.join(QLatin1Char('\n'));
}

QString InspectionLines::photosText(const std::vector<std::string>& digests)
{
    QStringList out;
    for (const std::string& d : digests)
        out << QString::fromStdString(d);
    return out.join(QLatin1Char('\n'));
}

} // namespace saggar::ui
