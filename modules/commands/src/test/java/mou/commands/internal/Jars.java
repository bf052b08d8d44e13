package mou.commands.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small jars for tests, with the manifest headers a test needs. */
final class Jars {

    static final String PROVIDES_GROUP =
            "osgi.service;objectClass:List<String>=\"mou.core.spi.WorkingGroupPlugin\";uses:=\"mou.core.spi\"";
    static final String IMPORTS_CORE_1 =
            "mou.core.model;version=\"[1.0,2)\",mou.core.spi;version=\"[1.0,2)\",org.osgi.framework;version=\"[1.10,2)\"";

    private final Map<String, String> headers = new LinkedHashMap<>();

    static Jars bundle(String symbolicName) {
        Jars jars = new Jars();
        jars.headers.put("Bundle-ManifestVersion", "2");
        jars.headers.put("Bundle-SymbolicName", symbolicName);
        jars.headers.put("Bundle-Version", "1.0.0");
        return jars;
    }

    static Jars plain() {
        return new Jars();
    }

    static Jars group(String symbolicName) {
        return bundle(symbolicName).header("Provide-Capability", PROVIDES_GROUP).header("Import-Package", IMPORTS_CORE_1);
    }

    Jars header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Path write(Path file) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((k, v) -> manifest.getMainAttributes().putValue(k, v));
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.putNextEntry(new ZipEntry("readme.txt"));
            jar.write(("made for a test: " + headers).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return file;
    }

    /** A zip without a manifest. */
    static Path zipWithoutManifest(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("a.txt"));
            zip.write('a');
            zip.closeEntry();
        }
        return file;
    }
}
