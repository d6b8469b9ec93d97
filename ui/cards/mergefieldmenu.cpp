#include "mergefieldmenu.h"

#include <core/cardmerge.h>

#include <QPlainTextEdit>
#include <QTextCursor>

using namespace Qt::StringLiterals;

namespace tw::ui {

MergeFieldMenu::MergeFieldMenu(QPlainTextEdit *edit, QWidget *parent)
    : QMenu(parent)
    , m_edit(edit)
{
    setObjectName(u"insertFieldMenu"_s);
    setTitle(tr("Insert &field"));
    const QStringList keys = core::CardMerge::fieldKeys();
    for (const QString &key : keys) {
        const std::optional<core::CardMerge::Field> field = core::CardMerge::fieldFromKey(key);
        const QString label = field ? core::CardMerge::fieldLabel(*field) : key;
        QAction *action = addAction(tr("%1  {%2}").arg(label, key));
        action->setObjectName(u"insertField_"_s + key);
        action->setData(key);
        connect(action, &QAction::triggered, this, [this, key] {
            insertField(m_edit, key);
            Q_EMIT fieldInserted(key);
        });
    }
}

MergeFieldMenu::~MergeFieldMenu() = default;

void MergeFieldMenu::insertField(QPlainTextEdit *edit, const QString &key)
{
    if (!edit || edit->isReadOnly())
        return;
    QTextCursor cursor = edit->textCursor();
    cursor.insertText(u"{"_s + key + u"}"_s);
    edit->setTextCursor(cursor);
    edit->setFocus(Qt::OtherFocusReason);
}

} // namespace tw::ui
