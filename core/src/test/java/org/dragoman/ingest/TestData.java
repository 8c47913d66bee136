package org.dragoman.ingest;

import java.nio.file.Path;

/** Where the repository's test data is: surefire passes {@code tests.root.dir}. */
final class TestData {
  private TestData() {}

  static Path root() {
    return Path.of(System.getProperty("tests.root.dir", "..")).toAbsolutePath().normalize();
  }

  static Path corpus(String name) {
    return root().resolve("testdata/corpus").resolve(name);
  }

  static Path fixture(String name) {
    return root().resolve("testdata/fixtures/ingest").resolve(name);
  }
}
