package dev.cloudmaker.ssh.bootstrap.fake;

import static dev.cloudmaker.ssh.bootstrap.fake.FakeServer.fail;
import static dev.cloudmaker.ssh.bootstrap.fake.FakeServer.ok;

import dev.cloudmaker.ssh.CommandResult;
import dev.cloudmaker.ssh.bootstrap.Family;
import dev.cloudmaker.ssh.bootstrap.fake.FakeServer.FakeFile;
import dev.cloudmaker.ssh.bootstrap.platform.ArchPlatform;
import dev.cloudmaker.ssh.bootstrap.platform.DebianPlatform;
import dev.cloudmaker.ssh.bootstrap.platform.Ufw;
import dev.cloudmaker.ssh.bootstrap.step.CloudInitStep;
import dev.cloudmaker.ssh.bootstrap.step.SshdStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What the fake server does for each root command it understands. */
final class FakeCommands {
    private static final Pattern PACKAGE_QUERY = Pattern.compile("^for p in (.*?); do .* && echo \"\\$p\"; done; true$");
    private static final Map<String, String> PROGRAMS = Map.of("ansible-core", "ansible-playbook",
            "py311-ansible-core", "ansible-playbook", "puppet-agent", "puppet", "puppet", "puppet", "sudo", "visudo");

    private final FakeServer s;

    FakeCommands(FakeServer s) {
        this.s = s;
    }

    CommandResult handle(String c, List<String> w) {
        if (c.equals(CloudInitStep.WAIT)) {
            return cloudInit();
        }
        if (c.equals(DebianPlatform.DPKG_HEALTHY)) {
            return dpkgFinished() ? ok("") : fail(1, "");
        }
        if (c.equals(DebianPlatform.AUDIT)) {
            return ok(audit());
        }
        if (c.equals(DebianPlatform.CONFIGURE_PENDING)) {
            s.dpkgInterrupted = false;
            if (s.unpackedWithoutDependencies) {
                return new CommandResult(1, "", "dpkg: dependency problems prevent configuration of puppet-agent:\n"
                        + " puppet-agent depends on ruby; however:\n  Package ruby is not installed.\n"
                        + "dpkg: error processing package puppet-agent (--configure):\n dependency problems - leaving unconfigured\n");
            }
            return ok("Setting up unattended-upgrades (2.9.1+nmu3) ...\n");
        }
        if (c.equals(DebianPlatform.HALF_INSTALLED)) {
            return ok(s.halfInstalled.stream().map(p -> p + "\n").collect(Collectors.joining()));
        }
        if (c.equals(DebianPlatform.FIX_BROKEN)) {
            s.unpackedWithoutDependencies = false;
            return ok("Setting up ruby (1:3.1) ...\nSetting up puppet-agent (7.23.0-1) ...\n");
        }
        if (c.startsWith(DebianPlatform.REINSTALL + " ")) {
            if (s.unpackedWithoutDependencies) {
                return fail(100, "E: Unmet dependencies. Try 'apt --fix-broken install' with no packages (or specify a solution).\n");
            }
            List<String> packages = w.subList(w.indexOf("--reinstall") + 1, w.size());
            packages.forEach(s.halfInstalled::remove);
            return install(packages);
        }
        if (c.equals(DebianPlatform.LISTS_FRESH)) {
            return s.listsFresh ? ok("") : fail(1, "");
        }
        if (c.equals(DebianPlatform.UPDATE)) {
            s.aptUpdates++;
            s.listsFresh = true;
            s.missingFromLists.clear();
            return ok("Reading package lists...\n");
        }
        if (c.startsWith(DebianPlatform.APT_GET + " install ")) {
            return install(w.subList(w.indexOf("install") + 1, w.size()));
        }
        if (c.equals(ArchPlatform.REMOVE_STALE_LOCK)) {
            boolean was = s.stalePacmanLock;
            s.stalePacmanLock = false;
            return ok(was ? "removed\n" : "");
        }
        if (c.equals(SshdStep.INCLUDES_DROP_INS)) {
            String main = s.text("/etc/ssh/sshd_config");
            return main != null && main.contains("\nInclude /etc/ssh/sshd_config.d/*.conf") ? ok("") : fail(1, "");
        }
        Matcher query = PACKAGE_QUERY.matcher(c);
        if (query.matches()) {
            StringBuilder out = new StringBuilder();
            Words.split(query.group(1)).stream().filter(s.installed::contains).forEach(p -> out.append(p).append('\n'));
            return ok(out.toString());
        }
        return switch (w.get(0)) {
            case "command" -> s.programs.contains(w.get(2)) || s.installed.contains(w.get(2))
                    ? ok("/usr/bin/" + w.get(2) + "\n") : fail(1, "");
            case "test" -> s.files.containsKey(w.get(2)) || s.dirs.containsKey(w.get(2)) ? ok("") : fail(1, "");
            case "cat" -> w.get(1).equals(Ufw.DEFAULTS) && s.installed.contains("ufw") ? ok(s.ufw.defaultsFile())
                    : s.files.containsKey(w.get(1)) ? ok(s.text(w.get(1))) : fail(1, "cat: " + w.get(1) + ": No such file or directory\n");
            case "sha256sum" -> hashAndMeta(w);
            case "mkdir" -> mkdir(w);
            case "visudo" -> validated(w, s.text(w.get(2)) != null && s.text(w.get(2)).matches("[a-z_][a-z0-9_.-]* ALL=\\(ALL\\) NOPASSWD:ALL\n"));
            case "pfctl" -> w.get(1).equals("-nf") ? validated(w, true) : ok("");
            case "find" -> dirMatches(w) ? ok("") : fail(1, "");
            case "install" -> installDirectory(w);
            case "touch" -> {
                s.putText(w.get(1), "", 0644, "root", "root");
                yield ok("");
            }
            case "rm" -> {
                s.files.remove(w.get(2));
                yield ok("");
            }
            case "id", "getent", "useradd", "usermod", "pw" -> users(w);
            case "systemctl", "service", "sysrc", "{" -> services(w);
            case "systemd-detect-virt" -> s.container ? ok("systemd-nspawn\n") : fail(1, "none\n");
            case "sysctl" -> ok(s.container ? "1\n" : "0\n");
            case "sshd" -> s.sshdRejects ? fail(255, "/etc/ssh/sshd_config line 3: Bad configuration option: Bogus\n") : ok("");
            case "fail2ban-client" -> ok("OK: configuration test is successful\n");
            case "dnf" -> install(w.subList(3, w.size()));
            case "pacman" -> install(w.subList(4, w.size()));
            case "env" -> install(w.subList(5, w.size()));
            case "ufw" -> s.ufw.handle(w);
            case "firewall-cmd" -> s.firewalld.handle(w, s.active.contains("firewalld"));
            case "selinuxenabled" -> fail(1, "");
            default -> throw new AssertionError("the fake " + s.family + " server does not know: " + c);
        };
    }

    /** cloud-init's summary once its last stage wrote it, else what {@code cloud-init status --wait} says. */
    private CommandResult cloudInit() {
        if (!s.programs.contains("cloud-init") && !s.installed.contains("cloud-init")) {
            return ok("absent\n");
        }
        if (s.files.containsKey(CloudInitStep.RESULT)) {
            return ok("result\n" + s.text(CloudInitStep.RESULT));
        }
        return new CommandResult(s.cloudInitExit, "status\nstatus: " + (s.cloudInitExit == 0 ? "done" : "error") + "\n",
                s.cloudInitExit == 0 ? "" : "Failed to run module scripts_user\n");
    }

    private boolean dpkgFinished() {
        return !s.dpkgInterrupted && s.halfInstalled.isEmpty() && !s.unpackedWithoutDependencies;
    }

    /** What dpkg --audit prints: nothing when dpkg has finished. */
    private String audit() {
        StringBuilder out = new StringBuilder();
        if (!s.halfInstalled.isEmpty()) {
            out.append("The following packages are in a mess due to serious problems during\ninstallation.  They must be reinstalled:\n");
            s.halfInstalled.forEach(p -> out.append(' ').append(p).append('\n'));
        }
        if (s.dpkgInterrupted || s.unpackedWithoutDependencies) {
            out.append("The following packages have been unpacked but not yet configured.\n puppet-agent\n");
        }
        return out.toString();
    }

    private CommandResult install(List<String> packages) {
        for (String p : packages) {
            if (s.missingFromLists.contains(p)) {
                return fail(100, "E: Unable to locate package " + p + "\n");
            }
        }
        for (String p : packages) {
            String name = p.startsWith("https://") && p.contains("epel-release") ? "epel-release" : p;
            s.installed.add(name);
            if (PROGRAMS.containsKey(name)) {
                s.programs.add(PROGRAMS.get(name));
            }
            if (s.family == Family.DEBIAN) {
                // Debian starts what it installs; its stock fail2ban jail fails for want of auth.log.
                switch (name) {
                    case "ufw", "systemd-timesyncd", "chrony" -> {
                        s.enabled.add(name);
                        if (!s.container) {
                            s.active.add(name);
                        }
                    }
                    case "fail2ban" -> s.enabled.add(name);
                    default -> {
                    }
                }
            }
        }
        return ok("installed " + String.join(" ", packages) + "\n");
    }

    private CommandResult hashAndMeta(List<String> w) {
        FakeFile f = s.files.get(w.get(1));
        if (f == null) {
            return fail(1, "sha256sum: " + w.get(1) + ": No such file or directory\n");
        }
        String line = FakeServer.hash(f.content()) + "  " + w.get(1) + "\n";
        if (w.size() == 2) {
            return ok(line);
        }
        return ok(line + (meta(f, w.subList(4, w.size())) ? w.get(1) + "\n" : ""));
    }

    /** Matches "-perm M -user U [-group G]" (and "-type d") of a find command against a file. */
    private boolean meta(FakeFile f, List<String> find) {
        String mode = find.get(find.indexOf("-perm") + 1);
        String user = find.get(find.indexOf("-user") + 1);
        int g = find.indexOf("-group");
        return f.mode() == Integer.parseInt(mode, 8) && f.user().equals(user) && (g < 0 || f.group().equals(find.get(g + 1)));
    }

    private boolean dirMatches(List<String> w) {
        FakeFile d = s.dirs.get(w.get(1));
        return d != null && meta(d, w);
    }

    private CommandResult mkdir(List<String> w) {
        if (w.get(4).equals("touch")) {
            s.putText(w.get(5), "", 0644, "root", "root");
            return ok("");
        }
        int i = w.indexOf("install");
        String user = w.get(i + 2);
        boolean grouped = w.get(i + 3).equals("-g");
        String group = grouped ? w.get(i + 4) : s.users.get("root").get(0);
        int m = w.indexOf("-m");
        String tmp = w.get(m + 2);
        String dest = w.get(m + 3);
        FakeFile upload = s.files.remove(tmp);
        if (upload == null) {
            return fail(1, "install: cannot stat '" + tmp + "': No such file or directory\n");
        }
        if (!s.users.containsKey(user)) {
            return fail(1, "install: invalid user '" + user + "'\n");
        }
        s.files.put(dest, new FakeFile(upload.content(), Integer.parseInt(w.get(m + 1), 8), user, group));
        return ok("");
    }

    private CommandResult validated(List<String> w, boolean valid) {
        if (!valid) {
            s.files.remove(w.get(2));
            return fail(1, ">>> " + w.get(2) + ": syntax error near line 1 <<<\n");
        }
        return mkdir(w.subList(4, w.size()));
    }

    private CommandResult installDirectory(List<String> w) {
        String user = w.get(3);
        String group = w.get(4).equals("-g") ? w.get(5) : s.users.get("root").get(0);
        int m = w.indexOf("-m");
        s.dirs.put(w.get(m + 2), new FakeFile(null, Integer.parseInt(w.get(m + 1), 8), user, group));
        return ok("");
    }

    private CommandResult users(List<String> w) {
        String cmd = w.get(0) + " " + w.get(1);
        String name = w.get(w.size() - 1);
        List<String> groups = s.users.get(name);
        switch (cmd) {
            case "id -u", "id -nG", "id -gn", "getent passwd" -> {
                if (groups == null) {
                    return fail(1, "id: '" + name + "': no such user\n");
                }
                return ok(switch (cmd) {
                    case "id -u" -> "1000\n";
                    case "id -nG" -> String.join(" ", groups) + "\n";
                    case "id -gn" -> groups.get(0) + "\n";
                    default -> name + ":x:1000:1000::" + s.home(name) + ":/bin/bash\n";
                });
            }
            case "useradd -m" -> s.addUser(name);
            case "pw useradd" -> s.addUser(w.get(3));
            case "usermod -aG" -> groups.addAll(List.of(w.get(2).split(",")));
            case "pw groupmod" -> {
                for (int i = 0; i < w.size(); i += 6) {
                    s.users.get(w.get(i + 4)).add(w.get(i + 2));
                }
            }
            default -> throw new AssertionError("the fake does not know: " + String.join(" ", w));
        }
        return ok("");
    }

    private CommandResult services(List<String> w) {
        String line = String.join(" ", w);
        List<String> parts = new ArrayList<>(List.of(line.split(" && ")));
        if (parts.size() == 2 && parts.get(0).startsWith("systemctl is-enabled")) {
            String name = w.get(3);
            return s.enabled.contains(name) && s.active.contains(name) ? ok("") : fail(1, "");
        }
        if (parts.size() == 2 && parts.get(1).startsWith("service " + w.get(1) + " status")) {
            return s.enabled.contains(w.get(1)) && s.active.contains(w.get(1)) ? ok("") : fail(1, "");
        }
        for (String part : parts) {
            if (part.startsWith("{ systemctl is-enabled --quiet ")) {
                // "{ systemctl is-enabled --quiet X || systemctl enable X; }": enabled only when it was not
                String name = Words.split(part).get(4);
                if (s.enabled.add(name)) {
                    event("enable " + name);
                }
                continue;
            }
            List<String> p = Words.split(part);
            String name = p.get(p.size() - 1);
            CommandResult r = switch (p.get(0) + " " + p.get(1)) {
                case "systemctl is-active" -> s.active.contains(name) ? ok("") : fail(3, "");
                case "systemctl enable" -> {
                    s.enabled.add(name);
                    yield p.get(2).equals("--now") && !s.active.contains(name) ? start(name, "start") : ok("");
                }
                case "systemctl start" -> s.active.contains(name) ? ok("") : start(name, "start");
                case "systemctl restart" -> start(name, "restart");
                case "systemctl reload" -> s.active.contains(name) ? event("reload " + name) : fail(1, name + " is not active\n");
                case "systemctl daemon-reload" -> event("daemon-reload");
                default -> {
                    if (p.get(0).equals("sysrc")) {
                        s.enabled.add(p.get(1).replace("_enable=YES", "").replace('_', '-'));
                        yield ok("");
                    }
                    if (p.get(0).equals("(")) {
                        yield s.active.contains(p.get(2)) ? ok("") : start(p.get(2), "start");
                    }
                    if (p.get(0).equals("service")) {
                        yield p.get(2).equals("reload") ? event("reload " + p.get(1)) : start(p.get(1), p.get(2));
                    }
                    throw new AssertionError("the fake does not know: " + line);
                }
            };
            if (!r.ok()) {
                return r;
            }
        }
        return ok("");
    }

    private CommandResult start(String name, String how) {
        String jail = s.text("/etc/fail2ban/jail.d/cloudmaker-sshd.local");
        if (name.equals("fail2ban") && s.family == Family.DEBIAN && (jail == null || !jail.contains("backend = systemd"))) {
            s.active.remove(name);
            return fail(1, "Job for fail2ban.service failed because the control process exited with error code.\n");
        }
        if (name.equals("firewalld")) {
            s.firewalld.started();
        }
        s.active.add(name);
        return event(how + " " + name);
    }

    private CommandResult event(String what) {
        s.serviceEvents.add(what);
        return ok("");
    }
}
