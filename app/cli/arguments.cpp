#include "arguments.h"

using namespace Qt::StringLiterals;

namespace tw::cli {

namespace {

const OptionSpec *findOption(const QList<OptionSpec> &options, QStringView name)
{
    for (const OptionSpec &option : options) {
        if (option.name == name)
            return &option;
    }
    return nullptr;
}

} // namespace

core::Result<Arguments> Arguments::parse(const QStringList &tokens, const QList<OptionSpec> &options)
{
    Arguments parsed;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &token = tokens.at(i);
        if (token == "--"_L1) {
            parsed.m_positional += tokens.mid(i + 1);
            break;
        }
        // A lone "-" and negative numbers are values, not options.
        const bool looksLikeOption = token.size() > 1 && token.startsWith(u'-') && !token.at(1).isDigit();
        if (!looksLikeOption) {
            parsed.m_positional.append(token);
            continue;
        }
        if (!token.startsWith("--"_L1))
            return core::Result<Arguments>::failure(tr("unknown option %1").arg(token));

        const QStringView body = QStringView(token).mid(2);
        const qsizetype equals = body.indexOf(u'=');
        const QStringView name = equals < 0 ? body : body.left(equals);
        const OptionSpec *spec = findOption(options, name);
        if (!spec)
            return core::Result<Arguments>::failure(tr("unknown option --%1").arg(name));

        if (!spec->takesValue()) {
            if (equals >= 0)
                return core::Result<Arguments>::failure(tr("option --%1 takes no value").arg(name));
            parsed.m_values[spec->name].append(QString());
            continue;
        }
        if (equals >= 0) {
            parsed.m_values[spec->name].append(body.mid(equals + 1).toString());
            continue;
        }
        if (i + 1 >= tokens.size())
            return core::Result<Arguments>::failure(tr("option --%1 needs a value %2").arg(name, spec->valueName));
        parsed.m_values[spec->name].append(tokens.at(++i));
    }
    return parsed;
}

} // namespace tw::cli
