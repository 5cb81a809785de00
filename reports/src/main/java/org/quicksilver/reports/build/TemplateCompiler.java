package org.quicksilver.reports.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every {@code .jrxml} under a source folder to a {@code .jasper} file of the same
 * relative path under an output folder.
 *
 * <p>Run by the build in a forked JVM: inside WildFly, JasperReports cannot hand javac a usable
 * class path, and templates must never be compiled in production anyway.
 */
public final class TemplateCompiler {

  private TemplateCompiler() {}

  public static void main(String[] args) throws IOException, JRException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: TemplateCompiler <source dir> <output dir>");
    }
    Path sourceDir = Path.of(args[0]);
    Path outputDir = Path.of(args[1]);
    List<Path> templates = findTemplates(sourceDir);
    if (templates.isEmpty()) {
      throw new IllegalStateException("no .jrxml templates under " + sourceDir);
    }
    for (Path template : templates) {
      Path target = outputDir.resolve(jasperName(sourceDir.relativize(template)));
      Files.createDirectories(target.getParent());
      JasperCompileManager.compileReportToFile(template.toString(), target.toString());
      System.out.println("Compiled " + template + " -> " + target);
    }
  }

  private static List<Path> findTemplates(Path sourceDir) throws IOException {
    try (Stream<Path> files = Files.walk(sourceDir)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".jrxml"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static String jasperName(Path relativeTemplate) {
    String name = relativeTemplate.toString();
    return name.substring(0, name.length() - ".jrxml".length()) + ".jasper";
  }
}
