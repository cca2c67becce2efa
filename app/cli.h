#pragma once

// guichet-cli's shared pieces: what a command is given and the helpers commands share. The commands are
// small functions over core's services (argument parsing and output only, no rule and no SQL); the table of
// commands is in cli_main.cpp, the cash office's commands in cli_cashoffice.cpp, the year end's in
// cli_yearend.cpp.
#include "common/Clock.h"
#include "common/Result.h"
#include "session/Session.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace guichet::cli {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// What a command is given: its options, its output streams and, when it uses one, the open database.
struct Context
{
    QCommandLineParser &parser;
    QTextStream &out;
    QTextStream &err;
    Session *session = nullptr;
    QStringList arguments;       // positional arguments after the command's name
    StoryClock *clock = nullptr; // the database's: the system's time, unless the demo tells its story
};

// Writes the error (and its fields) on stderr; returns 'code' (1: refused, 2: wrong usage).
int fail(Context &c, const Error &error, int code = 1);
// One line of stdin: a password, never given on the command line (the process list shows it).
QString readSecret();
// --user LOGIN: the command acts as that user, whose password is the first line on stdin.
Status actAs(Context &c);
// The same, refused without --user once the database has users.
Status actAsRequired(Context &c);
// The activity named by --activity (its code).
Result<qint64> activityOption(Context &c);
// Writes a file whole or not at all; 0, or 1 with the reason on stderr.
int writeFile(Context &c, const QString &path, const QByteArray &bytes);

// A set of named checks as verify prints them (ok or FAILED, each failure also on stderr as "name: message"),
// then 'allHold' (%1: how many) or how many failed; 0, or 1 when one failed.
struct CheckReport
{
    QString name, title;
    QStringList failures;
};
int printChecks(Context &c, const QList<CheckReport> &checks, const QString &allHold);

// The cash office (cli_cashoffice.cpp).
int tillOpen(Context &c);
int tillClose(Context &c);
int tillStatus(Context &c);
int closure(Context &c);
int sell(Context &c);
int pay(Context &c);
int creditNote(Context &c);
int depositSlip(Context &c);
int statement(Context &c);
int archive(Context &c);

// The year end (cli_yearend.cpp).
int yearRollover(Context &c);
int yearCarryOver(Context &c);
int refund(Context &c);
int refundReport(Context &c);

// Emails to families (cli_mail.cpp).
int mailSend(Context &c);
int mailList(Context &c);
int mailSetup(Context &c);
int mailPlanningsOpen(Context &c);
int mailTemplates(Context &c);
int mailTemplate(Context &c);

// The central database (cli_sync.cpp).
int centralInit(Context &c);
int sync(Context &c);
int verifyCentral(Context &c);

} // namespace guichet::cli
