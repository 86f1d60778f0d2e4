package dev.cloudmaker.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What the build stamped into the jar: the version and build date (version.properties, filtered by Maven) and
 * the commit it was built from (commit.properties, written by the build from git; {@code +dirty} when the work
 * tree had changes). A value the build could not fill (no git, a run from the IDE) reads as {@code unknown}.
 */
public record BuildInfo(String version, String commit, String built) {
    public static BuildInfo of() {
        Properties p = new Properties();
        load(p, "version.properties");
        load(p, "commit.properties");
        return new BuildInfo(filled(p, "version", "dev"), filled(p, "commit", "unknown"), filled(p, "built", "unknown"));
    }

    private static void load(Properties p, String resource) {
        try (InputStream in = BuildInfo.class.getResourceAsStream(resource)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String filled(Properties p, String key, String otherwise) {
        String value = p.getProperty(key, "").strip();
        return value.isEmpty() || value.startsWith("${") ? otherwise : value;
    }

    /** {@code cloudmaker 0.1.0 (commit 3b2ef73abc, built 2026-12-04T12:00:00Z)} */
    public String line() {
        return "cloudmaker " + version + " (commit " + commit + ", built " + built + ")";
    }
}
