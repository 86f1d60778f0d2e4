package dev.cloudmaker.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileJournalTest {
    private static final Instant T1 = Instant.parse("2024-05-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2024-05-01T10:00:07Z");
    private static final Runnable UNFENCED = () -> { };

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("journal-shop.json");
    }

    private FileJournal open() {
        return FileJournal.open(dir, "shop", UNFENCED);
    }

    @Test
    void pendingCreatesSurviveAReopenWithTheirProviderUntilSeen() {
        open().creating(Map.of("web1", "l1", "web2", "l1"), "nyc", T1);

        FileJournal next = open();
        assertThat(next.pendingCreates()).isEqualTo(Map.of(
                "web1", new PendingCreate("nyc", T1, "l1"), "web2", new PendingCreate("nyc", T1, "l1")));

        next.seen(List.of("web1", "db9"));
        assertThat(open().pendingCreates()).containsOnlyKeys("web2");
        next.seen(List.of("web2"));
        assertThat(file()).as("no pending create, no file").doesNotExist();
        assertThat(open().pendingCreates()).isEmpty();
    }

    @Test
    void aFileWrittenBeforeProvidersWereRecordedReadsAsProviderNull() throws Exception {
        Files.writeString(file(), "{\n  \"web1\" : \"2024-05-01T10:00:00Z\",\n  \"web2\" : \"2024-05-01T10:00:07Z\"\n}");

        assertThat(open().pendingCreates()).isEqualTo(Map.of(
                "web1", new PendingCreate(null, T1, null), "web2", new PendingCreate(null, T2, null)));
    }

    @Test
    void entriesWithoutProviderAndLaunchAreWrittenInTheOldFormatByteForByte() throws Exception {
        open().creating(nullLaunch("web1"), null, T1);
        assertThat(Files.readString(file())).isEqualTo("{\n  \"web1\" : \"2024-05-01T10:00:00Z\"\n}");

        open().creating(Map.of("db1", "l2"), "ams", T2);
        assertThat(Files.readString(file())).isEqualTo("""
                {
                  "db1" : {
                    "provider" : "ams",
                    "sent_at" : "2024-05-01T10:00:07Z",
                    "launch" : "l2"
                  },
                  "web1" : "2024-05-01T10:00:00Z"
                }""");
        assertThat(open().pendingCreates()).isEqualTo(Map.of(
                "web1", new PendingCreate(null, T1, null), "db1", new PendingCreate("ams", T2, "l2")));
    }

    @Test
    void anUnreadableFileCountsAsEmpty() throws Exception {
        Files.writeString(file(), "{\"web1\": \"yesterday\"");

        assertThat(open().pendingCreates()).isEmpty();
    }

    @Test
    void aFencedWriteThatIsRefusedLeavesJournalAndFileAsTheyWere() throws Exception {
        open().creating(Map.of("web1", "l1"), "nyc", T1);
        String before = Files.readString(file());
        FileJournal fenced = FileJournal.open(dir, "shop", () -> {
            throw new LeaseLostException("lost");
        });

        assertThatThrownBy(() -> fenced.creating(Map.of("web2", "l2"), "nyc", T2)).isInstanceOf(LeaseLostException.class);
        assertThatThrownBy(() -> fenced.seen(List.of("web1"))).isInstanceOf(LeaseLostException.class);
        fenced.seen(List.of("not-pending")); // changes nothing, so writes nothing

        assertThat(fenced.pendingCreates()).containsOnlyKeys("web1");
        assertThat(Files.readString(file())).isEqualTo(before);
    }

    private static Map<String, String> nullLaunch(String name) {
        Map<String, String> launches = new java.util.HashMap<>();
        launches.put(name, null);
        return launches;
    }
}
