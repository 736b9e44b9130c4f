package org.cohesion.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.cohesion.base.Message;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsLongUncommonPassphrasesWithoutCompositionRules() {
        assertThat(policy.check("tea garden by the creek", "wangfang")).isNull();
        assertThat(policy.check("长宁区虹桥街道长虹居民区", "wangfang")).isNull();
    }

    @Test
    void refusesShortPasswordsCountingCharactersNotBytes() {
        assertThat(key(policy.check("seven77", "u"))).isEqualTo("password.too-short");
        assertThat(policy.check("八个汉字的密码呀", "u")).as("8 Chinese characters").isNull();
    }

    @Test
    void refusesOverLongPasswords() {
        assertThat(key(policy.check("x".repeat(129), "u"))).isEqualTo("password.too-long");
        assertThat(policy.check("y".repeat(128), "u")).isNull();
    }

    @Test
    void refusesCommonPasswordsCaseInsensitively() {
        assertThat(key(policy.check("Password123", "u"))).isEqualTo("password.too-common");
        assertThat(key(policy.check("12345678", "u"))).isEqualTo("password.too-common");
        assertThat(key(policy.check("woaini1314", "u"))).isEqualTo("password.too-common");
    }

    @Test
    void refusesTheUsernameAsPassword() {
        assertThat(key(policy.check("neighbour.li", "Neighbour.Li"))).isEqualTo("password.same-as-username");
    }

    @Test
    void refusesEmptyPasswords() {
        assertThat(key(policy.check("", "u"))).isEqualTo("validation.required");
    }

    private static String key(Message m) {
        return m == null ? null : m.key();
    }
}
