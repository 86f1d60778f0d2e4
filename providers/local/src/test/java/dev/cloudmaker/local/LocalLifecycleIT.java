package dev.cloudmaker.local;

import dev.cloudmaker.core.spi.CloudServer;
import dev.cloudmaker.core.spi.ImageInfo;
import dev.cloudmaker.core.spi.PowerAction;
import dev.cloudmaker.core.spi.Named;
import dev.cloudmaker.core.spi.Mark;
import dev.cloudmaker.core.spi.ServerRequest;
import dev.cloudmaker.core.spi.ServerStatus;
import dev.cloudmaker.testkit.SshKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Stop, start, reboot, resize and snapshots of real local machines, checked on the host: a stopped
 * machine holds no process, mount or cgroup; a started one answers SSH on its old address as the same
 * instance; a machine made from a snapshot boots as a new one. On the contract test's bridge (the two
 * never run at once). Skips where the host cannot run machines (not Linux, not root).
 */
class LocalLifecycleIT {
    private static final String NAMESPACE = "lifecycle-it";
    private static final String BRIDGE = "cmct0";
    private static final LocalSettings SETTINGS = new LocalSettings(LocalSettings.DEFAULT_HOME, BRIDGE,
            Subnet.parse("10.213.247.0/24"), false);
    private static final Duration T = Duration.ofMinutes(2);
    private static LocalProvider provider;
    private final List<String> snapshots = new ArrayList<>();

    @BeforeAll
    static void hostCanRunMachines() {
        assumeTrue("Linux".equals(System.getProperty("os.name")) && HostRequirements.isRoot(),
                "local machines need root on Linux; skipping");
        provider = new LocalProvider(SETTINGS, new ArrayList<String>()::add);
    }

    @AfterEach
    void removeWhatIsLeft() {
        provider.servers().list(NAMESPACE).forEach(s -> provider.servers().delete(s.id()));
        snapshots.forEach(provider.images()::delete);
    }

    @AfterAll
    static void close() {
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void aStoppedMachineHoldsOnlyItsFolderAndStartsAgainAsItself() throws IOException {
        CloudServer made = create(request("lima", null));
        String address = made.networking().publicIpv4();
        await().atMost(Duration.ofSeconds(60)).until(() -> SshBanner.answers(address));
        Path upper = SETTINGS.machines().resolve(made.id()).resolve("upper");
        String hostKey = Files.readString(upper.resolve("etc/ssh/ssh_host_ed25519_key.pub"));
        long firstPid = record(made).pid();

        provider.servers().power(made.id(), PowerAction.STOP, T);

        assertThat(status(made)).isEqualTo(ServerStatus.OFF);
        assertHoldsNothingButItsFolder(made, firstPid);
        assertThat(Files.readString(SETTINGS.machines().resolve(made.id()).resolve("console.log")))
                .as("powered off by its systemd, not killed").doesNotContain("terminated by signal KILL");
        provider.servers().power(made.id(), PowerAction.STOP, T);
        assertThat(status(made)).as("stopping a stopped machine").isEqualTo(ServerStatus.OFF);

        provider.servers().resize(made.id(), "local-1gb", T);
        assertThat(record(made).size()).isEqualTo("local-1gb");
        provider.servers().power(made.id(), PowerAction.START, T);

        assertThat(status(made)).isEqualTo(ServerStatus.ACTIVE);
        assertThat(provider.servers().get(made.id()).orElseThrow().networking().publicIpv4()).isEqualTo(address);
        await().atMost(Duration.ofSeconds(60)).until(() -> SshBanner.answers(address));
        assertThat(Files.readString(upper.resolve("etc/ssh/ssh_host_ed25519_key.pub")))
                .as("cloud-init did not set the machine up again").isEqualTo(hostKey);
        assertMemoryLimit(made, 1024L * 1024 * 1024);
        long secondPid = record(made).pid();
        provider.servers().power(made.id(), PowerAction.START, T);
        assertThat(record(made).pid()).as("starting a running machine").isEqualTo(secondPid);

        provider.servers().power(made.id(), PowerAction.REBOOT, T);
        assertThat(record(made).pid()).isNotEqualTo(secondPid);
        assertThat(status(made)).isEqualTo(ServerStatus.ACTIVE);
        await().atMost(Duration.ofSeconds(60)).until(() -> SshBanner.answers(address));

        provider.servers().power(made.id(), PowerAction.STOP, T);
        provider.servers().delete(made.id());
        assertGone(made);
    }

    @Test
    void aMachineStoppedWhileItIsStillBootingPowersOffCleanly() throws IOException {
        CloudServer made = create(request("mike", null));
        long pid = record(made).pid();

        provider.servers().power(made.id(), PowerAction.STOP, T);

        assertHoldsNothingButItsFolder(made, pid);
        // A systemd still booting ignores the halt nspawn forwards; the stop then runs out its grace (30 s) and
        // kills the machine's init, which nspawn reports on the console. No such line: the halt was handled.
        assertThat(Files.readString(SETTINGS.machines().resolve(made.id()).resolve("console.log")))
                .as("halted by its own systemd, not killed when the grace ran out")
                .doesNotContain("terminated by signal KILL");
    }

    @Test
    void aMachineThatLostItsNspawnRunsOnUntilStoppedAndOneThatCrashedStartsAgain() throws IOException {
        CloudServer made = create(request("papa", null));
        String address = made.networking().publicIpv4();
        await().atMost(Duration.ofSeconds(60)).until(() -> SshBanner.answers(address));
        long nspawn = record(made).pid();
        long init = NspawnHost.containerInit(record(made).process()).orElseThrow().pid();

        ProcessHandle.of(nspawn).orElseThrow().destroyForcibly();
        await().atMost(Duration.ofSeconds(10)).until(() -> !record(made).process().alive());

        assertThat(ProcessHandle.of(init).filter(ProcessHandle::isAlive)).as("the machine runs on, re-parented").isPresent();
        assertThat(status(made)).isEqualTo(ServerStatus.ACTIVE);
        provider.servers().power(made.id(), PowerAction.START, T);
        assertThat(record(made).pid()).as("no second nspawn on the same disk").isEqualTo(nspawn);
        provider.servers().power(made.id(), PowerAction.STOP, T);
        assertHoldsNothingButItsFolder(made, nspawn);
        assertThat(ProcessHandle.of(init).filter(p -> p.isAlive() && !isZombie(p.pid()))).as("its init").isEmpty();

        provider.servers().power(made.id(), PowerAction.START, T);
        await().atMost(Duration.ofSeconds(60)).until(() -> SshBanner.answers(address));
        // a crash: the machine's init dies; nspawn exits, the mount and cgroups stay
        long restarted = record(made).pid();
        NspawnHost.containerInit(record(made).process()).orElseThrow().destroyForcibly();
        await().atMost(Duration.ofSeconds(10)).until(() -> status(made) == ServerStatus.OFF);

        provider.servers().power(made.id(), PowerAction.START, T);

        assertThat(record(made).pid()).isNotEqualTo(restarted);
        assertThat(status(made)).isEqualTo(ServerStatus.ACTIVE);
        await().atMost(Duration.ofSeconds(60)).until(() -> SshBanner.answers(address));
    }

    @Test
    void aSnapshotOfAStoppedMachineMakesMachinesThatBootAsNewInstances() throws IOException {
        String sourceKey = SshKeys.ed25519Line("source@lifecycle-it");
        String copyKey = SshKeys.ed25519Line("copy@lifecycle-it");
        CloudServer source = create(request("november", adminWithKey(sourceKey)));
        await().atMost(Duration.ofSeconds(60)).until(() -> SshBanner.answers(source.networking().publicIpv4()));
        Path sourceRoot = SETTINGS.machines().resolve(source.id()).resolve("root");
        Path sourceUpper = SETTINGS.machines().resolve(source.id()).resolve("upper");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Files.exists(sourceUpper.resolve("var/lib/cloud/instances").resolve(source.id()).resolve("boot-finished")));
        // what the machine's users did: a file written, one deleted from the image
        Files.writeString(sourceRoot.resolve("srv/marker"), "kept\n");
        Files.delete(sourceRoot.resolve("etc/motd"));
        String imageName = "lifecycle-it-" + UUID.randomUUID().toString().substring(0, 8);

        assertThatThrownBy(() -> provider.images().snapshot(source.id(), Named.account(imageName), T))
                .hasMessageContaining("the machine november is running; stop it first (cloudmaker stop november)");
        assertThat(provider.images().list()).extracting(ImageInfo::name).doesNotContain(imageName);

        provider.servers().power(source.id(), PowerAction.STOP, T);
        ImageInfo image = provider.images().snapshot(source.id(), Named.account(imageName), T);
        snapshots.add(image.id());

        assertThat(image.name()).isEqualTo(imageName);
        assertThat(image.slug()).isNull();
        assertThat(provider.images().list()).contains(image);
        assertThat(provider.catalog().image(imageName)).contains(image);
        assertThat(provider.catalog().image(image.id())).contains(image);
        assertThat(provider.catalog().images()).contains(image);
        Path rootfs = SETTINGS.images().resolve("snapshots").resolve(image.id()).resolve("rootfs");
        assertThat(rootfs.resolve("srv/marker")).hasContent("kept");
        assertThat(rootfs.resolve("etc/motd")).doesNotExist();
        assertThat(rootfs.resolve("var/lib/cloud")).isEmptyDirectory();
        assertThat(rootfs.resolve("etc/machine-id")).isEmptyFile();
        assertThat(rootfs.resolve("etc/ssh")).isDirectoryNotContaining("glob:**/ssh_host_*");
        assertThat(rootfs.resolve("home/admin/.ssh/authorized_keys")).content().contains(sourceKey);
        assertThat(Files.getAttribute(rootfs.resolve("etc/passwd"), "unix:uid")).as("ownership stays shifted")
                .isEqualTo((int) NspawnHost.UID_BASE);
        assertThat(Files.getAttribute(rootfs, "unix:uid")).isEqualTo((int) NspawnHost.UID_BASE);

        CloudServer copy = create(ServerRequest.builder("oscar", "local", "local-512mb", imageName).namespace(NAMESPACE)
                .userData(adminWithKey(copyKey)).build());

        assertThat(copy.image()).as("no slug, as a cloud's server made from a snapshot").isNull();
        assertThat(record(copy).image()).isEqualTo(image.id());
        assertThat(record(copy).imageRoot()).isEqualTo(rootfs.toString());
        await().atMost(Duration.ofSeconds(60)).until(() -> SshBanner.answers(copy.networking().publicIpv4()));
        Path copyUpper = SETTINGS.machines().resolve(copy.id()).resolve("upper");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(copyUpper.resolve("var/lib/cloud/data/instance-id")).content().isEqualTo(copy.id() + "\n"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(copyUpper.resolve("home/admin/.ssh/authorized_keys")).content().contains(copyKey));
        assertThat(copyUpper.resolve("etc/ssh/ssh_host_ed25519_key.pub")).as("host keys made anew").exists().content()
                .isNotEqualTo(Files.readString(sourceUpper.resolve("etc/ssh/ssh_host_ed25519_key.pub")));
        assertThat(SETTINGS.machines().resolve(copy.id()).resolve("root/srv/marker")).hasContent("kept");

        provider.images().delete(image.id());

        assertThat(provider.images().list()).doesNotContain(image);
        assertThat(provider.catalog().image(imageName)).isEmpty();
        assertThat(rootfs).as("the copy still runs on it").isDirectory();
        assertThat(SshBanner.answers(copy.networking().publicIpv4())).isTrue();
        provider.servers().delete(copy.id());
        assertThat(rootfs.getParent()).as("gone with the last machine on it").doesNotExist();
    }

    @Test
    void stoppingStartingAndTaggingAnUnknownMachineSayWhatIsWrong() {
        assertThat(provider.servers().get("cm00000000")).isEmpty();
        assertThat(provider.servers().get("../machines")).isEmpty();
        assertThatThrownBy(() -> provider.servers().power("cm00000000", PowerAction.START, T)).hasMessageContaining("no local machine with id cm00000000");
        assertThatThrownBy(() -> provider.servers().mark("cm00000000", new Mark.Tag("x"), true)).hasMessageContaining("no local machine with id cm00000000");
        assertThatThrownBy(() -> provider.images().snapshot("cm00000000", Named.account("x"), T)).hasMessageContaining("no local machine with id cm00000000");
    }

    private static CloudServer create(ServerRequest r) {
        return provider.servers().create(r);
    }

    private static ServerRequest request(String name, String userData) {
        return ServerRequest.builder(name, "local", "local-512mb", "debian-12").namespace(NAMESPACE).userData(userData).build();
    }

    private static String adminWithKey(String key) {
        return "#cloud-config\nusers:\n  - name: admin\n    shell: /bin/bash\n    ssh_authorized_keys:\n      - " + key + "\n";
    }

    private static MachineRecord record(CloudServer s) {
        return new MachineStore(SETTINGS.machines()).get(s.id()).orElseThrow();
    }

    private static ServerStatus status(CloudServer s) {
        return provider.servers().get(s.id()).orElseThrow().status();
    }

    private static void assertHoldsNothingButItsFolder(CloudServer s, long pid) throws IOException {
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("nspawn process").isEmpty();
        assertThat(ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse("")))
                .noneMatch(c -> c.contains("systemd-nspawn") && c.contains(s.id()));
        assertThat(Files.readString(Path.of("/proc/self/mounts"))).doesNotContain(SETTINGS.machines().resolve(s.id()).toString());
        assertNoCgroups(s);
        assertThat(HostCommand.run(Duration.ofSeconds(5), "ip", "link", "show", "vb-" + s.id()).ok()).as("veth").isFalse();
        assertThat(SETTINGS.machines().resolve(s.id()).resolve("upper")).isDirectory();
        assertThat(record(s).pid()).isZero();
    }

    private static void assertNoCgroups(CloudServer s) {
        for (String hierarchy : List.of("systemd", "unified", "memory", "")) {
            assertThat(Path.of("/sys/fs/cgroup", hierarchy, "cloudmaker", s.id())).doesNotExist();
        }
    }

    private static void assertMemoryLimit(CloudServer s, long bytes) throws IOException {
        Path v1 = Path.of("/sys/fs/cgroup/memory/cloudmaker", s.id(), "memory.limit_in_bytes");
        Path v2 = Path.of("/sys/fs/cgroup/cloudmaker", s.id(), "memory.max");
        Path knob = Files.exists(v1) ? v1 : v2;
        assumeTrue(Files.exists(knob), "this host has no memory controller");
        assertThat(Files.readString(knob).strip()).isEqualTo(Long.toString(bytes));
    }

    private static void assertGone(CloudServer s) throws IOException {
        assertThat(provider.servers().get(s.id())).isEmpty();
        assertThat(SETTINGS.machines().resolve(s.id())).doesNotExist();
        assertNoCgroups(s);
        assertThat(Files.readString(Path.of("/proc/self/mounts"))).doesNotContain(SETTINGS.machines().resolve(s.id()).toString());
        assertThat(HostCommand.run(Duration.ofSeconds(5), "ip", "link", "show", BRIDGE).ok()).as("bridge removed").isFalse();
        assertThat(ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse("")))
                .noneMatch(c -> c.contains("apt-cacher-ng") && c.contains(SETTINGS.proxy().toString()));
    }

    /** This host's PID 1 may not reap a machine's init that nspawn left behind; a zombie holds nothing. */
    private static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException e) {
            return false;
        }
    }
}
