#include "fakeproviderprocess.h"

#include <QDeadlineTimer>

using namespace Qt::StringLiterals;

FakeProviderProcess::~FakeProviderProcess()
{
    stop();
}

QString FakeProviderProcess::program()
{
    return QStringLiteral(CDRDESK_FAKE_PROVIDER);
}

bool FakeProviderProcess::start(const QString &kind, const QStringList &arguments)
{
    stop();
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(program(), QStringList{u"--kind"_s, kind, u"--port"_s, u"0"_s, u"--quiet"_s} + arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = u"cannot start %1: %2"_s.arg(program(), m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(120000);   // a million calls take a while to generate
    QByteArray out;
    while (!out.contains('\n') && !deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running || !m_process.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 1000))))
            if (m_process.state() != QProcess::Running)
                break;
        out += m_process.readAllStandardOutput();
    }
    const qsizetype colon = out.lastIndexOf(':');
    m_port = colon < 0 ? 0 : quint16(out.mid(colon + 1).trimmed().toUInt());
    if (!out.startsWith("listening on") || m_port == 0) {
        m_error = u"%1 did not start listening: %2"_s.arg(program(), QString::fromUtf8(m_process.readAllStandardError()));
        stop();
        return false;
    }
    return true;
}

void FakeProviderProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_port = 0;
}

QUrl FakeProviderProcess::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}
