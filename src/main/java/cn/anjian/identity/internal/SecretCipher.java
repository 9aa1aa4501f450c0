package cn.anjian.identity.internal;

import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Encrypts TOTP secrets at rest (issue 13): Spring Security's {@code Encryptors.delux} (AES-256-GCM, a key derived
 * with PBKDF2 from {@code anjian.security.second-factor-key}, a random IV per value). No crypto of our own.
 */
@Component
class SecretCipher {

    private final TextEncryptor encryptor;

    SecretCipher(IdentityProperties properties) {
        this.encryptor = Encryptors.delux(properties.secondFactorKey(), properties.secondFactorSalt());
    }

    String encrypt(String secret) {
        return encryptor.encrypt(secret);
    }

    String decrypt(String stored) {
        return encryptor.decrypt(stored);
    }
}
