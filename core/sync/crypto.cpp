#include "sync/crypto.h"

#include <sodium.h>

#include <cstring>

namespace capacita::crypto {

static_assert(sizeof(crypto_secretstream_xchacha20poly1305_state) <= 64);
static_assert(crypto_secretstream_xchacha20poly1305_HEADERBYTES == kStreamHeaderBytes);
static_assert(crypto_secretstream_xchacha20poly1305_ABYTES == kStreamOverheadBytes);
static_assert(crypto_secretstream_xchacha20poly1305_KEYBYTES == kKeyBytes);
static_assert(crypto_sign_BYTES == kSignatureBytes);

namespace {
const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}
unsigned char *bytes(QByteArray &b)
{
    return reinterpret_cast<unsigned char *>(b.data());
}
auto *state(unsigned char *raw)
{
    return reinterpret_cast<crypto_secretstream_xchacha20poly1305_state *>(raw);
}
} // namespace

bool init()
{
    return sodium_init() >= 0;
}

QByteArray randomKey()
{
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_keygen(bytes(key));
    return key;
}

Result<QByteArray> keyFromPassphrase(const QByteArray &passphrase, const QByteArray &salt16)
{
    if (salt16.size() != crypto_pwhash_SALTBYTES)
        return Error::badInput(QStringLiteral("salt"), QStringLiteral("the salt must be 16 bytes"));
    if (passphrase.size() < 12)
        return Error::badInput(QStringLiteral("passphrase"),
            QCoreApplication::translate("Crypto", "is too short: use at least 12 characters (several words are best)."));
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    if (crypto_pwhash(bytes(key), key.size(), passphrase.constData(), passphrase.size(), bytes(salt16),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error::io(QCoreApplication::translate("Crypto", "Not enough memory to derive the key from the passphrase."));
    return key;
}

KeyPair newSigningKeyPair()
{
    KeyPair k{QByteArray(kPublicKeyBytes, Qt::Uninitialized), QByteArray(kSecretKeyBytes, Qt::Uninitialized)};
    crypto_sign_keypair(bytes(k.publicKey), bytes(k.secretKey));
    return k;
}

QByteArray sign(const QByteArray &message, const QByteArray &secretKey)
{
    QByteArray sig(kSignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(bytes(sig), nullptr, bytes(message), message.size(), bytes(secretKey));
    return sig;
}

bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey)
{
    if (signature.size() != kSignatureBytes || publicKey.size() != kPublicKeyBytes)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message), message.size(), bytes(publicKey)) == 0;
}

QByteArray hash32(const QByteArray &data)
{
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash(bytes(out), out.size(), bytes(data), data.size(), nullptr, 0);
    return out;
}

StreamEncryptor::StreamEncryptor(const QByteArray &key) : m_header(kStreamHeaderBytes, Qt::Uninitialized)
{
    crypto_secretstream_xchacha20poly1305_init_push(state(m_state), bytes(m_header), bytes(key));
}

QByteArray StreamEncryptor::push(const QByteArray &plain, const QByteArray &associated, bool final)
{
    QByteArray cipher(plain.size() + kStreamOverheadBytes, Qt::Uninitialized);
    const unsigned char tag = final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                    : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
    crypto_secretstream_xchacha20poly1305_push(state(m_state), bytes(cipher), nullptr, bytes(plain), plain.size(),
        bytes(associated), associated.size(), tag);
    return cipher;
}

bool StreamDecryptor::init(const QByteArray &key, const QByteArray &header)
{
    if (key.size() != kKeyBytes || header.size() != kStreamHeaderBytes)
        return false;
    return crypto_secretstream_xchacha20poly1305_init_pull(state(m_state), bytes(header), bytes(key)) == 0;
}

bool StreamDecryptor::pull(const QByteArray &cipher, const QByteArray &associated, QByteArray *plain, bool *final)
{
    if (cipher.size() < kStreamOverheadBytes)
        return false;
    plain->resize(cipher.size() - kStreamOverheadBytes);
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(state(m_state), bytes(*plain), nullptr, &tag, bytes(cipher),
            cipher.size(), bytes(associated), associated.size())
        != 0)
        return false;
    *final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    return true;
}

} // namespace capacita::crypto
