#include "xruletag.h"

using namespace Qt::StringLiterals;

namespace tw::social {

namespace {

constexpr QStringView kPrefix = u"tw:";

} // namespace

QString XRuleTag::format(const core::ListeningRule &rule)
{
    QString tag = kPrefix + QString::number(rule.id);
    const QString own = rule.tag.trimmed();
    if (!own.isEmpty())
        tag += u':' + own;
    return tag;
}

std::optional<core::Id> XRuleTag::localRuleId(QStringView serverTag)
{
    if (!serverTag.startsWith(kPrefix))
        return std::nullopt;
    QStringView rest = serverTag.mid(kPrefix.size());
    const qsizetype colon = rest.indexOf(u':');
    const QStringView digits = colon < 0 ? rest : rest.left(colon);
    if (digits.isEmpty() || digits.startsWith(u'0'))
        return std::nullopt;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const core::Id id = digits.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

} // namespace tw::social
