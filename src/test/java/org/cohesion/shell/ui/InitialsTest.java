package org.cohesion.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InitialsTest {

    @Test
    void chineseNamesUseTheirFirstCharacter() {
        assertThat(Initials.of("陈静 Chen Jing")).isEqualTo("陈");
    }

    @Test
    void otherNamesUseTwoInitials() {
        assertThat(Initials.of("sarah miller")).isEqualTo("SM");
        assertThat(Initials.of("Madonna")).isEqualTo("M");
        assertThat(Initials.of("  ")).isEqualTo("?");
    }
}
