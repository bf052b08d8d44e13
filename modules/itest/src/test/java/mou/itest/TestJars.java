package mou.itest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/** Small jars that are not (quite) working-group plugins, to see them refused. */
final class TestJars {

    static final String PROVIDES_GROUP =
            "osgi.service;objectClass:List<String>=\"mou.core.spi.WorkingGroupPlugin\";uses:=\"mou.core.spi\"";

    private TestJars() {
    }

    /** A jar whose manifest holds exactly these headers (none: a plain jar, not a bundle). */
    static Path jar(Path file, Map<String, String> headers) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((k, v) -> manifest.getMainAttributes().putValue(k, v));
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.putNextEntry(new ZipEntry("readme.txt"));
            jar.write("made by an integration test".getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return file;
    }

    static Map<String, String> bundle(String symbolicName) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Bundle-ManifestVersion", "2");
        headers.put("Bundle-SymbolicName", symbolicName);
        headers.put("Bundle-Version", "1.0.0");
        return headers;
    }

    /** A bundle that says it offers a working group, importing the core API in the given range. */
    static Map<String, String> claimsGroup(String symbolicName, String coreRange) {
        Map<String, String> headers = bundle(symbolicName);
        headers.put("Import-Package", "mou.core.spi;version=\"" + coreRange + "\"");
        headers.put("Provide-Capability", PROVIDES_GROUP);
        return headers;
    }
}
