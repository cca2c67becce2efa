#pragma once

#include "common/Result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <initializer_list>

namespace guichet {

// The French message for a storage failure. The SQL detail goes to the log, never to the user.
Status storageError(const QSqlError &error);

// Executes a prepared query; a failure becomes a French Error (and a log line).
Status execOrError(QSqlQuery &query);

// NULL for an empty string, so optional unique columns (INE) stay unique only when filled.
QVariant nullIfEmpty(const QString &value);
// SQL NULL for any column type.
QVariant sqlNull();

// Binds the values in order. A null QString binds as '' (text columns are NOT NULL DEFAULT ''); use
// sqlNull() or nullIfEmpty() where NULL is meant.
void bindAll(QSqlQuery &query, std::initializer_list<QVariant> values);
void bindAll(QSqlQuery &query, const QList<QVariant> &values);

} // namespace guichet
