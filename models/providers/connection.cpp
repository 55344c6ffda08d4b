#include "connection.h"

using namespace Qt::StringLiterals;

namespace {
const QStringList &kindNames()
{
    static const QStringList names = {u"enswitch"_s, u"voipms"_s, u"kazoo"_s, u"pbx"_s};
    return names;
}
} // namespace

namespace ProviderKinds {

QString name(ProviderKind kind)
{
    return kindNames().at(static_cast<int>(kind));
}

std::optional<ProviderKind> fromName(const QString &name)
{
    const qsizetype index = kindNames().indexOf(name.toLower());
    if (index < 0)
        return std::nullopt;
    return static_cast<ProviderKind>(index);
}

QStringList names()
{
    return kindNames();
}

} // namespace ProviderKinds

QString Connection::secretKey() const
{
    QUrl shown = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    return u"provider:"_s + ProviderKinds::name(kind) + u':' + user + u'@' + shown.toString();
}
