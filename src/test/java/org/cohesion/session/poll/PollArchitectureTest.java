package org.cohesion.session.poll;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Polls sit inside the session feature's package, where the feature-level rules of ArchitectureTest do not see
 * them: polls build on the session core, never the reverse (the session views may embed the poll components), and
 * the poll service declares who may call each method too.
 */
class PollArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cohesion");
    }

    @Test
    void theSessionCoreNeverDependsOnPolls() {
        noClasses().that().resideInAnyPackage("org.cohesion.session", "org.cohesion.session.internal..")
                .should().dependOnClassesThat().resideInAPackage("org.cohesion.session.poll..")
                .check(classes);
    }

    /**
     * The polls' UI plugs into the room and presenter views through their extension point (session.ui's
     * SessionRoomSection); the polls' service layer never reaches into the session views.
     */
    @Test
    void pollsNeverDependOnTheSessionViews() {
        noClasses().that().resideInAnyPackage("org.cohesion.session.poll", "org.cohesion.session.poll.internal..")
                .should().dependOnClassesThat().resideInAPackage("org.cohesion.session.ui..")
                .check(classes);
    }

    @Test
    void everyPublicPollServiceMethodDeclaresWhoMayCallIt() {
        methods().that().arePublic().and().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().resideInAPackage("org.cohesion.session.poll..")
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(classes);
    }
}
