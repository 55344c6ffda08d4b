#include "viewstate.h"

#include <QHeaderView>
#include <QSettings>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace ViewState {

void saveHeader(const QHeaderView *header, const QString &key)
{
    QSettings().setValue(u"views/"_s + key + u"/header"_s, header->saveState());
}

void restoreHeader(QHeaderView *header, const QString &key)
{
    const QByteArray state = QSettings().value(u"views/"_s + key + u"/header"_s).toByteArray();
    if (!state.isEmpty())
        header->restoreState(state);
}

void saveGeometry(const QWidget *widget, const QString &key)
{
    QSettings().setValue(u"views/"_s + key + u"/geometry"_s, widget->saveGeometry());
}

void restoreGeometry(QWidget *widget, const QString &key)
{
    const QByteArray geometry = QSettings().value(u"views/"_s + key + u"/geometry"_s).toByteArray();
    if (!geometry.isEmpty())
        widget->restoreGeometry(geometry);
}

void saveValue(const QString &key, const QString &value)
{
    QSettings().setValue(u"views/"_s + key, value);
}

QString value(const QString &key)
{
    return QSettings().value(u"views/"_s + key).toString();
}

} // namespace ViewState
