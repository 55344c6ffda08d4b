#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;
class SqlDialect;

// An Asterisk `cdr` table (as cdr_pgsql, cdr_adaptive_odbc and cdr_mysql write it, FreePBX's
// asteriskcdrdb.cdr among them) seen as our `calls`: a derived table that maps its columns to
// ours, with the field mapping of the cdr_csv importer (AsteriskCsvMapper). Every query of the
// store reads through it; nothing is ever written.
//
// Found columns: `calldate` or `start` (required), `answer`, `end`, clid, src, dst, dcontext,
// channel, dstchannel, lastapp, lastdata, duration, billsec, disposition, amaflags,
// accountcode, uniqueid, userfield, linkedid, sequence, peeraccount, acctid, and FreePBX's
// recordingfile. Missing ones read as empty / 0; columns we do not know go to `extra` as JSON
// (with peeraccount, linkedid and sequence, as the importer does). Times without a zone are
// read as UTC. The id is `acctid` when the table has one; otherwise the row's position by
// (time, uniqueid, sequence), which the server must compute for every query — add an
// auto-increment `acctid` column to a large table for fast paging.
class AsteriskCdrTable
{
public:
    // Reads the table's columns; an error names what is missing.
    static Result<AsteriskCdrTable> detect(QSqlDatabase &db, const SqlDialect &dialect, const QString &table);

    // "(SELECT … FROM table) calls", to use where the store's queries say FROM calls.
    const QString &relation() const { return m_relation; }
    const QStringList &columns() const { return m_columns; }

private:
    QString m_relation;
    QStringList m_columns;
};
