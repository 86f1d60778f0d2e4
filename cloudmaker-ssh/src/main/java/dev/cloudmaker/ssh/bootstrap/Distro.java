package dev.cloudmaker.ssh.bootstrap;

import java.util.List;

/** The operating system a server runs, as its /etc/os-release (or uname) tells. */
public record Distro(String id, List<String> idLike, String versionId, String prettyName, Family family) {
    public Distro {
        idLike = List.copyOf(idLike);
        versionId = versionId == null ? "" : versionId;
    }

    /** The major version, "9" of "9.4"; empty for rolling releases. */
    public String majorVersion() {
        int dot = versionId.indexOf('.');
        return dot < 0 ? versionId : versionId.substring(0, dot);
    }
}
