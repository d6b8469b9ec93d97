#include "transaction.h"

#include "database.h"
#include "logging.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tw::storage {

namespace {

QString savepointName(int level)
{
    return u"tw_sp_"_s + QString::number(level);
}

} // namespace

Transaction::Transaction(Database &db, Nesting nesting)
    : m_db(db)
    , m_level(db.m_depth + 1)
    , m_changeMark(db.m_pendingChanges.size())
{
    if (db.m_joinLevel > 0 && db.m_joinLevel < m_level) {
        m_joined = true;
        m_active = true;
        m_db.m_depth = m_level;
        return;
    }
    const QString sql = m_level > 1     ? u"SAVEPOINT "_s + savepointName(m_level)
        : db.engine() == Engine::Sqlite ? u"BEGIN IMMEDIATE"_s
                                        : u"BEGIN"_s;
    if (auto begun = db.execControl(sql); !begun) {
        m_error = QCoreApplication::translate("tw::storage::Database", "The database cannot start a transaction: %1.")
                      .arg(begun.error());
        return;
    }
    m_active = true;
    m_db.m_depth = m_level;
    if (nesting == Nesting::Joined) {
        m_db.m_joinLevel = m_level;
        m_db.m_joinedFailed = false;
    }
}

Transaction::~Transaction()
{
    rollback();
}

core::Status Transaction::commit()
{
    if (!m_active)
        return core::Status::failure(m_error.isEmpty() ? QCoreApplication::translate(
                                         "tw::storage::Database", "The transaction has already ended.")
                                                       : m_error);
    if (m_db.m_depth != m_level)
        qCCritical(lcStorage) << "transaction at level" << m_level << "committed while level" << m_db.m_depth
                              << "is open";

    if (m_joined) {
        m_active = false;
        m_db.m_depth = m_level - 1;
        return {};
    }
    if (m_db.m_joinLevel == m_level && m_db.m_joinedFailed) {
        rollback();
        return core::Status::failure(QCoreApplication::translate(
            "tw::storage::Database", "A step of the change failed, so none of it was saved."));
    }

    if (m_level > 1) {
        if (auto released = m_db.execControl(u"RELEASE SAVEPOINT "_s + savepointName(m_level)); !released) {
            rollback();
            return core::Status::failure(
                QCoreApplication::translate("tw::storage::Database", "The database did not save the change: %1.")
                    .arg(released.error()));
        }
        m_active = false;
        m_db.m_depth = m_level - 1;
        if (m_db.m_joinLevel == m_level)
            m_db.m_joinLevel = 0;
        return {};
    }

    QList<ChangeBus::Change> changes;
    if (m_db.engine() == Engine::Postgres) {
        if (auto flushed = m_db.flushChangesBeforeCommit(); !flushed) {
            rollback();
            return core::Status::failure(
                QCoreApplication::translate("tw::storage::Database", "The database did not save the change: %1.")
                    .arg(flushed.error()));
        }
    } else {
        changes = m_db.collapsedPendingChanges();
    }
    if (auto committed = m_db.execControl(u"COMMIT"_s); !committed) {
        rollback();
        return core::Status::failure(
            QCoreApplication::translate("tw::storage::Database", "The database did not save the change: %1.")
                .arg(committed.error()));
    }
    m_active = false;
    m_db.m_depth = 0;
    m_db.m_joinLevel = 0;
    m_db.clearPendingChanges();
    if (!changes.isEmpty())
        m_db.publishChangesAfterCommit(changes);
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_joined) {
        // Only the enclosing transaction can undo this part; it will, as a whole.
        m_db.m_joinedFailed = true;
        m_db.m_depth = m_level - 1;
        return;
    }
    if (m_db.m_joinLevel == m_level) {
        m_db.m_joinLevel = 0;
        m_db.m_joinedFailed = false;
    }
    if (m_level > 1) {
        (void)m_db.execControl(u"ROLLBACK TO SAVEPOINT "_s + savepointName(m_level));
        (void)m_db.execControl(u"RELEASE SAVEPOINT "_s + savepointName(m_level));
        m_db.m_depth = m_level - 1;
        m_db.dropPendingChangesAfter(m_changeMark);
    } else {
        (void)m_db.execControl(u"ROLLBACK"_s);
        m_db.m_depth = 0;
        m_db.clearPendingChanges();
    }
}

} // namespace tw::storage
