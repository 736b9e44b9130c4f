package org.cohesion.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The layout rules of docs/decisions/0002-package-by-feature.md, checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cohesion");
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.cohesion.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void moderationNeverImportsTheFeaturesItServes() {
        noClasses().that().resideInAPackage("org.cohesion.moderation..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cohesion.annotation..",
                        "org.cohesion.discussion..")
                .check(classes);
        noClasses().that().resideInAPackage("org.cohesion.ratelimit..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.cohesion.ratelimit..", "java..",
                        "io.github.bucket4j..", "org.springframework..")
                .check(classes);
    }

    @Test
    void collaborationEngineOnlyInUiAndCollab() {
        noClasses().that().resideOutsideOfPackages("..ui..", "org.cohesion.collab..", "..discussion.persistence..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin.collaborationengine..")
                .check(classes);
    }

    @Test
    void viewsNeverTouchRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().resideInAPackage("..internal..")
                .check(classes);
    }

    @Test
    void everyViewDeclaresWhoMayOpenIt() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .orShould().beAnnotatedWith(DenyAll.class)
                .check(classes);
    }

    @Test
    void everyPublicServiceMethodDeclaresWhoMayCallIt() {
        methods().that().arePublic().and().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().resideInAPackage("org.cohesion.*")
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(classes);
    }

    @Test
    void repositoriesLiveInInternalPackages() {
        classes().that().areAssignableTo(Repository.class)
                .should().resideInAPackage("..internal..")
                .check(classes);
    }

    @Test
    void synthesisNeverImportsTheFeaturesItServes() {
        noClasses().that().resideInAPackage("org.cohesion.synthesis..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cohesion.annotation..",
                        "org.cohesion.discussion..", "org.cohesion.session..")
                .check(classes);
    }
}
