package dev.cloudmaker.ssh.bootstrap;

import dev.cloudmaker.core.model.role.BootstrapSettings;
import dev.cloudmaker.core.model.role.FileSpec;
import dev.cloudmaker.core.model.role.RoleSpec;
import dev.cloudmaker.ssh.RemoteShell;
import dev.cloudmaker.ssh.bootstrap.cm.ConfigManagementTool;
import dev.cloudmaker.ssh.bootstrap.cm.ToolApplyStep;
import dev.cloudmaker.ssh.bootstrap.cm.ToolInstallStep;
import dev.cloudmaker.ssh.bootstrap.platform.OsRelease;
import dev.cloudmaker.ssh.bootstrap.role.Role;
import dev.cloudmaker.ssh.bootstrap.role.RolePlan;
import dev.cloudmaker.ssh.bootstrap.step.AdminUserStep;
import dev.cloudmaker.ssh.bootstrap.step.AutoUpgradesStep;
import dev.cloudmaker.ssh.bootstrap.step.CloudInitStep;
import dev.cloudmaker.ssh.bootstrap.step.CommandStep;
import dev.cloudmaker.ssh.bootstrap.step.Fail2banStep;
import dev.cloudmaker.ssh.bootstrap.step.FileStep;
import dev.cloudmaker.ssh.bootstrap.step.FirewallStep;
import dev.cloudmaker.ssh.bootstrap.step.PackagesStep;
import dev.cloudmaker.ssh.bootstrap.step.SshdStep;
import dev.cloudmaker.ssh.bootstrap.step.TimeSyncStep;
import dev.cloudmaker.ssh.bootstrap.step.UserStep;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Brings a freshly booted server to its secure state and its role, over one SSH session, in an order
 * where each step can rely on the ones before: wait for cloud-init; detect the distro; the Java role's
 * beforeHardening; one batched package install; admin user; firewall (before sshd, so a new SSH port
 * is open before sshd moves); sshd; fail2ban; automatic security updates; time sync; the role's users,
 * files and commands; its configuration-management tool; the Java role's configure and verify.
 *
 * <p>Every step checks before it changes, so the bootstrap can be run again at any time, and finishes
 * what an interrupted run left. The first failure stops this server's bootstrap with a
 * {@link BootstrapException}. An instance holds no per-server state: one serves many servers in parallel.
 */
public final class Bootstrapper {
    private final BootstrapListener listener;
    private final Sleeper sleeper;
    private final ClassLoader roleLoader;

    public Bootstrapper(BootstrapListener listener) {
        this(listener, Sleeper.REAL, Bootstrapper.class.getClassLoader());
    }

    /** {@code roleLoader} is where Java roles are looked up; {@code sleeper} paces waits for package locks. */
    public Bootstrapper(BootstrapListener listener, Sleeper sleeper, ClassLoader roleLoader) {
        this.listener = listener;
        this.sleeper = sleeper;
        this.roleLoader = roleLoader;
    }

    /**
     * Bootstraps the server behind {@code shell}, logged in as the admin user cloud-init created (or as
     * root on images that only allow that).
     *
     * @param role    the server's role, or null for the hardening baseline only
     * @param baseDir where the role's relative file paths resolve, normally cloud.json's directory
     * @throws BootstrapException when a step fails; the server is left as the steps before it made it
     * @throws dev.cloudmaker.ssh.bootstrap.role.RoleException when the role's class or a local file is missing
     */
    public BootstrapReport run(RemoteShell shell, BootstrapSettings settings, RoleSpec role, Path baseDir) {
        check(settings);
        long started = System.nanoTime();
        RolePlan plan = RolePlan.of(role == null ? RoleSpec.none() : role, baseDir, roleLoader);
        Optional<ConfigManagementTool> tool = plan.configManagement().map(cm -> ConfigManagementTool.named(cm.tool()));
        Optional<Role> javaRole = plan.javaRole();
        // Built before the first command, so a bad user name or port in the role fails without touching the server.
        List<Step> steps = steps(settings, plan, tool);

        StepRunner runner = new StepRunner(shell.server(), listener);
        RemoteHost login = new RemoteHost(shell, sleeper);
        try {
            runner.run(new CloudInitStep(), login);
            Distro distro = runner.call("detect distro", login, () -> OsRelease.detect(login),
                    d -> StepResult.ok("detect distro", d.prettyName()));
            RemoteHost host = login.withDistro(distro);

            javaRole.ifPresent(r -> runner.runAll("role " + r.name() + ": before hardening", host, () -> r.beforeHardening(host)));
            List<String> extraPackages = new ArrayList<>(plan.packages(distro));
            tool.ifPresent(t -> extraPackages.addAll(t.packages(distro)));
            runner.run(new PackagesStep(steps, extraPackages), host);
            for (Step step : steps) {
                runner.run(step, host);
            }
            javaRole.ifPresent(r -> {
                runner.runAll("role " + r.name() + ": configure", host, () -> r.configure(host));
                runner.runAll("role " + r.name() + ": verify", host, () -> r.verify(host));
            });

            // This session stays up whatever changed; the next one must follow sshd and the root ban.
            boolean moved = host.loginPort() != settings.sshPort() || host.isRoot();
            Optional<Reconnect> reconnect = moved ? Optional.of(new Reconnect(settings.adminUser(), settings.sshPort())) : Optional.empty();
            return new BootstrapReport(shell.server(), distro, runner.results(), Duration.ofNanos(System.nanoTime() - started), reconnect);
        } finally {
            login.endRootShell(); // its connection may serve other commands after this
        }
    }

    private static List<Step> steps(BootstrapSettings settings, RolePlan plan, Optional<ConfigManagementTool> tool) {
        List<Step> steps = new ArrayList<>();
        steps.add(new AdminUserStep(settings.adminUser()));
        steps.add(new FirewallStep(settings.sshPort(), plan.ports()));
        steps.add(new SshdStep(settings.sshPort()));
        steps.add(new Fail2banStep(settings.sshPort()));
        steps.add(new AutoUpgradesStep());
        steps.add(new TimeSyncStep());
        plan.users().forEach(u -> steps.add(new UserStep(u)));
        for (Map.Entry<FileSpec, byte[]> f : plan.files().entrySet()) {
            steps.add(new FileStep(f.getKey(), f.getValue()));
        }
        plan.commands().forEach(c -> steps.add(new CommandStep(c)));
        tool.ifPresent(t -> {
            if (t.installCommand().isPresent()) {
                steps.add(new ToolInstallStep(t));
            }
            plan.applyFile().ifPresent(f -> steps.add(new ToolApplyStep(t, f.getKey(), f.getValue())));
        });
        return steps;
    }

    private static void check(BootstrapSettings settings) {
        if (!settings.enabled()) {
            throw new IllegalArgumentException("bootstrap is disabled in these settings");
        }
        if (settings.adminUser() == null || settings.adminUser().isBlank() || settings.adminUser().equals("root")) {
            throw new IllegalArgumentException("the admin user must be a user other than root (sshd will refuse root)");
        }
        if (settings.sshPort() < 1 || settings.sshPort() > 65535) {
            throw new IllegalArgumentException("not a TCP port: " + settings.sshPort());
        }
    }
}
