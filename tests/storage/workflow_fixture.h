// A workspace with the people of a loan file and one Equipment Mortgage draft (a truck and a kiln
// pledged), for the workflow store's tests; plus a dump of every table, to show a refused write
// changed nothing.
#pragma once

#include "core/workflow.h"
#include "storage/sqlite_loan_file_store.h"
#include "storage/sqlite_workflow_store.h"
#include "storage/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <string>

// QVERIFY for a Result, evaluated once; a failure shows the error's message.
#define SAGGAR_VERIFY_OK(expr)                                                                               \
    do {                                                                                                     \
        const auto& result_ = (expr);                                                                        \
        QVERIFY2(result_.ok(), result_.ok() ? "" : result_.error().message.c_str());                         \
    } while (false)

namespace saggar::testdata {

inline const Actor kAnalyst{1, Role::Analyst, "Li Wei"};
inline const Actor kAppraiser{2, Role::Appraiser, "Zhang Min"};
inline const Actor kManager{3, Role::Manager, "Wang Fang"};
inline const Actor kManager2{4, Role::Manager, "Chen Jing"};
inline const Actor kOtherAnalyst{5, Role::Analyst, "Zhao Min"};
inline const Actor kOtherAppraiser{6, Role::Appraiser, "Liu Yang"};

class WorkflowFixture
{
public:
    // A fresh workspace in `dir`/`name` with the six people above and one draft (see fileId).
    WorkflowFixture(const QTemporaryDir& dir, const std::string& name);

    Database& db() { return m_workspace->db(); }
    SqliteWorkflowStore& store() { return *m_store; }
    SqliteLoanFileStore& files() { return *m_files; }
    const std::string& attachmentsDir() const { return m_attachmentsDir; }

    Id fileId = 0;
    Id truckId = 0;
    Id kilnId = 0;

    WorkflowContext context();
    std::int64_t version();
    // An audit entry by `actor` at kBaseMs + `offsetMs`, unchained (the store chains it).
    static AuditEntry entry(const Actor& actor, AuditKind kind, const std::string& subject,
                            const std::string& before, const std::string& after, TimestampMs offsetMs = 0);
    // A policy exception granted by `actor` at kBaseMs + `offsetMs`.
    static PolicyException exception(ExceptionKind kind, const std::string& subject,
                                     const std::string& justification, const Actor& actor,
                                     TimestampMs offsetMs = 0);
    // A state move of the file from its current state, at its current version, with one State entry.
    WorkflowChange move(LoanState to, const Actor& actor);

    // Every row of every table, as text: equal before and after means nothing changed.
    std::string dump();

private:
    std::unique_ptr<Workspace> m_workspace;
    std::string m_attachmentsDir;
    std::unique_ptr<SqliteWorkflowStore> m_store;
    std::unique_ptr<SqliteLoanFileStore> m_files;
};

} // namespace saggar::testdata
