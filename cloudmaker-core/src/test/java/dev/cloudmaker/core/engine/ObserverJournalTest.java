package dev.cloudmaker.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudmaker.core.config.TestProviderTypes;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.spi.Capabilities;
import dev.cloudmaker.core.state.Journal;
import dev.cloudmaker.core.state.PendingCreate;
import dev.cloudmaker.core.time.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the observer does with creates an interrupted run left in the journal and the cloud never listed. */
class ObserverJournalTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final EngineSettings settings = new EngineSettings(4, Duration.ofMinutes(5), Duration.ofSeconds(30),
            Duration.ofSeconds(1), Duration.ofSeconds(5), 1800, clock, clock::advance, FirstBoot.NONE);

    private static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIHZWox+rr64gcRrAMvumF9lhU1anT8HgI/npQI9J9ma test";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "idempotent create: {0}")
    @ValueSource(booleans = {true, false})
    void aCreateNeverListedIsKeptForItsLaunchOnlyWhereTheCloudTakesAKeyAndTheServerIsStillDeclared(boolean idempotent)
            throws Exception {
        Journal journal = new MemoryJournal();
        Instant longAgo = clock.instant().minus(Duration.ofMinutes(10));
        journal.creating(Map.of("web1", "l1", "dropped", "l1"), "home", longAgo);
        Capabilities caps = new Capabilities(true, true, idempotent, true, false);
        Observer observer = new Observer(Providers.of(Map.of("home", new FakeProvider(new FakeServers(0), caps)), null),
                definition(), journal, settings, (resource, message) -> {
                });

        observer.read(SshPublicKey.parse(KEY), false);

        assertThat(journal.pendingCreates().keySet()).as("dropped from the definition: forgotten everywhere")
                .doesNotContain("dropped");
        if (idempotent) {
            assertThat(journal.pendingCreates()).containsEntry("web1", new PendingCreate("home", longAgo, "l1"));
        } else {
            assertThat(journal.pendingCreates()).isEmpty();
        }
    }

    private Definition definition() throws Exception {
        Path file = dir.resolve("cloud.json");
        Files.writeString(file, """
                {"namespace": "shop", "providers": {"home": {"type": "local"}},
                 "servers": {"web1": {"provider": "home", "region": "local", "size": "s", "image": "i"}}}
                """);
        return TestProviderTypes.load(file);
    }
}
