#include "common/Sha256.h"

#include <openssl/evp.h>

namespace guichet {

struct Sha256::Context
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr); // fetched once: the implicit fetch costs per call
    ~Context()
    {
        EVP_MD_free(md);
        EVP_MD_CTX_free(ctx);
    }
};

Sha256::Sha256() : m(std::make_unique<Context>())
{
    reset();
}

Sha256::~Sha256() = default;

void Sha256::reset()
{
    EVP_DigestInit_ex(m->ctx, m->md, nullptr);
}

void Sha256::add(QByteArrayView bytes)
{
    EVP_DigestUpdate(m->ctx, bytes.data(), size_t(bytes.size()));
}

QByteArray Sha256::hexResult()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m->ctx, digest, &length);
    reset();
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

QString Sha256::hex(QByteArrayView bytes)
{
    Sha256 hash;
    hash.add(bytes);
    return QString::fromLatin1(hash.hexResult());
}

} // namespace guichet
