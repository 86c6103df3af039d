package org.entente.notify;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.springframework.stereotype.Component;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * notify's domain (subscriptions, timeline entries and their summaries, deliveries, the
 * agreement replica's record) knows nothing of HTTP, storage or JSON: those live in the
 * Spring beans and the HTTP edge (controllers, their request and view records, the paging
 * cursor) around it.
 */
@AnalyzeClasses(packages = "org.entente.notify", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainIndependenceTest {

    private static final DescribedPredicate<JavaClass> DOMAIN = DescribedPredicate.describe(
            "notify's domain classes", javaClass -> {
                JavaClass outer = javaClass;
                while (outer.getEnclosingClass().isPresent()) {
                    outer = outer.getEnclosingClass().get();
                }
                String name = outer.getSimpleName();
                return !outer.isMetaAnnotatedWith(Component.class)
                        && !name.endsWith("Controller") && !name.endsWith("Request") && !name.endsWith("View")
                        && !name.endsWith("Cursor") && !name.endsWith("Application");
            });

    @ArchTest
    static final ArchRule domainIsFreeOfWebStorageAndJson = noClasses().that(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.http..", "org.springframework.data..",
                    "com.mongodb..", "org.bson..", "tools.jackson..", "com.fasterxml.jackson..")
            .because("the domain is plain Java; the beans around it translate HTTP, MongoDB and JSON");
}
