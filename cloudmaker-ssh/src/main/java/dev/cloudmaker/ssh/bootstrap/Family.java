package dev.cloudmaker.ssh.bootstrap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The distribution families the bootstrap has a strategy for; each has one package manager and firewall. */
public enum Family {
    DEBIAN, REDHAT, ARCH, FREEBSD;

    private static final Map<String, Family> BY_ID = new LinkedHashMap<>();

    static {
        BY_ID.put("debian", DEBIAN);
        BY_ID.put("ubuntu", DEBIAN);
        BY_ID.put("fedora", REDHAT);
        BY_ID.put("rocky", REDHAT);
        BY_ID.put("almalinux", REDHAT);
        BY_ID.put("centos", REDHAT);
        BY_ID.put("rhel", REDHAT);
        BY_ID.put("arch", ARCH);
        BY_ID.put("freebsd", FREEBSD);
    }

    /** The family of an os-release ID, or of the first ID_LIKE entry known, so derivatives work too. */
    public static Optional<Family> of(String id, List<String> idLike) {
        if (BY_ID.containsKey(id)) {
            return Optional.of(BY_ID.get(id));
        }
        return idLike.stream().filter(BY_ID::containsKey).findFirst().map(BY_ID::get);
    }

    /** The os-release IDs supported, for error messages. */
    public static String supportedIds() {
        return String.join(", ", BY_ID.keySet());
    }

    public boolean systemd() {
        return this != FREEBSD;
    }
}
