package dev.cloudmaker.ssh.bootstrap.platform;

import static dev.cloudmaker.ssh.bootstrap.ShellQuote.quote;

import dev.cloudmaker.ssh.bootstrap.RemoteHost;

/** FreeBSD's rc.d services: enabled with sysrc in rc.conf, driven with service(8). */
public final class RcServices implements ServiceManager {
    static final RcServices INSTANCE = new RcServices();

    private RcServices() {
    }

    @Override
    public boolean running(RemoteHost host, String service) {
        String s = quote(service);
        return host.sudo("service " + s + " enabled && service " + s + " status").ok();
    }

    @Override
    public void start(RemoteHost host, String service) {
        String s = quote(service);
        // "service x start" fails when x already runs, so start only what status says is stopped.
        host.sudoOk("sysrc " + quote(rcVariable(service)) + " && (service " + s + " status || service " + s + " start)");
    }

    @Override
    public void restart(RemoteHost host, String service) {
        host.sudoOk("sysrc " + quote(rcVariable(service)) + " && service " + quote(service) + " restart");
    }

    @Override
    public void reload(RemoteHost host, String service) {
        host.sudoOk("service " + quote(service) + " reload");
    }

    private static String rcVariable(String service) {
        return service.replace('-', '_') + "_enable=YES";
    }
}
