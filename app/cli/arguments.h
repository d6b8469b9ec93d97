#pragma once

#include <core/result.h>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace tw::cli {

// One option a command accepts: a flag when valueName is empty, otherwise an
// option that takes a value ("--name NAME" or "--name=NAME").
struct OptionSpec
{
    QString name; // without the leading "--"
    QString valueName;
    QString description;
    bool required = false;

    bool takesValue() const { return !valueName.isEmpty(); }
};

// The options and positional arguments of one command, checked against the
// options it declares. "--" ends the options so that values may start with "-".
class Arguments
{
    Q_DECLARE_TR_FUNCTIONS(tw::cli::Arguments)

public:
    static core::Result<Arguments> parse(const QStringList &tokens, const QList<OptionSpec> &options);

    const QStringList &positional() const { return m_positional; }
    bool isSet(const QString &name) const { return m_values.contains(name); }
    // The last value given: a repeated option overrides an earlier one.
    QString value(const QString &name) const
    {
        const QStringList given = m_values.value(name);
        return given.isEmpty() ? QString() : given.constLast();
    }
    // Every value of an option that may be given several times ("--item A
    // --item B"), in the order given.
    QStringList values(const QString &name) const { return m_values.value(name); }

private:
    QStringList m_positional;
    QHash<QString, QStringList> m_values;
};

} // namespace tw::cli
