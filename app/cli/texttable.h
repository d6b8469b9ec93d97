#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace tw::cli {

// Aligned columns for human-readable output: a header row and data rows,
// each column as wide as its widest cell.
class TextTable
{
public:
    explicit TextTable(const QStringList &headers);

    void addRow(const QStringList &cells);
    qsizetype rowCount() const { return m_rows.size(); }
    void print(QTextStream &out, int indent = 0) const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace tw::cli
