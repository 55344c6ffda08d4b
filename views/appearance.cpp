#include "appearance.h"

#include "core/translations.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80), highlight(0x3d, 0x7a, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x3c, 0x3f, 0x43));
    p.setColor(QPalette::Midlight, QColor(0x35, 0x37, 0x3a));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

bool Appearance::systemPrefersDark()
{
    const QByteArray scheme = qgetenv("QT_COLOR_SCHEME").toLower();
    if (!scheme.isEmpty())
        return scheme == "dark";
    if (qgetenv("GTK_THEME").toLower().endsWith(":dark"))
        return true;
    // The platform theme's own palette (KDE, or GNOME through its platform theme) when dark.
    static const QPalette platform = QGuiApplication::palette();
    return platform.color(QPalette::Window).lightness() < 128;
}

void Appearance::applyTheme(DisplaySettings::Theme theme)
{
    static const QPalette original = QGuiApplication::palette();
    static const QString originalStyle = QApplication::style()->name();
    bool dark = theme == DisplaySettings::Theme::Dark;
    if (theme == DisplaySettings::Theme::System) {
        QApplication::setPalette(original);
        dark = systemPrefersDark();
        if (!dark) {
            QApplication::setStyle(QStyleFactory::create(originalStyle));
            return;
        }
    }
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
}

bool Appearance::applyLanguage(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    return Translations::install(locale);
}
