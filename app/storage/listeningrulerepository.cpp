#include "listeningrulerepository.h"

#include "auditlog.h"
#include "database.h"
#include "propertyrepository.h"
#include "sqlvalue.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tw::storage {

namespace {

const QString kSelect = u"SELECT id, property_id, network, value, tag, instance, remote_id, created_at, created_by "
                        "FROM listening_rules "_s;

// The filtered stream's limit on a rule's length for most access levels.
constexpr qsizetype kMaxXRuleLength = 512;

core::ListeningRule ruleFrom(const PreparedQuery &q)
{
    core::ListeningRule r;
    r.id = q.value(0).toLongLong();
    r.propertyId = q.value(1).toLongLong();
    r.network = core::networkFromKey(q.value(2).toString()).value_or(core::Network::X);
    r.value = q.value(3).toString();
    r.tag = q.value(4).toString();
    r.instance = q.value(5).toString();
    r.remoteId = q.value(6).toString();
    r.createdAt = SqlValue::timestampFrom(q.value(7));
    r.createdBy = q.value(8).toString();
    return r;
}

QList<core::ListeningRule> readAll(PreparedQuery &q)
{
    QList<core::ListeningRule> rules;
    if (!q.exec())
        return rules;
    while (q.next())
        rules.append(ruleFrom(q));
    return rules;
}

// "#harbourview on mastodon.social" or "@HarbourView OR #HarbourViewLisbon on X", for messages and the log.
QString shown(const core::ListeningRule &rule)
{
    switch (rule.network) {
    case core::Network::X:
        return u"\"%1\" on X"_s.arg(rule.value);
    case core::Network::Mastodon:
        return u"#%1 on %2"_s.arg(rule.value, rule.instance);
    case core::Network::Bluesky:
        break;
    }
    return u"\"%1\" on %2"_s.arg(rule.value, core::networkKey(rule.network));
}

bool isHashtagCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c.isMark();
}

// "https://Mastodon.Social/" and "mastodon.social" name the same instance.
core::Result<QString> instanceHost(const QString &typed)
{
    using R = core::Result<QString>;
    QString text = typed.trimmed();
    if (text.isEmpty())
        return R::failure(QCoreApplication::translate(
            "tw::storage::ListeningRuleRepository",
            "A Mastodon rule needs the instance that carries the hashtag, such as mastodon.social."));
    if (!text.contains(u"://"_s))
        text.prepend(u"https://"_s);
    const QUrl url(text, QUrl::StrictMode);
    const QString host = url.host(QUrl::FullyEncoded).toLower();
    const bool onlyHost = url.isValid() && !host.isEmpty() && url.userInfo().isEmpty() && url.port() == -1
        && (url.path().isEmpty() || url.path() == u"/"_s) && !url.hasQuery() && !url.hasFragment();
    bool plain = onlyHost;
    for (const QChar c : host) {
        if (!(c.isLetterOrNumber() || c == u'.' || c == u'-'))
            plain = false;
    }
    if (!plain || host.startsWith(u'.') || host.endsWith(u'.') || host.contains(u".."_s)) {
        return R::failure(
            QCoreApplication::translate("tw::storage::ListeningRuleRepository",
                                        "\"%1\" is not the host name of a Mastodon instance; write it like "
                                        "mastodon.social.")
                .arg(typed.trimmed()));
    }
    return host;
}

core::Result<core::ListeningRule> validated(core::ListeningRule rule)
{
    using R = core::Result<core::ListeningRule>;
    rule.value = rule.value.trimmed();
    rule.tag = rule.tag.trimmed();
    rule.remoteId = rule.remoteId.trimmed();
    switch (rule.network) {
    case core::Network::X:
        if (rule.value.isEmpty())
            return R::failure(QCoreApplication::translate(
                "tw::storage::ListeningRuleRepository",
                "An X rule needs a value, such as @HarbourView OR #HarbourViewLisbon -is:retweet."));
        if (rule.value.size() > kMaxXRuleLength) {
            return R::failure(QCoreApplication::translate(
                                  "tw::storage::ListeningRuleRepository",
                                  "This X rule is %1 characters long; X accepts at most %2. Split it into two rules.")
                                  .arg(rule.value.size())
                                  .arg(kMaxXRuleLength));
        }
        rule.instance.clear();
        return rule;
    case core::Network::Mastodon: {
        QString tag = rule.value;
        if (tag.startsWith(u'#'))
            tag.remove(0, 1);
        if (tag.isEmpty())
            return R::failure(
                QCoreApplication::translate("tw::storage::ListeningRuleRepository",
                                            "A Mastodon rule needs a hashtag, such as #HarbourViewLisbon."));
        for (const QChar c : std::as_const(tag)) {
            if (!isHashtagCharacter(c)) {
                return R::failure(
                    QCoreApplication::translate("tw::storage::ListeningRuleRepository",
                                                "\"%1\" is not a hashtag: Mastodon hashtags have letters, digits and _ "
                                                "only. Follow each hashtag with a rule of its own.")
                        .arg(rule.value));
            }
        }
        rule.value = tag;
        const core::Result<QString> host = instanceHost(rule.instance);
        if (!host)
            return R::failure(host.error());
        rule.instance = *host;
        rule.remoteId.clear();
        return rule;
    }
    case core::Network::Bluesky:
        break;
    }
    return R::failure(
        QCoreApplication::translate("tw::storage::ListeningRuleRepository",
                                    "Tweetworthy cannot listen on %1 yet; rules can be added for X and Mastodon.")
            .arg(core::networkKey(rule.network)));
}

// Mastodon hashtags are case-insensitive; X rule values are compared as written.
bool sameValue(const core::ListeningRule &a, const core::ListeningRule &b)
{
    if (a.network != b.network)
        return false;
    if (a.network == core::Network::Mastodon)
        return a.instance == b.instance && a.value.compare(b.value, Qt::CaseInsensitive) == 0;
    return a.value == b.value;
}

} // namespace

ListeningRuleRepository::ListeningRuleRepository(Database &db)
    : m_db(db)
{
}

core::Result<core::ListeningRule> ListeningRuleRepository::add(core::ListeningRule rule, const QString &actor)
{
    using R = core::Result<core::ListeningRule>;
    core::Result<core::ListeningRule> checked = validated(std::move(rule));
    if (!checked)
        return checked;
    rule = std::move(checked).value();

    Transaction tx(m_db);
    if (!tx.isActive())
        return R::failure(tx.error());
    const std::optional<core::Property> property = PropertyRepository(m_db).byId(rule.propertyId);
    if (!property)
        return R::failure(QCoreApplication::translate("tw::storage::ListeningRuleRepository",
                                                      "There is no property #%1 to add the rule %2 to.")
                              .arg(QString::number(rule.propertyId), shown(rule)));
    for (const core::ListeningRule &existing : forProperty(rule.propertyId)) {
        if (sameValue(existing, rule)) {
            return R::failure(QCoreApplication::translate("tw::storage::ListeningRuleRepository",
                                                          "%1 already listens for %2 (rule %3); nothing was added.")
                                  .arg(property->code, shown(existing), QString::number(existing.id)));
        }
    }

    rule.createdAt = SqlValue::now();
    rule.createdBy = actor;
    PreparedQuery q = m_db.prepareInsert(u"INSERT INTO listening_rules (property_id, network, value, tag, instance, "
                                         "remote_id, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.bind(qint64(rule.propertyId))
        .bind(core::networkKey(rule.network))
        .bind(rule.value)
        .bind(rule.tag)
        .bind(rule.instance)
        .bind(SqlValue::nullableText(rule.remoteId))
        .bind(SqlValue::timestamp(rule.createdAt))
        .bind(rule.createdBy);
    const std::optional<QVariant> id = q.insert();
    if (!id)
        return R::failure(
            QCoreApplication::translate("tw::storage::ListeningRuleRepository", "The rule %1 was not added: %2.")
                .arg(shown(rule), q.errorText()));
    rule.id = id->toLongLong();

    core::AuditEntry entry;
    entry.at = rule.createdAt;
    entry.actor = actor;
    entry.action = u"rule.add"_s;
    entry.entityType = u"listening_rule"_s;
    entry.entityId = rule.id;
    entry.detail = u"%1 listens for %2%3"_s.arg(property->code, shown(rule),
                                                rule.tag.isEmpty() ? QString() : u" (tag %1)"_s.arg(rule.tag));
    if (auto audited = AuditLog(m_db).append(entry); !audited)
        return R::failure(audited.error());
    m_db.notifyChanged(u"listening_rules"_s, rule.id);
    if (auto done = tx.commit(); !done)
        return R::failure(done.error());
    return rule;
}

core::Status ListeningRuleRepository::remove(core::Id id, const QString &actor)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return core::Status::failure(tx.error());
    const std::optional<core::ListeningRule> rule = byId(id);
    if (!rule)
        return core::Status::failure(
            QCoreApplication::translate("tw::storage::ListeningRuleRepository", "no listening rule with id %1")
                .arg(id));

    PreparedQuery q = m_db.prepare(u"DELETE FROM listening_rules WHERE id = ?"_s);
    q.bind(qint64(id));
    if (!q.exec())
        return core::Status::failure(
            QCoreApplication::translate("tw::storage::ListeningRuleRepository", "The rule %1 was not removed: %2.")
                .arg(shown(*rule), q.errorText()));
    q.finish();

    const std::optional<core::Property> property = PropertyRepository(m_db).byId(rule->propertyId);
    core::AuditEntry entry;
    entry.actor = actor;
    entry.action = u"rule.remove"_s;
    entry.entityType = u"listening_rule"_s;
    entry.entityId = id;
    entry.detail = u"%1 no longer listens for %2"_s.arg(property ? property->code : u"#%1"_s.arg(rule->propertyId),
                                                        shown(*rule));
    if (auto audited = AuditLog(m_db).append(entry); !audited)
        return core::Status::failure(audited.error());
    m_db.notifyChanged(u"listening_rules"_s, id);
    return tx.commit();
}

core::Status ListeningRuleRepository::setRemoteId(core::Id id, const QString &remoteId)
{
    PreparedQuery q = m_db.prepare(u"UPDATE listening_rules SET remote_id = ? WHERE id = ?"_s);
    q.bind(SqlValue::nullableText(remoteId.trimmed())).bind(qint64(id));
    if (!q.exec())
        return core::Status::failure(QCoreApplication::translate("tw::storage::ListeningRuleRepository",
                                                                 "The server's id for rule %1 was not saved: %2.")
                                         .arg(QString::number(id), q.errorText()));
    const int affected = q.numRowsAffected();
    q.finish();
    if (affected == 0)
        return core::Status::failure(
            QCoreApplication::translate("tw::storage::ListeningRuleRepository", "no listening rule with id %1")
                .arg(id));
    m_db.notifyChanged(u"listening_rules"_s, id);
    return {};
}

std::optional<core::ListeningRule> ListeningRuleRepository::byId(core::Id id) const
{
    PreparedQuery q = m_db.prepare(kSelect + u"WHERE id = ?"_s);
    q.bind(qint64(id));
    if (q.exec() && q.next())
        return ruleFrom(q);
    return std::nullopt;
}

QList<core::ListeningRule> ListeningRuleRepository::all() const
{
    PreparedQuery q = m_db.prepare(kSelect + u"ORDER BY property_id, id"_s);
    return readAll(q);
}

QList<core::ListeningRule> ListeningRuleRepository::forNetwork(core::Network network) const
{
    PreparedQuery q = m_db.prepare(kSelect + u"WHERE network = ? ORDER BY property_id, id"_s);
    q.bind(core::networkKey(network));
    return readAll(q);
}

QList<core::ListeningRule> ListeningRuleRepository::forProperty(core::Id propertyId) const
{
    PreparedQuery q = m_db.prepare(kSelect + u"WHERE property_id = ? ORDER BY id"_s);
    q.bind(qint64(propertyId));
    return readAll(q);
}

} // namespace tw::storage
