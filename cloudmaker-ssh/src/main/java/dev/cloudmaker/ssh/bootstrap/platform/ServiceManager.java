package dev.cloudmaker.ssh.bootstrap.platform;

import dev.cloudmaker.ssh.bootstrap.RemoteHost;

/** Starts services now and at boot: systemd on Linux, rc.d with sysrc on FreeBSD. */
public sealed interface ServiceManager permits Systemd, RcServices {
    /** Whether the service is enabled at boot and running now. */
    boolean running(RemoteHost host, String service);

    /** Enables the service at boot and starts it if it is not running. */
    void start(RemoteHost host, String service);

    /** Enables the service at boot and restarts it, so it reads changed configuration. */
    void restart(RemoteHost host, String service);

    /** Asks the running service to re-read its configuration without dropping what it serves. */
    void reload(RemoteHost host, String service);
}
