package dev.cloudmaker.release;

import dev.cloudmaker.cli.Main;
import dev.cloudmaker.core.io.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes, into the folder given as the first argument (the second is the version), {@code man/*.1} (a page per command, section 1: picocli's
 * generator writes AsciiDoc, Asciidoctor turns it into troff) and {@code completion/cloudmaker.bash} (picocli's
 * completion script, which bash and zsh both source). Run by the release module's build.
 */
public final class ReleaseDocs {
    private ReleaseDocs() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        String version = args[1];
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        CommandLine cli = Main.commandLine(Map.of(), discard, discard);
        writeCompletion(cli, out.resolve("completion/cloudmaker.bash"));
        writeManPages(cli, version, out.resolve("adoc"), out.resolve("man"));
    }

    static void writeCompletion(CommandLine cli, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        AtomicFiles.writeString(file, AutoComplete.bash("cloudmaker", cli));
    }

    static void writeManPages(CommandLine cli, String version, Path adoc, Path man) throws IOException {
        Files.createDirectories(adoc);
        Files.createDirectories(man);
        int status = ManPageGenerator.generateManPage(adoc.toFile(), null, new boolean[0], true, cli.getCommandSpec());
        if (status != 0) {
            throw new IOException("picocli's man page generator failed (status " + status + ")");
        }
        List<Path> pages;
        try (Stream<Path> files = Files.list(adoc)) {
            pages = files.filter(p -> p.getFileName().toString().endsWith(".adoc")).sorted().toList();
        }
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            // the pages' footer and header: "cloudmaker VERSION" and the manual's name
            Attributes attributes = Attributes.builder().attribute("mansource", "cloudmaker " + version)
                    .attribute("manmanual", "cloudmaker manual").build();
            Options options = Options.builder().backend("manpage").toDir(man.toFile()).safe(SafeMode.UNSAFE)
                    .attributes(attributes).build();
            for (Path page : pages) {
                asciidoctor.convertFile(page.toFile(), options);
            }
        }
    }
}
