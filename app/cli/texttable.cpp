#include "texttable.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tw::cli {

TextTable::TextTable(const QStringList &headers)
    : m_headers(headers)
{
}

void TextTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

void TextTable::print(QTextStream &out, int indent) const
{
    QList<qsizetype> widths(m_headers.size(), 0);
    auto measure = [&widths](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], cells.at(i).size());
    };
    measure(m_headers);
    for (const QStringList &row : m_rows)
        measure(row);

    auto printRow = [&](const QStringList &cells) {
        QString line(indent, u' ');
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            line += i + 1 < widths.size() ? cell.leftJustified(widths.at(i)) + "  "_L1 : cell;
        }
        // No trailing blanks, even when the last cells are empty.
        while (line.endsWith(u' '))
            line.chop(1);
        out << line << u'\n';
    };
    printRow(m_headers);
    for (const QStringList &row : m_rows)
        printRow(row);
    out.flush();
}

} // namespace tw::cli
