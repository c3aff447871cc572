package org.mtad;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: ui, api → toolanalysis → analysis → catalog; operations stand beside them. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mtad");
    }

    @Test
    void analyses_are_plain_java_without_spring_vaadin_or_jdbc() {
        noClasses().that().resideInAPackage("org.mtad.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..", "java.sql..",
                        "org.sqlite..", "org.mtad.api..", "org.mtad.ui..", "org.mtad.ops..", "org.mtad.toolanalysis..")
                .check(classes);
    }

    @Test
    void only_the_catalog_touches_jdbc() {
        noClasses().that().resideOutsideOfPackage("org.mtad.catalog..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.springframework.jdbc..")
                .check(classes);
    }

    @Test
    void the_catalog_depends_on_nothing_above_it() {
        noClasses().that().resideInAPackage("org.mtad.catalog..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mtad.analysis..", "org.mtad.toolanalysis..",
                        "org.mtad.api..", "org.mtad.ui..", "org.mtad.ops..")
                .check(classes);
    }

    @Test
    void nothing_below_the_api_and_the_views_depends_on_them() {
        noClasses().that().resideInAnyPackage("org.mtad.catalog..", "org.mtad.analysis..", "org.mtad.toolanalysis..")
                .should().dependOnClassesThat().resideInAnyPackage("org.mtad.api..", "org.mtad.ui..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void the_api_and_the_views_do_not_depend_on_each_other() {
        noClasses().that().resideInAPackage("org.mtad.api..").should().dependOnClassesThat()
                .resideInAPackage("org.mtad.ui..").check(classes);
        noClasses().that().resideInAPackage("org.mtad.ui..").should().dependOnClassesThat()
                .resideInAPackage("org.mtad.api..").check(classes);
    }

    @Test
    void findings_and_citations_are_plain_java_below_the_api_and_the_views() {
        noClasses().that().resideInAPackage("org.mtad.research..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..", "java.sql..",
                        "org.mtad.api..", "org.mtad.ui..", "org.mtad.ops..")
                .check(classes);
    }
}
