#pragma once

#include "domain/result.h"

#include <QByteArray>

// Thin wrappers over libsodium for the sync container. Secrets live in QByteArray only in
// memory; callers never write them to disk except inside the database or a 0600 join file.
namespace capacita::crypto {

inline constexpr int kKeyBytes = 32;       // dataset key (secretstream XChaCha20-Poly1305)
inline constexpr int kPublicKeyBytes = 32; // Ed25519
inline constexpr int kSecretKeyBytes = 64;
inline constexpr int kSignatureBytes = 64;
inline constexpr int kStreamHeaderBytes = 24;
inline constexpr int kStreamOverheadBytes = 17; // MAC + tag per chunk

bool init(); // sodium_init; false when the library cannot start (no entropy source)

QByteArray randomKey();
// Argon2id of a passphrase with a 16-byte salt (the dataset id's bytes).
Result<QByteArray> keyFromPassphrase(const QByteArray &passphrase, const QByteArray &salt16);

struct KeyPair
{
    QByteArray publicKey;
    QByteArray secretKey;
};
KeyPair newSigningKeyPair();
QByteArray sign(const QByteArray &message, const QByteArray &secretKey);
bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey);
QByteArray hash32(const QByteArray &data); // BLAKE2b-256

// Encrypts a sequence of chunks; the last one is tagged FINAL so truncation is detected.
class StreamEncryptor
{
public:
    explicit StreamEncryptor(const QByteArray &key);
    QByteArray header() const { return m_header; }
    QByteArray push(const QByteArray &plain, const QByteArray &associated, bool final);

private:
    alignas(16) unsigned char m_state[64];
    QByteArray m_header;
};

class StreamDecryptor
{
public:
    // Fails when the header does not belong to this key's streams.
    bool init(const QByteArray &key, const QByteArray &header);
    // nullopt-like: returns false when the chunk was forged, reordered or damaged.
    bool pull(const QByteArray &cipher, const QByteArray &associated, QByteArray *plain, bool *final);

private:
    alignas(16) unsigned char m_state[64];
};

} // namespace capacita::crypto
