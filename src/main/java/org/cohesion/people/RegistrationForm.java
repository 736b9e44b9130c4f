package org.cohesion.people;

import java.util.Locale;

/** What a resident types to register with a community invite code. */
public record RegistrationForm(String username, String displayName, String password, String inviteCode,
                               StakeholderGroup group, Locale locale) {
}
