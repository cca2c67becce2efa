#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>

namespace guichet {

// SHA-256 through OpenSSL's libcrypto (the SHA extensions of the processor when it has them): verify hashes
// every journal entry, a million of them in a few seconds. One object hashes many messages in turn.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void reset();
    void add(QByteArrayView bytes);
    // The digest of what was added since reset(), as 64 lower-case hex characters; resets.
    QByteArray hexResult();

    // The lower-case hex SHA-256 of 'bytes'.
    static QString hex(QByteArrayView bytes);

private:
    struct Context;
    std::unique_ptr<Context> m;
};

} // namespace guichet
