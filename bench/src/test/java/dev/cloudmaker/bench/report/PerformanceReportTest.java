package dev.cloudmaker.bench.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PerformanceReportTest {
    @TempDir
    Path results;
    @TempDir
    Path docs;

    private void sampleResults() throws IOException {
        Files.writeString(results.resolve("provision-scale.csv"), """
                tool,servers,wall_s,api_calls,mutating_calls,rate_limited,peak_rss_mb,floor_s,finished
                cloudmaker,1,5.32,16,5,0,122,0.50,1
                cloudmaker,10,6.00,45,32,0,125,4.00,1
                cloudmaker,100,12.40,224,212,0,150,10.00,1
                cloudmaker,500,130.00,1100,1050,3,190,100.00,1
                ansible,10,30.00,60,40,0,300,4.00,1
                ansible,100,124.00,600,400,0,310,10.00,1
                """);
        Files.writeString(results.resolve("noop.csv"), """
                servers,wall_s,api_calls,pages,peak_rss_mb
                100,1.33,8,1,125
                1000,1.80,13,6,140
                """);
        Files.writeString(results.resolve("fanout.csv"), """
                tool,mode,machines,wall_s,peak_rss_mb
                cloudmaker,parallel,1,2.10,190
                cloudmaker,parallel,8,3.50,195
                ansible,forks-default,8,7.00,400
                ansible,forks-8,8,5.25,450
                ansible,forks-8,1,2.00,120
                """);
        Files.writeString(results.resolve("startup.csv"), """
                command,launcher,wall_s,peak_rss_mb
                --version,plain,0.40,64
                --version,aot,0.30,76
                validate,plain,0.90,117
                validate,aot,0.45,90
                """);
        Files.writeString(results.resolve("backend.csv"), """
                servers,files_s,backend_s,ratio,acquire_ms,release_ms
                100,2.50,3.00,1.200,5.473,2.767
                """);
        Files.writeString(results.resolve("machine.txt"), "machine: 2 cores, Test CPU, 4 GiB, Java 25\n");
    }

    @Test
    void writesTablesTargetsAndRatiosFromTheResults() throws IOException {
        sampleResults();
        Path notes = Files.createDirectories(docs.resolve("notes"));
        Files.writeString(notes.resolve("provision-scale.md"), "The 500-server run missed its floor because of the 429s.\n");
        Files.writeString(notes.resolve("summary.md"), "Measured on a quiet host.\n");
        Files.writeString(notes.resolve("other-clouds.md"), "## 7. On Triton\n\nBy hand.\n");

        String md = Files.readString(PerformanceReport.write(results, docs, Optional.of(notes)));

        assertThat(md).contains("machine: 2 cores, Test CPU, 4 GiB, Java 25")
                .contains("| provision | cloudmaker's wall time at 500 servers over the rate-limit floor | ≤ 1.20x | 1.30x | **missed** |")
                .contains("| provision vs Ansible | Ansible's wall time over cloudmaker's at 100 servers | ≥ 5.00x | 10.00x | **met** |")
                .contains("| no-op | extra API calls per extra list page")
                .contains("| 1.00x | **met** |")
                .contains("| 100 | 12.40 s | 10.00 s | 1.24x | 224 | 212 | 0 | 150 MB | 124.00 s | 10.00x |")
                .contains("| 1 | 5.32 s | 0.50 s | 10.64x | 16 | 5 | 0 | 122 MB | – | – |")
                .contains("- 10 servers: Ansible takes 5.00x the time of cloudmaker.")
                .contains("| ansible | forks-default | 8 | 7.00 s | 400 MB | 2.00x |")
                .contains("- 8 machine(s): Ansible (forks-8) takes 1.50x the time of cloudmaker exec.")
                .contains("| `validate` | aot | 0.45 s | 90 MB | 0.50x |")
                .contains("| backend | no-op provision with the PostgreSQL backend over local files, largest size | ≤ 1.30x | 1.20x | **met** |")
                .contains("| 100 | 2.50 s | 3.00 s | 1.20x | 5.47 ms | 2.77 ms |")
                .contains("- `--version`: 0.40 s → 0.30 s with aot (0.75x).")
                .contains("![provision wall time vs servers](performance/provision.png)")
                .contains("(performance/provision.png)\n\nThe 500-server run missed its floor because of the 429s.\n\n## 3. No-op")
                .contains("| **met** |\n\nMeasured on a quiet host.\n\n## Method")
                .endsWith("\n\n## 7. On Triton\n\nBy hand.\n")
                .doesNotContain("Not run");
    }

    @Test
    void anAnsibleRunStoppedAtTheTimeLimitIsALowerBound() throws IOException {
        sampleResults();
        Path csv = results.resolve("provision-scale.csv");
        Files.writeString(csv, Files.readString(csv).replace("ansible,100,124.00,600,400,0,310,10.00,1",
                "ansible,100,600.00,5200,300,900,320,10.00,0").replace("ansible,10,30.00,60,40,0,300,4.00,1",
                "ansible,10,24.00,60,40,0,300,4.00,0"));

        String md = Files.readString(PerformanceReport.write(results, docs, Optional.empty()));

        assertThat(md).contains("| provision vs Ansible | Ansible's wall time over cloudmaker's at 100 servers | ≥ 5.00x | ≥ 48.39x | **met** |")
                .contains("| 100 | 12.40 s | 10.00 s | 1.24x | 224 | 212 | 0 | 150 MB | ≥ 600.00 s (stopped unfinished) | ≥ 48.39x |")
                .contains("- 100 servers: Ansible takes at least 48.39x the time of cloudmaker (it was stopped unfinished at the benchmark's"
                        + " time limit).")
                .contains("- 10 servers: Ansible takes at least 4.00x the time of cloudmaker");
    }

    @Test
    void everyPlotIsADecodablePngWithSomethingDrawn() throws IOException {
        sampleResults();

        PerformanceReport.write(results, docs, Optional.empty());

        for (String name : new String[]{"provision", "noop", "fanout", "startup"}) {
            BufferedImage png = ImageIO.read(docs.resolve("performance/" + name + ".png").toFile());
            assertThat(png).as(name + ".png decodes").isNotNull();
            assertThat(png.getWidth()).isEqualTo(ChartCanvas.WIDTH);
            assertThat(colouredPixels(png)).as(name + ".png has its series drawn in colour").isGreaterThan(500);
        }
    }

    @Test
    void aBenchmarkWithoutResultsIsListedAsNotRunAndItsTargetsAsNotMeasured() throws IOException {
        Files.writeString(results.resolve("startup.csv"), "command,launcher,wall_s,peak_rss_mb\n--version,plain,0.40,64\n");

        String md = Files.readString(PerformanceReport.write(results, docs, Optional.empty()));

        assertThat(md).contains("Not run: no `provision-scale.csv` in the results.")
                .contains("Not run: no `fanout.csv` in the results.")
                .contains("machine: not recorded (no machine.txt)")
                .contains("No benchmark with a target was run.")
                .contains("| `--version` | plain | 0.40 s | 64 MB |  |");
        assertThat(docs.resolve("performance/startup.png")).exists();
        assertThat(docs.resolve("performance/provision.png")).doesNotExist();
    }

    /** Pixels whose red, green and blue differ: the palette's colours, not the black text and grey grid. */
    private static int colouredPixels(BufferedImage png) {
        int n = 0;
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                int rgb = png.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) {
                    n++;
                }
            }
        }
        return n;
    }
}
