#include "preparedquery.h"

#include "logging.h"

using namespace Qt::StringLiterals;

namespace tw::storage {

PreparedQuery::PreparedQuery(QSqlQuery *cached, bool *inUse)
    : m_query(cached)
    , m_inUse(inUse)
{
    *m_inUse = true;
}

PreparedQuery::PreparedQuery(std::unique_ptr<QSqlQuery> owned)
    : m_owned(std::move(owned))
    , m_query(m_owned.get())
{
}

PreparedQuery::PreparedQuery(PreparedQuery &&other) noexcept
    : m_owned(std::move(other.m_owned))
    , m_query(other.m_query)
    , m_inUse(other.m_inUse)
    , m_nextIndex(other.m_nextIndex)
    , m_prepared(other.m_prepared)
    , m_idFromDriver(other.m_idFromDriver)
{
    other.m_query = nullptr;
    other.m_inUse = nullptr;
}

PreparedQuery::~PreparedQuery()
{
    if (m_query)
        m_query->finish();
    if (m_inUse)
        *m_inUse = false;
}

PreparedQuery &PreparedQuery::bind(const QVariant &value)
{
    // The drivers bind a null QString as NULL; only an explicitly null variant
    // (SqlValue::nullText()) means NULL here, an empty string is ''.
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query->bindValue(m_nextIndex++, QVariant(u""_s));
    else
        m_query->bindValue(m_nextIndex++, value);
    return *this;
}

bool PreparedQuery::exec()
{
    m_nextIndex = 0;
    if (!m_prepared)
        return false; // the reason, from prepare(), is still in lastError()
    if (m_query->exec())
        return true;
    qCWarning(lcStorage).noquote() << "statement failed:" << errorText() << "--" << m_query->lastQuery().simplified();
    return false;
}

std::optional<QVariant> PreparedQuery::scalar()
{
    if (!exec())
        return std::nullopt;
    std::optional<QVariant> value;
    if (m_query->next())
        value = m_query->value(0);
    // Stepping past the last row completes a RETURNING statement before the
    // result is released.
    while (m_query->next()) {
    }
    m_query->finish();
    return value;
}

std::optional<QVariant> PreparedQuery::insert()
{
    if (!m_idFromDriver)
        return scalar();
    if (!exec())
        return std::nullopt;
    const QVariant id = m_query->lastInsertId();
    m_query->finish();
    if (!id.isValid())
        return std::nullopt;
    return id;
}

void PreparedQuery::finish()
{
    m_query->finish();
}

QString PreparedQuery::errorText() const
{
    const QSqlError error = m_query->lastError();
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    return text;
}

} // namespace tw::storage
