#include "importstayscommand.h"

#include "context.h"
#include "exitcode.h"

#include <pms/columnmapping.h>
#include <pms/stayimporter.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;

namespace tw::cli {

namespace {

// Ctrl+C during an import asks the importer to stop; it then rolls back, so
// the database is never left half-imported.
std::atomic_bool s_interrupted{false};

extern "C" void onInterrupt(int)
{
    s_interrupted.store(true);
}

class InterruptGuard
{
public:
    InterruptGuard()
    {
        s_interrupted.store(false);
        m_previous = std::signal(SIGINT, onInterrupt);
    }
    ~InterruptGuard() { std::signal(SIGINT, m_previous); }
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

private:
    void (*m_previous)(int) = SIG_DFL;
};

} // namespace

QStringList ImportStaysCommand::path() const
{
    return {u"import"_s, u"stays"_s};
}

QStringList ImportStaysCommand::positionalNames() const
{
    return {u"FILE"_s};
}

QList<OptionSpec> ImportStaysCommand::options() const
{
    return {
        {u"property"_s, u"CODE"_s, tr("Property for rows that name none (or when the file has no property column).")},
        {u"mapping"_s, u"NAME_OR_FILE"_s,
         tr("Column mapping: a built-in name (%1) or a JSON mapping file.")
             .arg(pms::ColumnMapping::builtInNames().join(", "_L1))},
        {u"dry-run"_s, {}, tr("Check and count everything, then write nothing.")},
        jsonOption(),
    };
}

QString ImportStaysCommand::summary() const
{
    return tr("Import stays and guests from a PMS export (CSV).");
}

QString ImportStaysCommand::description() const
{
    return tr("The file has a header row; the canonical columns are confirmation, property, first_name, "
              "last_name, email, phone, loyalty_number, vip, room, arrival, departure, status, x_handle, "
              "mastodon_handle and notes, in any order. Importing the same file again changes nothing. Rejected "
              "rows are listed on stderr as \"line N: reason\" and the exit code is then 3; the good rows are "
              "imported all the same.");
}

int ImportStaysCommand::run(Context &context, const Arguments &arguments)
{
    const QString file = arguments.positional().constFirst();
    const QFileInfo info(file);
    if (!info.exists())
        return context.fail(tr("there is no file %1; check the path").arg(file));
    if (!info.isFile() || !info.isReadable())
        return context.fail(tr("cannot read %1; check that it is a file you may read").arg(file));

    pms::ImportOptions options;
    options.propertyCode = arguments.value(u"property"_s).trimmed();
    options.dryRun = arguments.isSet(u"dry-run"_s);
    options.actor = context.actor();
    if (arguments.isSet(u"mapping"_s)) {
        auto mapping = pms::ColumnMapping::load(arguments.value(u"mapping"_s));
        if (!mapping)
            return context.fail(mapping.error());
        options.mapping = *mapping;
    }

    storage::Database *db = context.database();
    if (!db)
        return ExitCode::Failure;

    pms::StayImporter::Progress progress;
    if (context.stderrIsTerminal()) {
        progress = [&context](qint64 done, qint64 total) {
            if (total > 0)
                context.err() << u'\r' << tr("Importing… %1%").arg(done * 100 / total) << Qt::flush;
        };
    }
    InterruptGuard interruptGuard;
    auto imported = pms::StayImporter(*db).importFile(file, options, progress, &s_interrupted);
    if (progress)
        context.err() << u'\r' << QString(40, u' ') << u'\r' << Qt::flush;
    if (!imported)
        return context.fail(tr("cannot import %1: %2").arg(file, imported.error()));
    const pms::ImportReport &report = *imported;
    if (report.cancelled)
        return context.fail(tr("import of %1 interrupted; nothing was written").arg(file));

    // Scripts read these lines: the wording "line N: " is part of the contract
    // and is never translated.
    for (const pms::RejectedRow &row : report.rejected)
        context.err() << "line "_L1 << row.line << ": "_L1 << row.reason << u'\n';
    if (!report.ignoredColumns.isEmpty())
        context.err() << tr("ignored columns: %1").arg(report.ignoredColumns.join(", "_L1)) << u'\n';
    context.err().flush();

    if (arguments.isSet(u"json"_s)) {
        QJsonArray rejected;
        for (const pms::RejectedRow &row : report.rejected)
            rejected.append(QJsonObject{{u"line"_s, row.line}, {u"reason"_s, row.reason}});
        context.printJson(QJsonObject{
            {u"created"_s, report.created},
            {u"updated"_s, report.updated},
            {u"unchanged"_s, report.unchanged},
            {u"rejected"_s, int(report.rejected.size())},
            {u"records"_s, report.records},
            {u"guests_created"_s, report.guestsCreated},
            {u"guests_updated"_s, report.guestsUpdated},
            {u"handles_linked"_s, report.handlesLinked},
            {u"dry_run"_s, options.dryRun},
            {u"rejected_rows"_s, rejected},
        });
    } else {
        QTextStream &out = context.out();
        if (options.dryRun)
            out << tr("Dry run: nothing was written.") << u'\n';
        const QList<std::pair<QString, int>> counts{
            {u"created"_s, report.created},
            {u"updated"_s, report.updated},
            {u"unchanged"_s, report.unchanged},
            {u"rejected"_s, int(report.rejected.size())},
        };
        for (const auto &[label, count] : counts)
            out << label.leftJustified(10) << QString::number(count).rightJustified(8) << u'\n';
        out << tr("%1 records read; guests: %2 new, %3 updated; %4 handles linked.")
                   .arg(report.records)
                   .arg(report.guestsCreated)
                   .arg(report.guestsUpdated)
                   .arg(report.handlesLinked)
            << Qt::endl;
    }
    return report.rejected.isEmpty() ? ExitCode::Success : ExitCode::RowsRejected;
}

} // namespace tw::cli
