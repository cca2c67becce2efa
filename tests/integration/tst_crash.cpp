// Crash safety of the sale: a guichet-cli process sells and pays in a loop and is killed (SIGKILL) at a
// random instant, again and again; after each kill the database must open, and every invariant
// (wallets, invoices, payments, numbering) must hold — a sale is all or nothing.
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestCrash : public QObject
{
    Q_OBJECT

private:
    QString m_cli;
    QTemporaryDir m_dir;

    int run(const QStringList &args, QString *output = nullptr)
    {
        QProcess p;
        p.start(m_cli, args);
        if (!p.waitForFinished(120000))
            return -1;
        if (output)
            *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    }

    int scalar(const QString &path, const QString &sql)
    {
        int value = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("GUICHET_CLI");
        QVERIFY2(!m_cli.isEmpty(), "GUICHET_CLI must give the path of guichet-cli (set by ctest)");
        QVERIFY(m_dir.isValid());
    }

    void killedMidSaleLeavesNothingHalfWritten()
    {
        const QString db = m_dir.filePath(QStringLiteral("crash.sqlite"));
        QString output;
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("40"),
                      QStringLiteral("--database"), db},
                     &output),
                 0);
        QRandomGenerator random(62500);
        int previousInvoices = 0;
        constexpr int Kills = 8;
        for (int round = 0; round < Kills; ++round) {
            QProcess stress;
            stress.start(m_cli, {QStringLiteral("stress"), QStringLiteral("--count"),
                                 QStringLiteral("100000"), QStringLiteral("--database"), db});
            QVERIFY(stress.waitForStarted());
            // Let it complete a few sales, then kill it somewhere inside the next one.
            const int sales = 1 + int(random.bounded(8u));
            int done = 0;
            while (done < sales && stress.state() == QProcess::Running) {
                if (stress.waitForReadyRead(10000))
                    done += int(stress.readAllStandardOutput().count('\n'));
                else
                    break;
            }
            QVERIFY2(done >= sales, qPrintable(QString::fromUtf8(stress.readAllStandardError())));
            QThread::usleep(random.bounded(4000u));
            stress.kill(); // SIGKILL: no cleanup, no rollback by the program
            QVERIFY(stress.waitForFinished(10000));

            QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--database"), db}, &output), 0);
            const int invoices = scalar(db, QStringLiteral("SELECT count(*) FROM invoice"));
            QVERIFY2(invoices >= previousInvoices + sales, qPrintable(output));
            previousInvoices = invoices;
        }
        // A kill between confirmation and payment may leave a confirmed, unpaid invoice (a legitimate
        // state: it can be paid at the counter), never a paid one without its tickets.
        const int unpaid = scalar(db, QStringLiteral("SELECT count(*) FROM invoice i WHERE NOT EXISTS "
                                                     "(SELECT 1 FROM payment p WHERE p.invoice_id = i.id)"));
        QVERIFY(unpaid >= 0 && unpaid <= Kills);
        QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--database"), db}, &output), 0);
    }

    void verifyFailsOnACorruptedCopy()
    {
        const QString db = m_dir.filePath(QStringLiteral("crash.sqlite"));
        const QString copy = m_dir.filePath(QStringLiteral("corrupted.sqlite"));
        QVERIFY(QFile::copy(db, copy));
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("corrupt"));
            raw.setDatabaseName(copy);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            // Tickets out of nowhere, slipped past the triggers as a careless manual fix would.
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER wallet_movement_no_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE wallet_movement SET quantity = quantity + 3 WHERE id = "
                                          "(SELECT min(id) FROM wallet_movement WHERE kind = 'purchase')")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("corrupt"));
        QString output;
        QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--database"), copy}, &output), 1);
        QVERIFY2(output.contains(QStringLiteral("SO1-2026-000001")), qPrintable(output));
        // The line names the invoice and both counts, 3 tickets apart (whatever the language).
        const QString line = output.section(QLatin1Char('\n'), 0, 0).section(QStringLiteral("000001"), 1);
        QList<int> numbers;
        static const QRegularExpression integer(QStringLiteral("\\b(\\d+)\\b"));
        for (auto it = integer.globalMatch(line); it.hasNext();)
            numbers += it.next().captured(1).toInt();
        QVERIFY2(numbers.size() == 2 && numbers.at(0) == numbers.at(1) + 3, qPrintable(output));
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
