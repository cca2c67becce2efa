#include "session/Session.h"

#include "storage/SqlQuery.h"

#include "cashoffice/CashOffice.h"
#include "cashoffice/Journal.h"
#include "catalog/CatalogService.h"
#include "commune/CommuneSettings.h"
#include "commune/ReferenceData.h"
#include "documents/DocumentService.h"
#include "family/Custody.h"
#include "family/FamilyService.h"
#include "mail/Outbox.h"
#include "planning/AttendanceService.h"
#include "planning/BookingService.h"
#include "sales/NumberSeries.h"
#include "sales/SalesService.h"
#include "storage/Database.h"
#include "wallet/WalletService.h"
#include "yearend/Refunds.h"
#include "yearend/Rollover.h"

namespace guichet {

Session::Session(Database &database, Settings &settings, QString actor)
    : m_database(database), m_settings(settings), m_actor(std::move(actor)),
      m_statements(std::make_unique<StatementCache>(database)),
      m_commune(std::make_unique<CommuneSettings>(database, *this)),
      m_reference(std::make_unique<ReferenceData>(*this)), m_catalog(std::make_unique<CatalogService>(*this)),
      m_family(std::make_unique<FamilyService>(*this)), m_custody(std::make_unique<CustodyService>(*this)),
      m_wallet(std::make_unique<WalletService>(*this)), m_sales(std::make_unique<SalesService>(*this)),
      m_documents(std::make_unique<DocumentService>(*this)),
      m_bookings(std::make_unique<BookingService>(*this)),
      m_attendance(std::make_unique<AttendanceService>(*this)), m_users(std::make_unique<UserService>(*this)),
      m_journal(std::make_unique<Journal>(*this)), m_till(std::make_unique<TillService>(*this)),
      m_closures(std::make_unique<ClosureService>(*this)),
      m_rollover(std::make_unique<RolloverService>(*this)), m_refunds(std::make_unique<RefundService>(*this)),
      m_mail(std::make_unique<MailService>(*this))
{
    reloadCommune();
    if (auto counter = Counter::read(database))
        m_counter = counter.value();
    else
        qWarning("Reading the counter's identity: %s", qPrintable(counter.error().message));
    // The journal's chain starts the first time a database of this version is opened for writing.
    if (!database.isReadOnly())
        if (Status s = m_journal->ensureGenesis(); !s)
            qWarning("Starting the journal: %s", qPrintable(s.error().message));
}

Session::~Session() = default;

const Clock &Session::clock() const
{
    return m_database.clock();
}

QString Session::siteId() const
{
    return m_database.siteId();
}

QDate Session::today() const
{
    return m_time.today(clock());
}

void Session::reloadCommune()
{
    m_time = CommuneTime(m_commune->timeZone());
}

Result<QString> Session::nextDocumentNumber(const QString &kind, const QDateTime &now)
{
    if (!m_counter.isSetUp())
        return Counter::notSetUp();
    const auto number = NumberSeries::next(
        m_database, NumberSeries::documentSeries(m_counter.code, kind, m_time.date(now).year()), now, m_time);
    if (!number)
        return number.error();
    return number.value().text;
}

Status Session::setUpCounter(const QString &code, const QString &name)
{
    if (Status s = Counter::setUp(m_database, code, name); !s)
        return s;
    auto counter = Counter::read(m_database);
    if (!counter)
        return counter.error();
    m_counter = counter.value();
    return Status::success();
}

} // namespace guichet
