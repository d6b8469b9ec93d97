#include <ui/commandline.h>
#include <ui/mainwindow.h>
#include <ui/settings.h>
#include <ui/shell/appcontroller.h>
#include <ui/shell/screenshottour.h>
#include <ui/startup.h>
#include <ui/translationloader.h>

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

#include <cstdio>
#include <memory>

using namespace tw;
using namespace Qt::StringLiterals;

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

    // Desktops without an icon theme of their own (a bare X server, some
    // window managers) still get the freedesktop icons of menus and pages.
    if (QIcon::fallbackThemeName().isEmpty() || QIcon::fallbackThemeName() == "hicolor"_L1)
        QIcon::setFallbackThemeName(u"Adwaita"_s);

    ui::Settings settings;
    ui::AppController controller(settings);
    const core::Status started = [&]() -> core::Status {
        const auto choice = ui::Startup::chooseDatabase(commandLine, settings);
        if (!choice)
            return core::Status::failure(choice.error());
        return controller.start(choice.value());
    }();
    if (!started) {
        std::fputs((started.error() + u'\n').toLocal8Bit().constData(), stderr);
        QMessageBox::critical(nullptr, QApplication::translate("main", "Tweetworthy cannot start"), started.error());
        return 1;
    }

    std::unique_ptr<ui::ScreenshotTour> tour;
    if (!commandLine.screenshotDirectory().isEmpty()) {
        ui::MainWindow *window = controller.window();
        // The same size on every run, so the pictures in the README line up.
        window->resize(1280, 800);
        window->activateWindow();
        tour = std::make_unique<ui::ScreenshotTour>(*window, commandLine.screenshotDirectory());
        QObject::connect(tour.get(), &ui::ScreenshotTour::finished, app.get(), [&tour](bool ok) {
            for (const QString &file : tour->written())
                std::fputs(qPrintable(file + u'\n'), stdout);
            for (const QString &problem : tour->problems())
                std::fputs(qPrintable(u"screenshots: "_s + problem + u'\n'), stderr);
            QCoreApplication::exit(ok ? 0 : 1);
        });
        tour->start();
    }
    return app->exec();
}
