#pragma once

#include <QMenu>

class QPlainTextEdit;

namespace tw::ui {

// The "Insert field" menu of the card wording: one entry per merge field,
// named for people ("Guest's first name"), inserting the placeholder
// ("{first_name}") at the cursor of the edit it serves.
class MergeFieldMenu : public QMenu
{
    Q_OBJECT

public:
    MergeFieldMenu(QPlainTextEdit *edit, QWidget *parent = nullptr);
    ~MergeFieldMenu() override;

    // "{first_name}" at the cursor, replacing the selection; the edit keeps the focus.
    static void insertField(QPlainTextEdit *edit, const QString &key);

Q_SIGNALS:
    void fieldInserted(const QString &key);

private:
    QPlainTextEdit *m_edit = nullptr;
};

} // namespace tw::ui
