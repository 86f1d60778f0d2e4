package dev.cloudmaker.ssh.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.model.role.BootstrapSettings;
import dev.cloudmaker.core.model.role.CommandSpec;
import dev.cloudmaker.core.model.role.FileSpec;
import dev.cloudmaker.core.model.role.PortSpec;
import dev.cloudmaker.core.model.role.RoleSpec;
import dev.cloudmaker.core.model.role.UserSpec;
import dev.cloudmaker.ssh.CommandResult;
import dev.cloudmaker.ssh.bootstrap.fake.Bootstraps;
import dev.cloudmaker.ssh.bootstrap.fake.FakeServer;
import dev.cloudmaker.ssh.bootstrap.fake.Servers;
import dev.cloudmaker.ssh.bootstrap.role.RoleException;
import dev.cloudmaker.ssh.bootstrap.role.Roles;
import dev.cloudmaker.ssh.bootstrap.testrole.MotdRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoleTest {
    private final Bootstraps bootstraps = new Bootstraps();
    @TempDir
    Path base;

    private RoleSpec web(List<PortSpec> ports) {
        return new RoleSpec("web", List.of("nginx"),
                List.of(new UserSpec("deploy", List.of("www-data"), List.of(Servers.KEY), false),
                        new UserSpec("ops", List.of(), List.of(), true)),
                List.of(new FileSpec("/etc/nginx/conf.d/site.conf", "server { listen 80; }\n", null, "0644", "root"),
                        new FileSpec("/srv/app/config.yml", null, "files/config.yml", "0640", "deploy:deploy")),
                List.of(new CommandSpec("touch /var/lib/web/initialized", "/var/lib/web/initialized", null),
                        new CommandSpec("systemctl enable --now nginx", null, "systemctl is-active nginx")),
                ports, null, null);
    }

    private BootstrapReport run(FakeServer server, RoleSpec role) {
        return bootstraps.run(server, BootstrapSettings.defaults(), role, base);
    }

    @Test
    void aDeclarativeRoleJoinsTheBatchTheFirewallAndGetsItsUsersFilesAndCommands() throws IOException {
        Files.createDirectories(base.resolve("files"));
        Files.writeString(base.resolve("files/config.yml"), "db: postgres://db1/app\n");
        FakeServer server = Servers.debian12();
        BootstrapReport report = run(server, web(List.of(new PortSpec(80, "tcp"), new PortSpec(443, "tcp"))));

        assertThat(server.commands).filteredOn(c -> c.contains("apt-get") && c.contains(" install ")).singleElement()
                .satisfies(c -> assertThat(c).endsWith(" install ufw fail2ban python3-systemd unattended-upgrades nginx"));
        assertThat(server.ufw.rules).containsExactly("allow 22/tcp", "allow 80/tcp", "allow 443/tcp");
        assertThat(server.users.get("deploy")).containsExactly("deploy", "www-data");
        assertThat(server.text("/home/deploy/.ssh/authorized_keys")).isEqualTo(Servers.KEY + "\n");
        assertThat(server.dirs.get("/home/deploy/.ssh")).satisfies(d -> {
            assertThat(d.mode()).isEqualTo(0700);
            assertThat(d.user()).isEqualTo("deploy");
        });
        assertThat(server.files).doesNotContainKey("/etc/sudoers.d/cloudmaker-deploy");
        assertThat(server.text("/etc/sudoers.d/cloudmaker-ops")).isEqualTo("ops ALL=(ALL) NOPASSWD:ALL\n");
        assertThat(server.files.get("/srv/app/config.yml")).satisfies(f -> {
            assertThat(f.text()).isEqualTo("db: postgres://db1/app\n");
            assertThat(f.mode()).isEqualTo(0640);
            assertThat(f.user() + ":" + f.group()).isEqualTo("deploy:deploy");
        });
        assertThat(server.text("/etc/nginx/conf.d/site.conf")).isEqualTo("server { listen 80; }\n");
        assertThat(server.commands).contains("touch /var/lib/web/initialized", "systemctl enable --now nginx");
        assertThat(Bootstraps.statuses(report)).containsKeys("user deploy", "user ops", "file /srv/app/config.yml",
                "command touch /var/lib/web/initialized", "command systemctl enable --now nginx");

        BootstrapReport second = run(server, web(List.of(new PortSpec(80, "tcp"), new PortSpec(443, "tcp"))));
        assertThat(Bootstraps.changed(second)).isEmpty();
        assertThat(second.steps()).filteredOn(r -> r.name().startsWith("command ")).extracting(StepResult::detail)
                .containsExactly("/var/lib/web/initialized exists", "its 'unless' check succeeds");
    }

    @Test
    void aPortTheRoleNoLongerWantsIsClosed() throws IOException {
        Files.createDirectories(base.resolve("files"));
        Files.writeString(base.resolve("files/config.yml"), "x\n");
        FakeServer server = Servers.debian12();
        run(server, web(List.of(new PortSpec(80, "tcp"), new PortSpec(443, "tcp"))));
        BootstrapReport report = run(server, web(List.of(new PortSpec(80, "tcp"))));
        assertThat(Bootstraps.changed(report)).containsExactly("firewall: removed rule 'allow 443/tcp'");
        assertThat(server.commands).contains("ufw delete allow 443/tcp");
    }

    @Test
    void aFileWhoseModeDriftedIsPutBack() throws IOException {
        Files.createDirectories(base.resolve("files"));
        Files.writeString(base.resolve("files/config.yml"), "x\n");
        FakeServer server = Servers.debian12();
        run(server, web(List.of()));
        server.putText("/etc/nginx/conf.d/site.conf", "server { listen 80; }\n", 0666, "root", "root");
        BootstrapReport report = run(server, web(List.of()));
        assertThat(Bootstraps.changed(report)).containsExactly("file /etc/nginx/conf.d/site.conf: written (22 bytes, 0644, root)");
        assertThat(server.files.get("/etc/nginx/conf.d/site.conf").mode()).isEqualTo(0644);
    }

    @Test
    void aMissingLocalFileFailsBeforeTheServerIsTouched() {
        FakeServer server = Servers.debian12();
        assertThatThrownBy(() -> run(server, web(List.of()))).isInstanceOf(RoleException.class)
                .hasMessageContaining("role web: cannot read the source of /srv/app/config.yml");
        assertThat(server.sent).isEmpty();
    }

    @Test
    void aFileNeedsExactlyOneOfContentAndSource() {
        RoleSpec role = new RoleSpec("bad", List.of(), List.of(), List.of(new FileSpec("/etc/x", "a", "b", "0644", "root")),
                List.of(), List.of(), null, null);
        assertThatThrownBy(() -> run(Servers.debian12(), role)).isInstanceOf(RoleException.class)
                .hasMessageContaining("needs exactly one of content and source");
    }

    @Test
    void aJavaRoleIsFoundByNameThroughServiceLoaderAndItsHooksRunInOrder() {
        FakeServer server = Servers.debian12();
        RoleSpec spec = new RoleSpec("motd", List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
        BootstrapReport report = run(server, spec);

        assertThat(report.steps()).extracting(StepResult::name).containsSubsequence("detect distro", "motd: repository",
                "packages", "time sync", "file /etc/motd", "motd: configure", "motd: verify");
        assertThat(server.installed).contains("figlet");
        assertThat(server.ufw.rules).contains("allow 8080/tcp");
        assertThat(server.text("/etc/motd")).isEqualTo("Managed by cloudmaker.\n");
        assertThat(bootstraps.events).contains("db1 started role motd: configure", "db1 CHANGED motd: configure");

        assertThat(Bootstraps.changed(run(server, spec))).isEmpty();
    }

    @Test
    void aJavaRoleIsFoundByClassName() {
        RoleSpec spec = new RoleSpec("anything", List.of(), List.of(), List.of(), List.of(), List.of(), null, MotdRole.class.getName());
        assertThat(Roles.find(spec, getClass().getClassLoader())).get().isInstanceOf(MotdRole.class);
    }

    @Test
    void aRoleWithoutAJavaClassIsDeclarative() {
        RoleSpec spec = new RoleSpec("web", List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
        assertThat(Roles.find(spec, getClass().getClassLoader())).isEmpty();
        assertThat(Roles.find(RoleSpec.none(), getClass().getClassLoader())).isEmpty();
    }

    @Test
    void aClassNameThatIsNoRoleOrMissingIsAClearError() {
        RoleSpec notARole = new RoleSpec("x", List.of(), List.of(), List.of(), List.of(), List.of(), null, String.class.getName());
        RoleSpec missing = new RoleSpec("x", List.of(), List.of(), List.of(), List.of(), List.of(), null, "com.example.NoSuchRole");
        assertThatThrownBy(() -> Roles.find(notARole, getClass().getClassLoader())).isInstanceOf(RoleException.class)
                .hasMessage("role class java.lang.String does not extend dev.cloudmaker.ssh.bootstrap.role.Role");
        assertThatThrownBy(() -> Roles.find(missing, getClass().getClassLoader())).isInstanceOf(RoleException.class)
                .hasMessage("role class com.example.NoSuchRole is not on the class path");
    }

    @Test
    void aJavaRoleReportingFailureStopsTheBootstrap() {
        FakeServer server = Servers.debian12();
        RoleSpec spec = new RoleSpec("motd", List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
        // The role's file is gone by the time it verifies, as if something else removed it.
        server.script("test -e /etc/motd", new CommandResult(1, "", ""));
        assertThatThrownBy(() -> run(server, spec)).isInstanceOfSatisfying(BootstrapException.class, e -> {
            assertThat(e.step()).isEqualTo("motd: verify");
            assertThat(e.getMessage()).contains("/etc/motd is missing");
        });
    }
}
