package dev.cloudmaker.ssh.bootstrap.fake;

import dev.cloudmaker.ssh.bootstrap.Family;
import dev.cloudmaker.ssh.bootstrap.step.CloudInitStep;

/** Fake servers as each distribution's cloud image comes up: cloud-init done, admin user with sudo and a key. */
public final class Servers {
    /** What cloud-init 22.4 leaves in /run/cloud-init/result.json after a first boot without errors. */
    public static final String CLOUD_INIT_DONE = """
            {
             "v1": {
              "datasource": "DataSourceNoCloud [seed=/var/lib/cloud/seed/nocloud][dsmode=net]",
              "errors": []
             }
            }
            """;
    public static final String ADMIN = "cloudmaker";
    public static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG9vZm9vZm9vZm9vZm9vZm9vZm9vZm9vZm9vZm9vZm9v you@laptop";
    static final String DEBIAN_SSHD_CONFIG = """
            # This is the sshd server system-wide configuration file.

            Include /etc/ssh/sshd_config.d/*.conf

            #Port 22
            KbdInteractiveAuthentication no
            UsePAM yes
            X11Forwarding yes
            PrintMotd no
            AcceptEnv LANG LC_*
            Subsystem sftp /usr/lib/openssh/sftp-server
            """;
    static final String FREEBSD_SSHD_CONFIG = """
            #\t$OpenBSD: sshd_config,v 1.104 2021/07/02 05:11:21 dtucker Exp $

            #Port 22
            #PermitRootLogin no
            Subsystem\tsftp\t/usr/libexec/sftp-server
            """;

    private Servers() {
    }

    public static FakeServer debian12() {
        return debian("debian-12", "db1");
    }

    public static FakeServer ubuntu2404() {
        return debian("ubuntu-24.04", "ub1");
    }

    private static FakeServer debian(String release, String name) {
        FakeServer s = base(name, ADMIN, Family.DEBIAN, release, "sudo");
        s.installed.addAll(java.util.List.of("openssh-server", "sudo", "systemd-timesyncd", "cloud-init"));
        s.service("ssh", true, true);
        s.service("systemd-timesyncd", true, true);
        s.putText("/etc/ssh/sshd_config", DEBIAN_SSHD_CONFIG, 0644, "root", "root");
        return s;
    }

    public static FakeServer fedora41() {
        return redhat("fedora-41", "fd1");
    }

    public static FakeServer rocky9() {
        return redhat("rocky-9", "rk1");
    }

    private static FakeServer redhat(String release, String name) {
        FakeServer s = base(name, ADMIN, Family.REDHAT, release, "wheel");
        s.users.get(ADMIN).add("sudo");
        s.installed.addAll(java.util.List.of("openssh-server", "sudo", "chrony", "cloud-init"));
        s.service("sshd", true, true);
        s.service("chronyd", true, true);
        s.putText("/etc/ssh/sshd_config", DEBIAN_SSHD_CONFIG.replace("/usr/lib/openssh/sftp-server", "/usr/libexec/openssh/sftp-server"),
                0600, "root", "root");
        return s;
    }

    public static FakeServer arch() {
        FakeServer s = base("ar1", ADMIN, Family.ARCH, "arch", "wheel");
        s.users.get(ADMIN).add("sudo");
        s.installed.addAll(java.util.List.of("openssh", "sudo", "cloud-init"));
        s.service("sshd", true, true);
        s.service("systemd-timesyncd", true, true);
        s.putText("/etc/ssh/sshd_config", DEBIAN_SSHD_CONFIG, 0644, "root", "root");
        return s;
    }

    public static FakeServer freebsd14() {
        FakeServer s = base("bsd1", ADMIN, Family.FREEBSD, "freebsd-14", "wheel");
        s.installed.add("sudo");
        s.service("sshd", true, true);
        s.putText("/etc/ssh/sshd_config", FREEBSD_SSHD_CONFIG, 0644, "root", "wheel");
        return s;
    }

    private static FakeServer base(String name, String user, Family family, String release, String sudoGroup) {
        FakeServer s = new FakeServer(name, user, family, release);
        s.addUser(user, sudoGroup);
        s.dirs.put(s.home(user) + "/.ssh", new FakeServer.FakeFile(null, 0700, user, user));
        s.putText(s.home(user) + "/.ssh/authorized_keys", KEY + "\n", 0600, user, user);
        s.programs.add("cloud-init");
        if (family != Family.FREEBSD) {
            // FreeBSD keeps no /run and runs no systemd: the bootstrap asks cloud-init itself there
            s.putText(CloudInitStep.RESULT, CLOUD_INIT_DONE, 0644, "root", "root");
        }
        s.listsFresh = true;
        return s;
    }
}
