#include "importpreviewmodel.h"

#include "mappingdetector.h"

#include <desk/logging.h>
#include <pms/stayrowparser.h>

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace tw::desk {

namespace {

using Column = pms::ColumnMapping::Column;

QString quoted(const QString &text)
{
    return u'\u201C' + text + u'\u201D';
}

bool hasUndecodableText(const pms::CsvRecord &record)
{
    for (const QString &field : record.fields) {
        if (field.contains(QChar::ReplacementCharacter))
            return true;
    }
    return false;
}

// The column a header cell names under `mapping`, whether or not an earlier
// cell already took it.
std::optional<Column> columnNamedBy(const pms::ColumnMapping &mapping, const QString &cell)
{
    const pms::ColumnMapping::Header header = mapping.resolve({cell});
    for (int c = 0; c < pms::ColumnMapping::ColumnCount; ++c) {
        if (header.indexOf(Column(c)) == 0)
            return Column(c);
    }
    return std::nullopt;
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ImportPreviewModel::~ImportPreviewModel() = default;

core::Status ImportPreviewModel::loadFile(const QString &path, const std::optional<pms::ColumnMapping> &mapping,
                                          int rowLimit)
{
    const QString name = QFileInfo(path).fileName().isEmpty() ? path : QFileInfo(path).fileName();
    if (QFileInfo(path).isDir()) {
        clear();
        return core::Status::failure(
            tr("%1 is a folder, not a file. Choose the CSV file exported from your property-management system.")
                .arg(quoted(name)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        clear();
        return core::Status::failure(tr("Cannot open the file %1: %2. Check that the file exists and that you may "
                                        "read it, or choose another file.")
                                         .arg(quoted(name), file.errorString()));
    }
    return load(&file, name, mapping, rowLimit);
}

core::Status ImportPreviewModel::loadData(const QByteArray &data, const std::optional<pms::ColumnMapping> &mapping,
                                          int rowLimit)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return load(&buffer, tr("the data"), mapping, rowLimit);
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_loaded = false;
    m_detected = false;
    m_hasMore = false;
    m_mapping = pms::ColumnMapping();
    m_header = pms::ColumnMapping::Header();
    m_delimiter = QChar();
    m_headerCells.clear();
    m_missing.clear();
    m_undecodableLines.clear();
    m_rows.clear();
    endResetModel();
}

core::Status ImportPreviewModel::load(QIODevice *device, const QString &origin,
                                      const std::optional<pms::ColumnMapping> &mapping, int rowLimit)
{
    clear();
    const auto fail = [this](const QString &message) {
        clear();
        return core::Status::failure(message);
    };

    pms::ColumnMapping chosen;
    if (mapping) {
        chosen = *mapping;
    } else {
        // The header decides the mapping, and the mapping's delimiter then
        // decides how the whole file is split, exactly as the import will.
        pms::CsvReader probe(device);
        pms::CsvRecord header;
        if (probe.readNext(header) && header.isValid()) {
            chosen = MappingDetector::detect(header.fields);
            m_detected = true;
        }
        if (!device->seek(0))
            return fail(tr("Cannot read the file %1 again after its first line: %2. Copy the file to this computer "
                           "and choose the copy.")
                            .arg(quoted(origin), device->errorString()));
    }

    pms::CsvReader reader(device);
    if (!chosen.delimiter().isNull())
        reader.setPreferredDelimiter(chosen.delimiter());

    pms::CsvRecord record;
    if (!reader.readNext(record)) {
        if (!reader.readError().isEmpty())
            return fail(tr("Cannot read the file %1: %2. Check that the file is complete and that you may read it.")
                            .arg(quoted(origin), reader.readError()));
        return fail(tr("The file %1 is empty. A stay export starts with a header line that names its columns, "
                       "followed by one line per reservation: choose the export itself.")
                        .arg(quoted(origin)));
    }
    if (!record.isValid()) {
        return fail(tr("The header line (line %1) of %2 cannot be read: %3.")
                        .arg(record.line)
                        .arg(quoted(origin), record.error));
    }

    beginResetModel();
    m_mapping = chosen;
    m_delimiter = reader.delimiter();
    for (const QString &cell : std::as_const(record.fields))
        m_headerCells.append(cell.trimmed());
    m_header = chosen.resolve(record.fields);
    m_missing = pms::StayRowParser::missingColumns(m_header);

    const pms::StayRowParser parser(chosen, m_header);
    bool more = false;
    while (reader.readNext(record)) {
        if (pms::StayRowParser::isBlank(record))
            continue;
        if (m_rows.size() >= rowLimit) {
            more = true;
            break;
        }
        Row row{record, {}};
        if (!record.isValid()) {
            row.problem = record.error;
        } else if (m_missing.isEmpty()) {
            // Without the required columns every row fails alike; the missing
            // columns say it once, above the table.
            if (const auto parsed = parser.parse(record); !parsed)
                row.problem = parsed.error();
        }
        if (hasUndecodableText(record))
            m_undecodableLines.append(record.line);
        m_rows.append(row);
    }
    m_hasMore = more;
    m_loaded = true;
    endResetModel();

    if (!more && !reader.readError().isEmpty()) {
        const QString error = reader.readError();
        return fail(tr("Cannot read the whole file %1: %2. Check that the file is complete and that you may read it.")
                        .arg(quoted(origin), error));
    }
    qCDebug(lcDesk) << "preview of" << origin << "with mapping" << chosen.name() << "delimiter" << m_delimiter << "rows"
                    << m_rows.size() << "missing" << m_missing;
    return {};
}

int ImportPreviewModel::problemRowCount() const
{
    int count = 0;
    for (const Row &row : m_rows) {
        if (!row.problem.isEmpty())
            ++count;
    }
    return count;
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_loaded)
        return 0;
    return int(m_headerCells.size()) + 1;
}

std::optional<pms::ColumnMapping::Column> ImportPreviewModel::columnAt(int section) const
{
    for (int c = 0; c < pms::ColumnMapping::ColumnCount; ++c) {
        if (m_header.indexOf(Column(c)) == section)
            return Column(c);
    }
    return std::nullopt;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool isProblem = index.column() == problemColumn();
    const QString text = isProblem ? row.problem : row.record.fields.value(index.column());

    switch (role) {
    case Qt::DisplayRole: {
        // Line breaks inside a quoted field would hide the rest of the cell.
        QString shown = text;
        shown.replace(u'\n', u" \u21B5 "_s);
        return shown;
    }
    case Qt::ToolTipRole:
        if (isProblem)
            return row.problem.isEmpty() ? tr("The import can read this row.") : row.problem;
        return text.isEmpty() ? QVariant() : QVariant(text);
    case LineRole:
        return row.record.line;
    case ProblemRole:
        return row.problem;
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        const int line = m_rows.at(section).record.line;
        switch (role) {
        case Qt::DisplayRole:
        case LineRole:
            return line;
        case Qt::ToolTipRole:
            return tr("Line %1 of the file").arg(line);
        default:
            return {};
        }
    }

    if (section < 0 || section >= columnCount())
        return {};
    if (section == problemColumn()) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("Problems");
        case Qt::ToolTipRole:
            return tr("Why the import would refuse the row. Rows with a problem are reported at the end and not "
                      "imported; the others are.");
        case IgnoredRole:
            return false;
        case ColumnKeyRole:
        case SourceHeaderRole:
            return QString();
        default:
            return {};
        }
    }

    const QString source = m_headerCells.at(section);
    const std::optional<Column> column = columnAt(section);
    switch (role) {
    case Qt::DisplayRole:
        if (column)
            return pms::ColumnMapping::columnKey(*column);
        return source.isEmpty() ? tr("(no name, ignored)") : tr("%1 (ignored)").arg(source);
    case Qt::ToolTipRole: {
        if (column)
            return tr("%1 in the file, read as %2").arg(quoted(source), pms::ColumnMapping::columnKey(*column));
        if (source.isEmpty())
            return tr("This column has no name in the header line, so the import leaves it out.");
        if (const auto named = columnNamedBy(m_mapping, source)) {
            return tr("%1 names %2, which an earlier column already provides, so the import leaves this one out.")
                .arg(quoted(source), pms::ColumnMapping::columnKey(*named));
        }
        return tr("%1 is not a column the import reads (with the %2 column mapping), so its values are left out.")
            .arg(quoted(source), m_mapping.name());
    }
    case ColumnKeyRole:
        return column ? pms::ColumnMapping::columnKey(*column) : QString();
    case SourceHeaderRole:
        return source;
    case IgnoredRole:
        return !column.has_value();
    default:
        return {};
    }
}

} // namespace tw::desk
