package org.cohesion.session;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The secrets of session passes. A guest's secret is 128 random bits (SecureRandom), URL-safe. A member's is
 * 128 bits of an HMAC of the session and the user under a server key, so that every tab and device of the member
 * gets the same secret and joining on a phone does not kill the pass of the laptop; it is only valid together
 * with the member's sign-in anyway. The key is {@code cohesion.session.member-pass-key} or, when unset, random
 * per start (members then simply join again after a restart). Only SHA-256 hashes of secrets are stored.
 */
@Component
class PassSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final byte[] memberKey;

    PassSecrets(@Value("${cohesion.session.member-pass-key:}") String configuredKey) {
        if (configuredKey == null || configuredKey.isBlank()) {
            memberKey = new byte[32];
            RANDOM.nextBytes(memberKey);
        } else {
            memberKey = configuredKey.getBytes(StandardCharsets.UTF_8);
        }
    }

    String guestSecret() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return URL.encodeToString(bytes);
    }

    String memberSecret(long sessionId, long userId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(memberKey, "HmacSHA256"));
            byte[] full = mac.doFinal(("member:" + sessionId + ":" + userId).getBytes(StandardCharsets.UTF_8));
            return URL.encodeToString(java.util.Arrays.copyOf(full, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the secret hashes to the stored hash; compares in constant time. */
    static boolean matches(String secret, String storedHash) {
        if (secret == null || secret.isEmpty() || secret.length() > 100 || storedHash == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(secret).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
