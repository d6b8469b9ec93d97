#include "listeningruleeditor.h"

#include <desk/logging.h>
#include <desk/profile/actorname.h>

#include <storage/database.h>
#include <storage/listeningrulerepository.h>
#include <storage/propertyrepository.h>

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace tw::desk {

ListeningRuleEditor::ListeningRuleEditor(storage::DatabaseUrl url, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_actor(ActorName::resolve({}))
    , m_model(new ListeningRuleListModel(this))
{
}

ListeningRuleEditor::~ListeningRuleEditor()
{
    for (QFutureWatcherBase *watcher : std::as_const(m_watchers)) {
        watcher->disconnect(this);
        watcher->waitForFinished();
        delete watcher;
    }
}

void ListeningRuleEditor::setPropertyCode(const QString &code)
{
    m_propertyCode = code.trimmed();
}

void ListeningRuleEditor::setActor(const QString &staffName)
{
    m_actor = ActorName::resolve(staffName);
}

void ListeningRuleEditor::beginWork()
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
}

void ListeningRuleEditor::endWork()
{
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
}

template <typename Value>
void ListeningRuleEditor::run(std::function<Value()> job, std::function<void(const Value &)> done)
{
    beginWork();
    auto *watcher = new QFutureWatcher<Value>;
    m_watchers.append(watcher);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done] {
        m_watchers.removeOne(watcher);
        watcher->deleteLater();
        done(watcher->result());
        endWork();
    });
    watcher->setFuture(QtConcurrent::run(std::move(job)));
}

core::Result<ListeningRuleEditor::Contents> ListeningRuleEditor::read(const storage::DatabaseUrl &url,
                                                                      const QString &propertyCode)
{
    using R = core::Result<Contents>;
    auto opened = storage::Database::open(url);
    if (!opened)
        return R::failure(opened.error());
    storage::Database &db = *opened.value();
    storage::PropertyRepository properties(db);
    std::optional<core::Property> property;
    if (!propertyCode.isEmpty())
        property = properties.byCode(propertyCode);
    if (!property) {
        const QList<core::Property> all = properties.list();
        if (all.isEmpty())
            return R::failure(tr("This database has no property yet. Add your hotel in Settings first."));
        property = all.constFirst();
    }
    Contents contents;
    contents.property = *property;
    contents.rules = storage::ListeningRuleRepository(db).forProperty(property->id);
    return contents;
}

core::Result<core::ListeningRule> ListeningRuleEditor::write(const storage::DatabaseUrl &url,
                                                             const core::ListeningRule &rule, const QString &actor)
{
    auto opened = storage::Database::open(url);
    if (!opened)
        return core::Result<core::ListeningRule>::failure(opened.error());
    return storage::ListeningRuleRepository(*opened.value()).add(rule, actor);
}

core::Status ListeningRuleEditor::erase(const storage::DatabaseUrl &url, core::Id ruleId, const QString &actor)
{
    auto opened = storage::Database::open(url);
    if (!opened)
        return core::Status::failure(opened.error());
    return storage::ListeningRuleRepository(*opened.value()).remove(ruleId, actor);
}

void ListeningRuleEditor::load()
{
    const storage::DatabaseUrl url = m_url;
    const QString code = m_propertyCode;
    run<core::Result<Contents>>([url, code] { return read(url, code); },
                                [this](const core::Result<Contents> &contents) {
                                    if (!contents) {
                                        qCWarning(lcDesk) << "listening rules cannot be read:" << contents.error();
                                        Q_EMIT loadFailed(contents.error());
                                        return;
                                    }
                                    m_property = contents->property;
                                    m_model->setRules(contents->rules);
                                    m_loaded = true;
                                    Q_EMIT loaded();
                                });
}

void ListeningRuleEditor::add(const core::ListeningRule &rule)
{
    if (!m_loaded) {
        Q_EMIT failed(tr("The rules have not been read yet; wait a moment and try again."));
        return;
    }
    core::ListeningRule toAdd = rule;
    toAdd.propertyId = m_property.id;
    const storage::DatabaseUrl url = m_url;
    const QString actor = m_actor;
    run<core::Result<core::ListeningRule>>([url, toAdd, actor] { return write(url, toAdd, actor); },
                                           [this](const core::Result<core::ListeningRule> &added) {
                                               if (!added) {
                                                   Q_EMIT failed(added.error());
                                                   return;
                                               }
                                               m_model->addRule(added.value());
                                               Q_EMIT this->added(added.value());
                                               Q_EMIT rulesChanged();
                                           });
}

void ListeningRuleEditor::remove(core::Id ruleId)
{
    const storage::DatabaseUrl url = m_url;
    const QString actor = m_actor;
    run<core::Status>([url, ruleId, actor] { return erase(url, ruleId, actor); },
                      [this, ruleId](const core::Status &done) {
                          if (!done) {
                              Q_EMIT failed(done.error());
                              return;
                          }
                          m_model->removeRule(ruleId);
                          Q_EMIT removed(ruleId);
                          Q_EMIT rulesChanged();
                      });
}

} // namespace tw::desk
