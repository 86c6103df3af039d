package org.entente.agreements;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.entente.platform.domain.DomainBoundary;
import org.springframework.stereotype.Component;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The aggregates, their values and rules know no HTTP, no MongoDB and no JSON: what is not a
 * Spring bean (controller, use case, store configuration, job), a request, a view or a setting.
 */
@AnalyzeClasses(packages = "org.entente.agreements", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainArchitectureTest {

    static final DescribedPredicate<JavaClass> DOMAIN = DescribedPredicate.describe("of the domain", type -> {
        JavaClass outermost = type;
        while (outermost.getEnclosingClass().isPresent()) {
            outermost = outermost.getEnclosingClass().get();
        }
        String name = outermost.getSimpleName();
        return !outermost.isMetaAnnotatedWith(Component.class) && !outermost.getPackageName().endsWith(".demo")
                && !name.endsWith("Request") && !name.endsWith("View") && !name.endsWith("Settings");
    });

    @ArchTest
    static final ArchRule theDomainKnowsNoWebPersistenceOrJson = noClasses().that(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(DomainBoundary.FRAMEWORK_PACKAGES);
}
