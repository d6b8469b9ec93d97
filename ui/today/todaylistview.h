#pragma once

#include <QTreeView>

namespace tw::ui {

// A list of the Today board: whole rows, sortable columns, a quiet line of text
// when the list is empty, and type-ahead that always searches guest names.
class TodayListView : public QTreeView
{
    Q_OBJECT

public:
    explicit TodayListView(QWidget *parent = nullptr);
    ~TodayListView() override;

    // Shown in the middle of the list while it has no rows.
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholderText; }

    // Type-ahead over the first column (the guest's name), wherever the cursor is.
    void keyboardSearch(const QString &search) override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholderText;
};

} // namespace tw::ui
