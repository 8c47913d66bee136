package org.dragoman.opensearch;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.sameInstance;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.lucene.analysis.Analyzer;
import org.dragoman.analysis.AnalysisInspector;
import org.dragoman.analysis.NameAliases;
import org.dragoman.analysis.NameAnalyzer;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.opensearch.Version;
import org.opensearch.common.bootstrap.JarHell;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.plugins.PluginsService;

/**
 * The plugin zip that {@code package} built, checked the way {@code bin/opensearch-plugin install}
 * and a node check it: its layout, its descriptor, no jar hell against OpenSearch's class path, and
 * a plugin class that loads and analyses from the zip's jars alone.
 */
public class PluginZipIT {

  @ClassRule public static final TemporaryFolder TEMP = new TemporaryFolder();

  private static Path zip;
  private static Path unpacked;
  private static String version;

  @BeforeClass
  public static void unpack() throws IOException {
    zip = Path.of(System.getProperty("tests.plugin.zip"));
    assertTrue("no plugin zip at " + zip + ": run mvn package", Files.isRegularFile(zip));
    version = System.getProperty("tests.project.version");
    unpacked = TEMP.newFolder("dragoman").toPath();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      Enumeration<? extends ZipEntry> entries = file.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        try (InputStream in = file.getInputStream(entry)) {
          Files.copy(in, unpacked.resolve(entry.getName()));
        }
      }
    }
  }

  @Test
  public void theZipHoldsTheDescriptorAndDragomansTwoJarsAtTheTopLevel() throws IOException {
    Set<String> names = new TreeSet<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      file.stream().forEach(entry -> names.add(entry.getName()));
    }
    // Lucene, Jackson and the rest come with OpenSearch; the analysis package needs no Guava
    assertThat(
        names,
        equalTo(
            Set.of(
                "plugin-descriptor.properties",
                "dragoman-core-" + version + ".jar",
                "dragoman-opensearch-" + version + ".jar")));
  }

  @Test
  public void theDescriptorNamesThePluginClassAndThisExactOpenSearchVersion() throws IOException {
    PluginInfo info = PluginInfo.readFromProperties(unpacked);
    assertThat(info.getName(), equalTo("dragoman"));
    assertThat(info.getClassname(), equalTo(DragomanPlugin.class.getName()));
    assertThat(info.getVersion(), equalTo(version));
    assertThat(info.getOpenSearchVersionRangesString(), equalTo(Version.CURRENT.toString()));
    assertThat(Version.CURRENT.toString(), equalTo("3.9.0"));
    PluginsService.verifyCompatibility(info); // what a node checks before loading it
    assertTrue(PluginsService.isPluginVersionCompatible(info, Version.CURRENT));
    assertThat(
        PluginsService.isPluginVersionCompatible(info, Version.fromString("3.8.0")),
        equalTo(false));
  }

  @Test
  public void theJarsDoNotDuplicateAClassOfOpenSearchsClassPath() throws Exception {
    Set<URL> classPath = new LinkedHashSet<>(openSearchClassPath());
    classPath.addAll(pluginJars());
    JarHell.checkJarHell(classPath, message -> {});
  }

  @Test
  public void theJarHellCheckCatchesABundledLuceneJar() throws Exception {
    Path lucene =
        Path.of(Analyzer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path copy = TEMP.newFolder("with-lucene").toPath().resolve(lucene.getFileName());
    Files.copy(lucene, copy);
    Set<URL> classPath = new LinkedHashSet<>(openSearchClassPath());
    classPath.addAll(pluginJars());
    classPath.add(copy.toUri().toURL());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> JarHell.checkJarHell(classPath, m -> {}));
    assertThat(e.getMessage(), containsString("jar hell!"));
  }

  @Test
  public void thePluginClassLoadsAndAnalysesFromTheZipsJarsAlone() throws Exception {
    PluginInfo info = PluginInfo.readFromProperties(unpacked);
    // Dragoman's classes must come from the zip; Guava and Jackson 2 are not on a node's class path
    ClassLoader openSearchOnly =
        new HidingClassLoader(
            getClass().getClassLoader(),
            List.of("org.dragoman.", "com.google.common.", "com.fasterxml.jackson.databind."));
    try (URLClassLoader loader =
        new URLClassLoader(pluginJars().toArray(new URL[0]), openSearchOnly)) {
      Class<?> pluginClass = Class.forName(info.getClassname(), true, loader);
      assertThat(pluginClass.getClassLoader(), sameInstance(loader));
      Object plugin = pluginClass.getConstructor().newInstance();
      assertThat(plugin, instanceOf(AnalysisPlugin.class));
      AnalysisPlugin analysis = (AnalysisPlugin) plugin;
      assertThat(
          analysis.getAnalyzers().keySet(),
          equalTo(Set.of("dragoman", "dragoman_search", "dragoman_exact")));
      assertThat(analysis.getTokenFilters().keySet(), equalTo(Set.of("dragoman_names")));
      assertThat(analysis.getTokenizers().keySet(), equalTo(Set.of("dragoman_tokenizer")));

      Environment environment =
          new Environment(
              Settings.builder().put("path.home", TEMP.newFolder("home").toString()).build(), null);
      String text = "К.Токаев met Tokajew in Nur-Sultan, the ОДКБ summit";
      try (Analyzer fromZip = analyzer(analysis, environment, "dragoman");
          Analyzer library = NameAnalyzer.forIndexing()) {
        assertThat(fromZip.getClass().getClassLoader(), sameInstance(loader));
        assertThat(
            AnalysisInspector.tokens(fromZip, "names", text),
            equalTo(AnalysisInspector.tokens(library, "names", text)));
      }
      try (Analyzer fromZip = analyzer(analysis, environment, "dragoman_search");
          Analyzer library = NameAnalyzer.forQueries(NameAliases.builtIn())) {
        assertThat(
            AnalysisInspector.tokens(fromZip, "names", text),
            equalTo(AnalysisInspector.tokens(library, "names", text)));
      }
    }
  }

  private static Analyzer analyzer(AnalysisPlugin plugin, Environment environment, String name)
      throws IOException {
    AnalyzerProvider<? extends Analyzer> provider =
        plugin.getAnalyzers().get(name).get(environment, name);
    return provider.get();
  }

  private static List<URL> pluginJars() throws IOException {
    List<URL> jars = new ArrayList<>();
    try (var files = Files.list(unpacked)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
        jars.add(file.toUri().toURL());
      }
    }
    assertThat(jars.size(), equalTo(2));
    return jars;
  }

  /**
   * The test class path without this project's own classes and jars: OpenSearch, Lucene and
   * everything else a node (or its tests) already has.
   */
  private static Set<URL> openSearchClassPath() {
    Path root = LibraryCorpus.root();
    Set<URL> classPath = new LinkedHashSet<>();
    for (URL url : JarHell.parseClassPath()) {
      String path = url.getPath();
      if (!path.startsWith(root.toUri().getPath())) {
        classPath.add(url);
      }
    }
    assertThat(classPath.size() > 50, equalTo(true));
    return classPath;
  }

  /** Delegates to its parent, except for classes and resources under some package prefixes. */
  private static final class HidingClassLoader extends ClassLoader {
    private final List<String> hidden;

    HidingClassLoader(ClassLoader parent, List<String> hidden) {
      super(parent);
      this.hidden = hidden;
    }

    private boolean hides(String name) {
      String dotted = name.replace('/', '.');
      return hidden.stream().anyMatch(dotted::startsWith);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (hides(name)) {
        throw new ClassNotFoundException(name + " is hidden: it must come from the plugin's jars");
      }
      return super.loadClass(name, resolve);
    }

    @Override
    public URL getResource(String name) {
      return hides(name) ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return hides(name) ? Collections.emptyEnumeration() : super.getResources(name);
    }
  }
}
