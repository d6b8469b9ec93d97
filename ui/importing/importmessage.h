#pragma once

#include <QString>
#include <QWidget>

class QLabel;

namespace tw::ui {

// A message on an import page, with an icon for how much it matters: what went
// wrong or needs attention, and what to do about it. Hidden while empty.
class ImportMessage : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit ImportMessage(QWidget *parent = nullptr);
    ~ImportMessage() override;

    void showMessage(Kind kind, const QString &text);
    void clear();

    QString text() const;
    Kind kind() const { return m_kind; }

private:
    Kind m_kind = Kind::Information;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace tw::ui
