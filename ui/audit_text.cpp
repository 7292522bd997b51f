#include "audit_text.h"

#include "alert_text.h"
#include "display_names.h"
#include "file_controller.h"
#include "widgets/money_format.h"

#include <QLocale>
#include <QRegularExpression>

#include <charconv>

namespace saggar::ui {
namespace {

bool startsWith(const std::string& text, std::string_view prefix)
{
    return text.size() >= prefix.size() && text.compare(0, prefix.size(), prefix) == 0;
}

bool endsWith(const std::string& text, std::string_view suffix)
{
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::optional<Id> number(std::string_view text)
{
    Id id = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return id;
}

constexpr std::string_view kAppraised = ":appraised_value";

} // namespace

QString AuditText::subject(const std::string& subject, const FileController& file)
{
    const auto after = [&](std::string_view prefix) {
        return std::string_view(subject).substr(prefix.size());
    };
    // Subjects that are their entry's kind read as the kind alone (see HistoryTab).
    if (subject == "state")
        return DisplayNames::auditKind(AuditKind::State);
    if (subject == "memo")
        return DisplayNames::auditKind(AuditKind::Memo);
    if (subject == "risk_grade")
        return tr("Risk grade");
    if (subject == "approval")
        return DisplayNames::auditKind(AuditKind::Approval);
    if (subject == "appraiser")
        return tr("Appraiser");
    if (subject == "manager")
        return tr("Manager");
    if (startsWith(subject, "document:"))
        if (auto kind = fromKey<DocumentKind>(after("document:")))
            return DisplayNames::documentKind(*kind);
    if (startsWith(subject, "exception:"))
        if (auto kind = fromKey<ExceptionKind>(after("exception:")))
            return DisplayNames::exceptionKind(*kind);
    if (endsWith(subject, kAppraised)) {
        const bool truck = startsWith(subject, "truck:");
        const std::string_view middle = std::string_view(subject).substr(
            truck ? 6 : 5, subject.size() - (truck ? 6 : 5) - kAppraised.size());
        if (auto id = number(middle); id && file.isOpen()) {
            if (truck)
                for (const Truck& t : file.view().ctx.trucks)
                    if (t.id == *id)
                        return tr("Appraised value of truck %1").arg(qs(t.plate));
            return truck ? tr("Appraised value of truck #%1").arg(*id)
                         : tr("Appraised value of kiln #%1").arg(*id);
        }
    }
    if (subject == "covenant:new")
        return tr("New condition or covenant");
    if (startsWith(subject, "covenant:"))
        if (auto id = number(after("covenant:")); id && file.isOpen()) {
            for (const Covenant& c : file.view().ctx.covenants)
                if (c.id == *id)
                    return tr("Condition: %1").arg(qs(c.description));
            return tr("Condition #%1").arg(*id);
        }
    // storage/sync_children.cpp: a change of the file that came from the bank server
    if (subject == "sync:updated")
        return tr("Changed by another workstation");
    if (subject == "sync:created")
        return tr("File received");
    if (subject == "sync:deleted")
        return tr("Deleted on another workstation");
    if (startsWith(subject, "alert:"))
        return tr("Alert #%1").arg(qs(std::string(after("alert:"))));
    // storage/sqlite_inspection_records.cpp: "inspection:truck:7" when an inspection is stored
    if (startsWith(subject, "inspection:truck:"))
        if (auto id = number(after("inspection:truck:"))) {
            if (file.isOpen())
                for (const Truck& t : file.view().ctx.trucks)
                    if (t.id == *id)
                        return tr("Inspection of truck %1").arg(qs(t.plate));
            return tr("Inspection of truck #%1").arg(*id);
        }
    if (startsWith(subject, "inspection:kiln:"))
        if (auto id = number(after("inspection:kiln:")))
            return tr("Inspection of kiln #%1").arg(*id);
    if (startsWith(subject, "truck:"))
        return tr("Truck pledged: %1").arg(qs(std::string(after("truck:"))));
    if (startsWith(subject, "kiln:"))
        return tr("Kiln pledged: %1").arg(qs(std::string(after("kiln:"))));
    return qs(subject);
}

QString AuditText::value(const std::string& subject, const std::string& value, const FileController& file)
{
    if (value.empty())
        return {};
    if (subject == "state")
        if (auto s = fromKey<LoanState>(value))
            return DisplayNames::loanState(*s);
    if (startsWith(subject, "document:"))
        if (auto s = fromKey<DocumentStatus>(value))
            return DisplayNames::documentStatus(*s);
    if (subject == "risk_grade")
        if (auto g = fromKey<RiskGrade>(value))
            return DisplayNames::riskGrade(*g);
    if (startsWith(subject, "sync:"))
        if (auto version = number(value))
            return tr("version %1").arg(*version);
    if (startsWith(subject, "alert:"))
        if (auto s = fromKey<AlertState>(value))
            return AlertText::state(*s);
    if (subject == "appraiser" || subject == "manager")
        if (auto id = number(value))
            return file.personName(*id);
    if (endsWith(subject, kAppraised))
        if (auto amount = Money::parseYuan(value))
            return formatMoney(*amount);
    if (startsWith(subject, "inspection:")) {
        static const QRegularExpression summary(QStringLiteral(
            "^inspection (\\d+) (signed|\\(not signed\\)): overall ([A-E]), structure ([A-E]), mechanism "
            "([A-E]), "
            "surface wear ([0-9.]+) %, (\\d+) maintenance records, (\\d+) defects, (\\d+) photos$"));
        const auto m = summary.match(qs(value));
        if (m.hasMatch())
            return (m.captured(2) == QLatin1String("signed")
                        ? tr("Inspection #%1, signed: overall %2, structure %3, mechanism %4; wear %5 %; %6 "
                             "maintenance records, %7 defects, %8 photos")
                        : tr("Inspection #%1, not signed: overall %2, structure %3, mechanism %4; wear %5 %; "
                             "%6 maintenance records, %7 defects, %8 photos"))
                .arg(m.captured(1), m.captured(3), m.captured(4), m.captured(5),
                     QLocale().toString(m.captured(6).toDouble(), 'f', 1), m.captured(7), m.captured(8),
                     m.captured(9));
    }
    return qs(value);
}

QString AuditText::reason(const std::string& reason)
{
    // storage/portfolio_writer.cpp records this one for every file brought in with a portfolio
    if (reason == "imported")
        return tr("Imported with the portfolio");
    // core/alert_queue.cpp records this one when the response clock escalates an alert
    if (reason == "response_clock_expired")
        return tr("Nobody answered within 30 minutes: escalated automatically");
    return QString::fromStdString(reason);
}

} // namespace saggar::ui
