#include "enswitchfake.h"
#include "fakehttpserver.h"
#include "kazoofake.h"
#include "pbxfake.h"
#include "voipmsfake.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTextStream>

using namespace Qt::StringLiterals;

// cdrdesk-fake-provider: one provider's API on 127.0.0.1, for tests, benchmarks and trying sync.
// Prints "listening on http://127.0.0.1:PORT" once ready.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"cdrdesk-fake-provider"_s);
    FakeOptions options;
    QString error;
    if (!parseFakeOptions(QCoreApplication::arguments(), options, &error)) {
        const bool help = QCoreApplication::arguments().contains(u"--help"_s) || QCoreApplication::arguments().contains(u"-h"_s);
        QTextStream(help ? stdout : stderr) << error << Qt::endl;
        return help ? 0 : 2;
    }
    std::unique_ptr<FakeProvider> provider;
    if (options.kind == u"enswitch")
        provider = std::make_unique<EnswitchFake>(options);
    else if (options.kind == u"voipms")
        provider = std::make_unique<VoipmsFake>(options);
    else if (options.kind == u"kazoo")
        provider = std::make_unique<KazooFake>(options);
    else
        provider = std::make_unique<PbxFake>(options);
    FakeHttpServer server(options, std::move(provider));
    const quint16 port = server.listen(QHostAddress::LocalHost, options.port);
    if (port == 0) {
        QTextStream(stderr) << QCoreApplication::translate("FakeProvider", "cannot listen on 127.0.0.1:%1").arg(options.port)
                            << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "listening on http://127.0.0.1:" << port << Qt::endl;
    return app.exec();
}
