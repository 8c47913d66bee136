package org.dragoman;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of HOUSE_STYLE.md: data flows ingest -> model -> index -> search -> cli. */
class ArchitectureTest {

  static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dragoman");
  }

  @Test
  void modelKnowsNoLucene() {
    noClasses()
        .that()
        .resideInAPackage("org.dragoman.model..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.lucene..")
        .check(core);
  }

  @Test
  void ingestKnowsNoLucene() {
    noClasses()
        .that()
        .resideInAPackage("org.dragoman.ingest..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.lucene..")
        .check(core);
  }

  @Test
  void reportsKnowNoLucene() {
    noClasses()
        .that()
        .resideInAPackage("org.dragoman.report..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.lucene..")
        .check(core);
  }

  @Test
  void coreNeverDependsOnTheCli() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.dragoman.cli..")
        .allowEmptyShould(true)
        .check(core);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("org.dragoman.(*)..").should().beFreeOfCycles().check(core);
  }
}
