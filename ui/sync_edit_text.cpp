#include "sync_edit_text.h"

#include "display_names.h"

#include "widgets/money_format.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QStringList>

namespace saggar::ui {

QString SyncEditText::describe(const EditSummary& s)
{
    switch (s.kind) {
    case EditKind::CreateFile:
        return tr("New file for %1").arg(qs(s.detail));
    case EditKind::PledgeTruck:
        return tr("Pledge truck %1").arg(qs(s.detail));
    case EditKind::PledgeKiln:
        return s.detail.empty() ? tr("Pledge a kiln") : tr("Pledge kiln %1").arg(qs(s.detail));
    case EditKind::AddCovenant:
        return tr("Add condition: %1").arg(qs(s.detail));
    case EditKind::Fields: {
        QStringList labels;
        for (const std::string& path : s.paths)
            if (path.size() < 14 || path.compare(path.size() - 14, 14, "/justification") != 0)
                labels << fieldLabel(path);
        return tr("Change %1").arg(labels.join(tr(", ")));
    }
    case EditKind::Move:
        if (auto action = fromKey<WorkflowAction>(s.detail))
            return DisplayNames::workflowAction(*action);
        return tr("Workflow step %1").arg(qs(s.detail));
    case EditKind::Delete:
        return tr("Delete the draft");
    case EditKind::Attach:
        return tr("Attach %1").arg(qs(s.detail));
    case EditKind::Other:
        break;
    }
    return tr("Other change");
}

QString SyncEditText::fieldLabel(const std::string& path)
{
    const QStringList parts = qs(path).split(QLatin1Char('/'));
    if (parts.size() == 1) {
        if (path == "amountFen")
            return tr("amount");
        if (path == "termMonths")
            return tr("term");
        if (path == "annualRatePct")
            return tr("rate");
        if (path == "purpose")
            return tr("purpose");
        return qs(path);
    }
    if (parts.size() == 3 && parts[0] == QLatin1String("memo") && parts[1] == QLatin1String("sections")) {
        if (auto section = fromKey<MemoSection>(parts[2].toStdString()))
            return tr("memo: %1").arg(DisplayNames::memoSection(*section));
        return tr("memo: %1").arg(parts[2]);
    }
    if (parts.size() == 3) {
        const QString& id = parts[1];
        const QString& field = parts[2];
        if (parts[0] == QLatin1String("documents"))
            return field == QLatin1String("status") ? tr("document %1: status").arg(id)
                                                    : tr("document %1: %2").arg(id, field);
        if (parts[0] == QLatin1String("covenants"))
            return field == QLatin1String("status") ? tr("condition %1: status").arg(id)
                                                    : tr("condition %1: %2").arg(id, field);
        if (field == QLatin1String("appraisedValueFen")) {
            if (parts[0] == QLatin1String("trucks"))
                return tr("appraised value of truck %1").arg(id);
            if (parts[0] == QLatin1String("kilns"))
                return tr("appraised value of kiln %1").arg(id);
        }
    }
    return qs(path);
}

QString SyncEditText::value(const std::string& path, const std::string& json)
{
    const QJsonDocument doc = QJsonDocument::fromJson("[" + QByteArray::fromStdString(json) + "]");
    if (!doc.isArray() || doc.array().size() != 1)
        return qs(json);
    const QJsonValue v = doc.array().at(0);
    const bool fen = path.size() > 3 && path.compare(path.size() - 3, 3, "Fen") == 0;
    if (fen && v.isDouble())
        return formatMoneyExact(Money::fromFen(static_cast<std::int64_t>(v.toDouble())));
    if (v.isString())
        return v.toString();
    if (v.isNull())
        return tr("(none)");
    return qs(json);
}

} // namespace saggar::ui
