#include "storeworker.h"

StoreWorker::StoreWorker(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);  // jobs run in the order they were asked for
}

StoreWorker::~StoreWorker()
{
    m_pool.waitForDone();
}

void StoreWorker::setDatabase(const DatabaseSpec &spec)
{
    m_spec = spec;
    m_hasDatabase = true;
    ++m_generation;
}

void StoreWorker::finished()
{
    if (--m_running == 0)
        Q_EMIT idle();
}
