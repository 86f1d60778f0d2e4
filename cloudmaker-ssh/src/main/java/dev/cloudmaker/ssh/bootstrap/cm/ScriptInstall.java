package dev.cloudmaker.ssh.bootstrap.cm;

import dev.cloudmaker.ssh.bootstrap.Distro;
import java.util.List;

/** Installing a tool with its vendor's script: download with curl into root's own directory, then run it. */
final class ScriptInstall {
    static final String DIR = "/var/lib/cloudmaker";

    private ScriptInstall() {
    }

    static List<String> downloadPackages(Distro distro) {
        return switch (distro.family()) {
            case DEBIAN, REDHAT, ARCH -> List.of("curl", "ca-certificates");
            case FREEBSD -> List.of("curl");
        };
    }

    /** Not /tmp: there another local user could plant the file before root runs it. */
    static String command(String url, String script, String options) {
        String path = DIR + "/" + script;
        return "mkdir -p " + DIR + " && curl -fsSL --retry 3 -o " + path + " " + url + " && sh " + path
                + (options.isEmpty() ? "" : " " + options);
    }
}
