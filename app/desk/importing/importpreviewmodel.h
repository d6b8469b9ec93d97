#pragma once

#include <core/result.h>
#include <pms/columnmapping.h>
#include <pms/csvreader.h>

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace tw::desk {

// The first rows of a stay export as the importer will read them: the detected
// delimiter, each header cell as the canonical column it feeds (or marked as
// ignored), the required columns that are missing, and for every previewed row
// what would make the import refuse it. The last column holds those problems.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        // Header: the canonical column key ("first_name"); empty for ignored
        // columns and the problems column.
        ColumnKeyRole = Qt::UserRole + 1,
        // Header: the cell as written in the file's header line.
        SourceHeaderRole,
        // Header: true for file columns the import leaves out.
        IgnoredRole,
        // Vertical header and cells: the line of the file where the row starts.
        LineRole,
        // Cells: why the import would refuse the row; empty when the row reads
        // well (database checks such as unknown properties come only with the run).
        ProblemRole,
    };

    static constexpr int DefaultRowLimit = 20;

    explicit ImportPreviewModel(QObject *parent = nullptr);
    ~ImportPreviewModel() override;

    // Reads the header and the first rows of the file. Without a mapping, the
    // best fitting one is chosen (MappingDetector). Fails, leaving the model
    // empty, when the file cannot be opened or read, is empty, or its header
    // line is broken; missing columns are not a failure (see missingColumns()).
    core::Status loadFile(const QString &path, const std::optional<pms::ColumnMapping> &mapping = std::nullopt,
                          int rowLimit = DefaultRowLimit);
    core::Status loadData(const QByteArray &data, const std::optional<pms::ColumnMapping> &mapping = std::nullopt,
                          int rowLimit = DefaultRowLimit);
    void clear();

    bool isLoaded() const { return m_loaded; }
    // The mapping the rows were read with: the one given, or the detected one.
    const pms::ColumnMapping &mapping() const { return m_mapping; }
    bool isMappingDetected() const { return m_detected; }
    QChar delimiter() const { return m_delimiter; }
    QStringList headerCells() const { return m_headerCells; }
    QStringList ignoredColumns() const { return m_header.ignored; }
    // The required columns the header lacks, as people name them; the import
    // cannot run while this is not empty.
    QStringList missingColumns() const { return m_missing; }
    bool hasPropertyColumn() const { return m_header.has(pms::ColumnMapping::Column::Property); }
    // Lines of previewed rows whose text is not valid UTF-8.
    QList<int> undecodableLines() const { return m_undecodableLines; }
    // Previewed rows the import would refuse.
    int problemRowCount() const;
    // True when the file has rows after the previewed ones.
    bool hasMoreRows() const { return m_hasMore; }
    // The column that holds the problems of each row (the last one).
    int problemColumn() const { return int(m_headerCells.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        pms::CsvRecord record;
        QString problem;
    };

    core::Status load(QIODevice *device, const QString &origin, const std::optional<pms::ColumnMapping> &mapping,
                      int rowLimit);
    // The canonical column a header cell feeds, or none when it is ignored.
    std::optional<pms::ColumnMapping::Column> columnAt(int section) const;

    bool m_loaded = false;
    bool m_detected = false;
    bool m_hasMore = false;
    pms::ColumnMapping m_mapping;
    pms::ColumnMapping::Header m_header;
    QChar m_delimiter;
    QStringList m_headerCells;
    QStringList m_missing;
    QList<int> m_undecodableLines;
    QList<Row> m_rows;
};

} // namespace tw::desk
