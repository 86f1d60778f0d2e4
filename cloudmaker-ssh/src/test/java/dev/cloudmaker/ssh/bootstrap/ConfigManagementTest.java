package dev.cloudmaker.ssh.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudmaker.core.model.role.BootstrapSettings;
import dev.cloudmaker.core.model.role.ConfigManagement;
import dev.cloudmaker.core.model.role.RoleSpec;
import dev.cloudmaker.ssh.CommandResult;
import dev.cloudmaker.ssh.bootstrap.cm.ConfigManagementTool;
import dev.cloudmaker.ssh.bootstrap.fake.Bootstraps;
import dev.cloudmaker.ssh.bootstrap.fake.FakeServer;
import dev.cloudmaker.ssh.bootstrap.fake.Servers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each tool: how it is installed, where its file goes, the exact command that runs it, and how its output reads. */
class ConfigManagementTest {
    static final String ANSIBLE_RUN = "ANSIBLE_NOCOLOR=1 ansible-playbook -c local -i localhost, /etc/cloudmaker/ansible/site.yml";
    private final Bootstraps bootstraps = new Bootstraps();
    @TempDir
    Path base;

    @BeforeEach
    void files() throws IOException {
        Files.createDirectories(base.resolve("cm"));
        Files.writeString(base.resolve("cm/site.yml"), "- hosts: all\n  tasks:\n    - apt: name=nginx\n");
        Files.writeString(base.resolve("cm/site.pp"), "package { 'nginx': ensure => installed }\n");
        Files.writeString(base.resolve("cm/web.sls"), "nginx:\n  pkg.installed: []\n");
        Files.writeString(base.resolve("cm/default.rb"), "package 'nginx'\n");
    }

    private BootstrapReport run(FakeServer server, String tool, String apply) {
        RoleSpec role = new RoleSpec("web", List.of(), List.of(), List.of(), List.of(), List.of(),
                new ConfigManagement(tool, apply), null);
        return bootstraps.run(server, BootstrapSettings.defaults(), role, base);
    }

    static CommandResult recap(int changed, int failed) {
        return new CommandResult(failed > 0 ? 2 : 0, "PLAY [all] ***\n\nTASK [apt] ***\n" + (changed > 0 ? "changed: [localhost]\n" : "ok: [localhost]\n")
                + "\nPLAY RECAP *********************************************************************\n"
                + "localhost                  : ok=2    changed=" + changed + "    unreachable=0    failed=" + failed
                + "    skipped=0    rescued=0    ignored=0   \n", "");
    }

    @Test
    void ansibleComesFromDebianInTheBatchAndItsRecapDecidesChanged() {
        FakeServer server = Servers.debian12();
        server.script(ANSIBLE_RUN, recap(2, 0), recap(0, 0));
        BootstrapReport first = run(server, "ansible", "cm/site.yml");

        assertThat(server.commands).filteredOn(c -> c.contains("apt-get")).singleElement()
                .satisfies(c -> assertThat(c).endsWith("install ufw fail2ban python3-systemd unattended-upgrades ansible-core"));
        assertThat(server.files.get("/etc/cloudmaker/ansible/site.yml")).satisfies(f -> {
            assertThat(f.text()).startsWith("- hosts: all");
            assertThat(f.mode()).isEqualTo(0600);
            assertThat(f.user()).isEqualTo("root");
        });
        assertThat(first.steps()).last().isEqualTo(StepResult.changed("ansible site.yml",
                "uploaded /etc/cloudmaker/ansible/site.yml; ansible changed 2"));

        BootstrapReport second = run(server, "ansible", "cm/site.yml");
        assertThat(Bootstraps.changed(second)).isEmpty();
        assertThat(second.steps()).last().isEqualTo(StepResult.ok("ansible site.yml", "ansible changed nothing"));
    }

    @Test
    void aFailedPlaybookStopsTheBootstrapWithItsOutput() {
        FakeServer server = Servers.debian12();
        CommandResult failed = new CommandResult(2, "TASK [apt] ***\nfatal: [localhost]: FAILED! => {\"msg\": \"No package matching 'nginxx'\"}\n"
                + recap(0, 1).stdout(), "");
        server.script(ANSIBLE_RUN, failed);
        assertThatThrownBy(() -> run(server, "ansible", "cm/site.yml")).isInstanceOfSatisfying(BootstrapException.class, e -> {
            assertThat(e.step()).isEqualTo("ansible site.yml");
            assertThat(e.command()).isEqualTo(ANSIBLE_RUN);
            assertThat(e.outputTail()).contains("No package matching 'nginxx'");
            assertThat(e.getMessage()).startsWith("db1: bootstrap step 'ansible site.yml' failed: ansible failed: " + ANSIBLE_RUN + " exited 2");
        });
    }

    @ParameterizedTest(name = "puppet exit {0}")
    @CsvSource({"0, OK", "2, CHANGED"})
    void puppetDetailedExitCodesTellChangedFromUnchanged(int exit, StepStatus status) {
        FakeServer server = Servers.debian12();
        server.putText("/etc/cloudmaker/puppet/site.pp", "package { 'nginx': ensure => installed }\n", 0600, "root", "root");
        server.script("puppet apply --detailed-exitcodes /etc/cloudmaker/puppet/site.pp", new CommandResult(exit,
                exit == 2 ? "Notice: /Stage[main]/Main/Package[nginx]/ensure: created\nNotice: Applied catalog in 4.1 seconds\n" : "", ""));
        BootstrapReport report = run(server, "puppet", "cm/site.pp");
        assertThat(server.installed).contains("puppet-agent");
        assertThat(report.steps()).last().extracting(StepResult::status).isEqualTo(status);
    }

    @ParameterizedTest(name = "puppet exit {0} is a failure")
    @CsvSource({"1", "4", "6"})
    void puppetFailuresStopTheBootstrap(int exit) {
        FakeServer server = Servers.debian12();
        server.script("puppet apply --detailed-exitcodes /etc/cloudmaker/puppet/site.pp",
                new CommandResult(exit, "", "Error: Could not find resource 'nginx'\n"));
        assertThatThrownBy(() -> run(server, "puppet", "cm/site.pp")).isInstanceOf(BootstrapException.class)
                .hasMessageContaining("Error: Could not find resource 'nginx'");
    }

    @Test
    void saltIsInstalledByItsBootstrapScriptAndRunsMasterless() {
        FakeServer server = Servers.debian12();
        String install = "mkdir -p /var/lib/cloudmaker && curl -fsSL --retry 3 -o /var/lib/cloudmaker/bootstrap-salt.sh"
                + " https://github.com/saltstack/salt-bootstrap/releases/latest/download/bootstrap-salt.sh"
                + " && sh /var/lib/cloudmaker/bootstrap-salt.sh -X";
        String apply = "salt-call --local --retcode-passthrough --file-root=/etc/cloudmaker/salt state.apply web";
        server.script(install, new CommandResult(0, "", ""), () -> server.programs.add("salt-call"));
        server.script(apply, new CommandResult(0, "Summary for local\n------------\nSucceeded: 1 (changed=1)\nFailed:    0\n", ""),
                new CommandResult(0, "Summary for local\n------------\nSucceeded: 1\nFailed:    0\n", ""));
        BootstrapReport first = run(server, "salt", "cm/web.sls");

        assertThat(server.installed).contains("curl", "ca-certificates");
        assertThat(server.commands).containsSubsequence("command -v salt-call", install, "command -v salt-call", apply);
        assertThat(server.text("/etc/cloudmaker/salt/web.sls")).isEqualTo("nginx:\n  pkg.installed: []\n");
        assertThat(Bootstraps.statuses(first)).containsEntry("install salt", StepStatus.CHANGED).containsEntry("salt web.sls", StepStatus.CHANGED);

        BootstrapReport second = run(server, "salt", "cm/web.sls");
        assertThat(Bootstraps.changed(second)).isEmpty();
    }

    @Test
    void chefIsInstalledAsCincByOmnitruckAndRunsInLocalMode() {
        FakeServer server = Servers.debian12();
        String install = "mkdir -p /var/lib/cloudmaker && curl -fsSL --retry 3 -o /var/lib/cloudmaker/cinc-install.sh"
                + " https://omnitruck.cinc.sh/install.sh && sh /var/lib/cloudmaker/cinc-install.sh";
        String apply = "cd /etc/cloudmaker/chef && cinc-client --local-mode default.rb";
        server.script(install, new CommandResult(0, "", ""), () -> server.programs.add("cinc-client"));
        server.script(apply, new CommandResult(0, "Cinc Client finished, 1/1 resources updated in 03 seconds\n", ""),
                new CommandResult(0, "Cinc Client finished, 0/1 resources updated in 01 seconds\n", ""));
        BootstrapReport first = run(server, "chef", "cm/default.rb");

        assertThat(server.commands).containsSubsequence(install, apply);
        assertThat(first.steps()).last().isEqualTo(StepResult.changed("chef default.rb",
                "uploaded /etc/cloudmaker/chef/default.rb; chef changed 1"));
        assertThat(Bootstraps.changed(run(server, "chef", "cm/default.rb"))).isEmpty();
    }

    @Test
    void withoutAFileToApplyTheToolIsOnlyInstalled() {
        FakeServer server = Servers.debian12();
        BootstrapReport report = run(server, "ansible", null);
        assertThat(server.installed).contains("ansible-core");
        assertThat(report.steps()).extracting(StepResult::name).doesNotContain("ansible site.yml");
    }

    @Test
    void anUnknownToolIsRejected() {
        assertThatThrownBy(() -> ConfigManagementTool.named("cfengine")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown configuration management tool 'cfengine'; known: ansible, puppet, salt, chef");
    }

    @Test
    void ansibleRecapsAreSummedOverHostsAndAnyUnreachableHostFails() {
        ConfigManagementTool ansible = ConfigManagementTool.named("ansible");
        String two = "PLAY RECAP ***\nlocalhost : ok=3 changed=1 unreachable=0 failed=0 skipped=0\n"
                + "other     : ok=3 changed=2 unreachable=0 failed=0 skipped=0\n";
        assertThat(ansible.changes(new CommandResult(0, two, ""))).isEqualTo(OptionalInt.of(3));
        assertThat(ansible.changes(new CommandResult(0, "localhost : ok=0 changed=0 unreachable=1 failed=0\n", ""))).isEmpty();
        assertThat(ansible.changes(new CommandResult(0, "[WARNING]: No hosts matched, nothing to do\n", ""))).isEqualTo(OptionalInt.of(0));
    }

    @Test
    void packagesPerFamily() {
        Distro fedora = new Distro("fedora", List.of(), "41", "Fedora", Family.REDHAT);
        Distro freebsd = new Distro("freebsd", List.of(), "14.1", "FreeBSD", Family.FREEBSD);
        Distro arch = new Distro("arch", List.of(), "", "Arch", Family.ARCH);
        assertThat(ConfigManagementTool.named("ansible").packages(fedora)).containsExactly("ansible-core");
        assertThat(ConfigManagementTool.named("ansible").packages(arch)).containsExactly("ansible-core");
        assertThat(ConfigManagementTool.named("ansible").packages(freebsd)).containsExactly("py311-ansible-core");
        assertThat(ConfigManagementTool.named("puppet").packages(freebsd)).containsExactly("puppet8");
        assertThat(ConfigManagementTool.named("salt").packages(fedora)).containsExactly("curl", "ca-certificates");
    }
}
