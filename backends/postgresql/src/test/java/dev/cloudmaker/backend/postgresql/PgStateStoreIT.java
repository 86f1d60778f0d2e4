package dev.cloudmaker.backend.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.cloudmaker.backend.postgresql.testing.PostgresServer;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.Secret;
import dev.cloudmaker.core.model.SshPublicKey;
import dev.cloudmaker.core.state.BackendRequest;
import dev.cloudmaker.core.state.Lease;
import dev.cloudmaker.core.state.LeaseLostException;
import dev.cloudmaker.core.state.LockHolder;
import dev.cloudmaker.core.state.LockStatus;
import dev.cloudmaker.core.state.PendingCreate;
import dev.cloudmaker.core.state.RunOutcome;
import dev.cloudmaker.core.state.RunPlan;
import dev.cloudmaker.core.state.RunRecord;
import dev.cloudmaker.core.state.SharedStateStore;
import dev.cloudmaker.core.state.WorkspaceBusyException;
import dev.cloudmaker.core.state.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PostgreSQL store against a real server: two stores stand for two machines working on one definition. */
class PgStateStoreIT {
    @RegisterExtension
    static final PostgresServer PG = new PostgresServer();
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final SshPublicKey KEY = SshPublicKey.parse("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq0b4kKpHgCuLUmYYqzqTT1C5MJ5VF4R8Gmk1d1wB8N");

    private final PostgresStateStoreFactory factory = new PostgresStateStoreFactory();
    private final List<SharedStateStore> opened = new ArrayList<>();
    private String database;

    @BeforeEach
    void freshDatabase() {
        database = PG.createDatabase("store" + DATABASES.incrementAndGet());
        factory.init(request("", Optional.empty()));
    }

    @AfterEach
    void closeStores() {
        opened.forEach(SharedStateStore::close);
    }

    @Test
    void onlyOneStoreHoldsTheLeaseAndTheOtherIsToldWhoDoes() {
        SharedStateStore a = open("lease_seconds=30");
        SharedStateStore b = open("lease_seconds=30");
        Lease held = a.lock("cloudmaker provision", Duration.ZERO, n -> { });

        assertThatThrownBy(() -> b.lock("cloudmaker destroy", Duration.ZERO, n -> { }))
                .isInstanceOf(WorkspaceBusyException.class)
                .hasMessageContaining("definition shop (namespace default)")
                .hasMessageContaining("`cloudmaker provision` (pid " + ProcessHandle.current().pid())
                .hasMessageContaining("its lease runs until");
        assertThat(b.lockStatus().held()).isTrue();

        held.close();
        assertThat(b.lockStatus()).as("released: neither held nor stale").isEqualTo(new LockStatus(false, Optional.empty()));
        try (Lease next = b.lock("cloudmaker destroy", Duration.ZERO, n -> { })) {
            assertThat(next.epoch()).isEqualTo(held.epoch() + 1);
        }
    }

    @Test
    void aWaiterGetsTheLeaseOnceItsHolderReleasesIt() {
        SharedStateStore a = open("");
        SharedStateStore b = open("");
        Lease held = a.lock("cloudmaker provision", Duration.ZERO, n -> { });
        Thread.ofVirtual().start(() -> {
            await().atMost(Duration.ofSeconds(10)).until(() -> b.lockStatus().held() && "cloudmaker provision"
                    .equals(b.lockStatus().holder().orElseThrow().command()));
            held.close();
        });
        try (Lease next = b.lock("cloudmaker destroy", Duration.ofSeconds(30), n -> { })) {
            assertThat(next.epoch()).isEqualTo(held.epoch() + 1);
        }
    }

    @Test
    void aHolderThatStopsRenewingLosesTheLeaseAndItsCreatesStayPendingForTheNext() {
        SharedStateStore a = open("lease_seconds=4");
        Lease dead = a.lock("cloudmaker provision", Duration.ZERO, n -> { });
        a.journal("default").creating(Map.of("web1", "gen1", "web2", "gen2"), "nyc", Instant.parse("2026-01-01T00:00:00Z"));
        ((PgLease) dead).suspendRenewals(); // the holder died, or froze: nothing renews its row

        SharedStateStore b = open("lease_seconds=4");
        List<String> notices = new ArrayList<>();
        Lease next = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> tryLock(b, notices), l -> l != null);

        assertThat(next.epoch()).isEqualTo(dead.epoch() + 1);
        assertThat(notices).singleElement().asString().contains("took over an expired lease").contains("cloudmaker provision");
        assertThat(b.journal("default").pendingCreates()).containsOnlyKeys("web1", "web2")
                .containsEntry("web1", new PendingCreate("nyc", Instant.parse("2026-01-01T00:00:00Z"), "gen1"));
        assertThat(b.runs().recent(5)).first().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(RunOutcome.ABANDONED);
            assertThat(r.command()).isEqualTo("cloudmaker provision");
        });
        assertThatThrownBy(() -> a.journal("default").creating(Map.of("web3", "gen3"), "nyc", Instant.now()))
                .isInstanceOf(LeaseLostException.class).hasMessageContaining("lost its lease");
        assertThat(b.journal("default").pendingCreates()).doesNotContainKey("web3");
        next.close();
    }

    @Test
    void aBrokenLeaseFencesEveryWriteOfItsFormerHolder() {
        SharedStateStore a = open("lease_seconds=60");
        SharedStateStore b = open("lease_seconds=60");
        Lease held = a.lock("cloudmaker provision", Duration.ZERO, n -> { });
        a.pins().pin("web1", List.of("10.0.0.1"), 22, KEY);
        LockStatus seen = b.lockStatus();

        b.forceUnlock(seen);

        assertThatThrownBy(() -> a.journal("default").creating(Map.of("web9", "g"), "nyc", Instant.now()))
                .isInstanceOf(LeaseLostException.class).hasMessageContaining("no longer counts it this run's");
        assertThatThrownBy(() -> a.pins().pin("web2", List.of(), 22, KEY)).isInstanceOf(LeaseLostException.class);
        assertThatThrownBy(held::checkValid).isInstanceOf(LeaseLostException.class);
        assertThat(b.journal("default").pendingCreates()).isEmpty();
        assertThat(b.pins().lookup("web2")).isEmpty();
        assertThat(b.pins().lookup("web1")).get().extracting(p -> p.key().base64()).isEqualTo(KEY.base64());
        try (Lease next = b.lock("cloudmaker provision", Duration.ZERO, n -> { })) {
            assertThat(next.epoch()).isGreaterThan(held.epoch());
        }
    }

    @Test
    void forceUnlockIsRefusedWhenTheLeaseChangedSinceItWasRead() {
        SharedStateStore a = open("");
        SharedStateStore b = open("");
        LockStatus before = b.lockStatus();
        try (Lease held = a.lock("cloudmaker provision", Duration.ZERO, n -> { })) {
            assertThatThrownBy(() -> b.forceUnlock(before)).hasMessageContaining("changed since it was read");
            held.checkValid();
        }
    }

    @Test
    void hostKeysAreSealedWithTheStateKeyAndOpenOnlyWithIt() throws Exception {
        String privateKey = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n";
        SharedStateStore a = open("", Optional.of(Secret.of("correct horse battery")));
        try (Lease held = a.lock("cloudmaker provision", Duration.ZERO, n -> { })) {
            a.hostKeys("default").store("web1", Secret.of(privateKey));
        }
        try (Connection c = PG.connect(database); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT sealed FROM cloudmaker.host_key")) {
            assertThat(r.next()).isTrue();
            assertThat(new String(r.getBytes(1), StandardCharsets.ISO_8859_1)).doesNotContain("OPENSSH").doesNotContain("b3BlbnNz");
        }
        assertThat(open("", Optional.of(Secret.of("correct horse battery"))).hostKeys("default").load("web1"))
                .contains(Secret.of(privateKey));
        assertThatThrownBy(() -> open("", Optional.of(Secret.of("wrong"))).hostKeys("default").load("web1"))
                .isInstanceOf(CloudmakerException.class).hasMessageContaining("does not open with this state_key");
        assertThat(open("", Optional.of(Secret.of("correct horse battery"))).hostKeys("staging").load("web1")).isEmpty();
    }

    @Test
    void withoutAStateKeyHostKeysStayInTheRunsMemory() throws Exception {
        SharedStateStore a = open("");
        try (Lease held = a.lock("cloudmaker provision", Duration.ZERO, n -> { })) {
            a.hostKeys("default").store("web1", Secret.of("private"));
        }
        try (Connection c = PG.connect(database); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM cloudmaker.host_key")) {
            r.next();
            assertThat(r.getLong(1)).isZero();
        }
        assertThat(open("").hostKeys("default").load("web1")).isEmpty();
    }

    @Test
    void pinsOfOneMachineAreSeenByAnotherAndWrittenToAKnownHostsFileForSsh() throws Exception {
        SharedStateStore a = open("");
        try (Lease held = a.lock("cloudmaker bootstrap", Duration.ZERO, n -> { })) {
            a.pins().pin("web1", List.of("203.0.113.5", "10.0.0.5"), 2222, KEY);
        }
        SharedStateStore b = open("");
        assertThat(b.pins().lookup("web1")).get().satisfies(p -> {
            assertThat(p.hostPatterns()).containsExactly("web1", "[203.0.113.5]:2222", "[10.0.0.5]:2222");
            assertThat(p.location()).contains("definition shop");
        });
        Path file = b.pins().openSshFile();
        assertThat(java.nio.file.Files.readAllLines(file))
                .containsExactly("web1,[203.0.113.5]:2222,[10.0.0.5]:2222 ssh-ed25519 " + KEY.base64());
    }

    @Test
    void aDatabaseWithoutTheTablesOrWithNewerOnesIsRefusedWithWhatToDo() throws Exception {
        String empty = PG.createDatabase("empty" + DATABASES.incrementAndGet());
        assertThatThrownBy(() -> factory.open(new BackendRequest(PG.url(empty, ""), new Workspace(Path.of("/defs/shop")),
                "default", Optional.empty(), Optional.empty(), Map.of("PGPASSWORD", PostgresServer.PASSWORD))))
                .hasMessageContaining("has no cloudmaker tables yet: run `cloudmaker backend init`");

        assertThat(factory.init(request("", Optional.empty()))).contains("already has cloudmaker's tables");
        try (Connection c = PG.connect(database); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE cloudmaker.meta SET value = '" + (Schema.CURRENT + 1) + "' WHERE name = 'schema_version'");
        }
        assertThatThrownBy(() -> open("")).hasMessageContaining("made by a newer cloudmaker")
                .hasMessageContaining("upgrade cloudmaker");
        assertThatThrownBy(() -> factory.init(request("", Optional.empty()))).hasMessageContaining("made by a newer cloudmaker");
    }

    @Test
    void runsKeepTheirIdPlanAndResultAndAnOlderSchemaIsMigratedKeepingItsRuns() throws Exception {
        String old = PG.createDatabase("old" + DATABASES.incrementAndGet());
        try (Connection c = PG.connect(old); Statement s = c.createStatement()) {
            s.execute(Schema.MIGRATIONS.getFirst());
            s.executeUpdate("INSERT INTO cloudmaker.meta VALUES ('schema_version', '1'), ('kdf_salt', 'AAAAAAAAAAAAAAAAAAAAAA==')");
            s.executeUpdate("INSERT INTO cloudmaker.run(definition, namespace, command, user_name, host, pid, started_at, ended_at,"
                    + " outcome, epoch) VALUES ('shop', 'default', 'cloudmaker provision', 'ann', 'ci-7', 42, now(), now(), 'succeeded', 1)");
        }
        BackendRequest onOld = new BackendRequest(PG.url(old, ""), new Workspace(Path.of("/defs/shop")), "default",
                Optional.empty(), Optional.empty(), Map.of("PGPASSWORD", PostgresServer.PASSWORD));
        assertThatThrownBy(() -> factory.open(onOld)).hasMessageContaining("of version 1, older than this cloudmaker's " + Schema.CURRENT)
                .hasMessageContaining("run `cloudmaker backend init` to migrate them");

        assertThat(factory.init(onOld)).contains("from version 1 to " + Schema.CURRENT);
        SharedStateStore store = factory.open(onOld);
        opened.add(store);
        RunRecord before = store.runs().recent(5).getFirst();
        assertThat(before.id()).isEqualTo("r1");
        assertThat(before.plan()).isNull();
        assertThat(before.host()).isEqualTo("ci-7");

        RunPlan plan = new RunPlan("Plan: 2 to add, 0 to change, 0 to destroy.", "{\"kind\": \"provision\", \"actions\": []}");
        RunRecord run = RunRecord.of(LockHolder.current("cloudmaker provision", Instant.parse("2026-12-04T10:00:00Z")),
                Instant.parse("2026-12-04T10:01:00Z"), RunOutcome.FAILED, plan, "exit 1: the cloud said no");
        try (Lease held = store.lock("cloudmaker provision", Duration.ZERO, n -> { })) {
            store.runs().record(run);
        }
        SharedStateStore other = open("", old);
        assertThat(other.runs().find(run.id())).get().satisfies(r -> {
            assertThat(r).usingRecursiveComparison().ignoringFields("plan").isEqualTo(run);
            assertThat(r.plan().summary()).isEqualTo(plan.summary());
            assertThat(r.plan().document()).isEqualTo("{\"kind\": \"provision\", \"actions\": []}");
        });
        assertThat(other.runs().find("r1")).contains(before);
        assertThat(other.runs().find("nope")).isEmpty();
        assertThat(other.runs().recent(5)).extracting(RunRecord::id).containsExactly(run.id(), "r1");
    }

    @Test
    void aWrongPasswordAnUnknownDatabaseAndAnUnreachableServerEachSaySo() {
        String wrong = "not-the-password-91c2";
        assertThatThrownBy(() -> factory.open(new BackendRequest(PG.url(database, ""), new Workspace(Path.of("/defs/shop")), "default",
                Optional.of(Secret.of(wrong)), Optional.empty(), Map.of())))
                .hasMessageContaining("refused the password of user cm").message().doesNotContain(wrong);
        assertThatThrownBy(() -> open("", "nosuchdb"))
                .hasMessageContaining("has no database nosuchdb");
        String unreachable = "postgresql://cm@127.0.0.1:1/" + database;
        assertThatThrownBy(() -> factory.open(new BackendRequest(unreachable, new Workspace(Path.of("/defs/shop")), "default",
                Optional.empty(), Optional.empty(), Map.of("PGPASSWORD", PostgresServer.PASSWORD))))
                .hasMessageContaining("cannot reach PostgreSQL at postgresql://cm@127.0.0.1:1/");
        assertThatThrownBy(() -> factory.open(new BackendRequest("postgresql://cm:" + wrong + "@127.0.0.1/x",
                new Workspace(Path.of("/defs/shop")), "default", Optional.empty(), Optional.empty(), Map.of())))
                .hasMessageContaining("has a password in it").message().doesNotContain(wrong);
    }

    private static Lease tryLock(SharedStateStore store, List<String> notices) {
        try {
            return store.lock("cloudmaker provision", Duration.ZERO, notices::add);
        } catch (WorkspaceBusyException e) {
            return null;
        }
    }

    private SharedStateStore open(String query) {
        return open(query, Optional.empty());
    }

    private SharedStateStore open(String query, String db) {
        SharedStateStore s = factory.open(new BackendRequest(PG.url(db, query), new Workspace(Path.of("/defs/shop")), "default",
                Optional.empty(), Optional.empty(), Map.of("PGPASSWORD", PostgresServer.PASSWORD)));
        opened.add(s);
        return s;
    }

    private SharedStateStore open(String query, Optional<Secret> stateKey) {
        SharedStateStore s = factory.open(request(query, stateKey));
        opened.add(s);
        return s;
    }

    private BackendRequest request(String query, Optional<Secret> stateKey) {
        return new BackendRequest(PG.url(database, query), new Workspace(Path.of("/defs/shop")), "default",
                Optional.empty(), stateKey, Map.of("PGPASSWORD", PostgresServer.PASSWORD));
    }
}
