#include <ui/commandline.h>
#include <ui/mainwindow.h>
#include <ui/settings.h>
#include <ui/startup.h>
#include <ui/translationloader.h>

#include <QApplication>
#include <QMessageBox>

#include <cstdio>
#include <memory>

using namespace tw;

int main(int argc, char *argv[])
{
    ui::Startup::applyIdentity();

    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    const std::unique_ptr<QCoreApplication> app(
        ui::CommandLine::needsWindow(rawArguments) ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));

    ui::TranslationLoader translations;
    translations.load(QLocale::system());

    const ui::CommandLine commandLine = ui::CommandLine::parse(app->arguments());
    if (commandLine.action() != ui::CommandLine::Action::Run) {
        std::fputs(commandLine.output().toLocal8Bit().constData(), commandLine.exitCode() == 0 ? stdout : stderr);
        return commandLine.exitCode();
    }

    ui::Settings settings;
    auto database = [&]() -> core::Result<std::unique_ptr<storage::Database>> {
        const auto url = ui::Startup::chooseDatabaseUrl(commandLine, settings);
        if (!url)
            return core::Result<std::unique_ptr<storage::Database>>::failure(url.error());
        return ui::Startup::openDatabase(url.value());
    }();
    if (!database) {
        std::fputs((database.error() + u'\n').toLocal8Bit().constData(), stderr);
        QMessageBox::critical(nullptr, QApplication::translate("main", "Tweetworthy cannot start"), database.error());
        return 1;
    }

    ui::MainWindow window(*database.value(), settings);
    window.show();
    return app->exec();
}
