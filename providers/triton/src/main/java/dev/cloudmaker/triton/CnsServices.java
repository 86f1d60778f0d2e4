package dev.cloudmaker.triton;

import dev.cloudmaker.core.CloudmakerException;
import java.util.regex.Pattern;

/**
 * The {@code cns_services} server option: the value of Triton CNS's {@code triton.cns.services} tag,
 * {@code svc[:port][:priority=N][:weight=N][,svc2...]}. CNS then names the running machine
 * {@code <svc>.svc.<account>.<zone>} (with SRV records when a port is given). Checked here, since CNS drops a
 * malformed tag silently.
 */
final class CnsServices {
    static final String OPTION = "cns_services";
    static final String TAG = "triton.cns.services";

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern PARAM = Pattern.compile("(priority|weight|port)=\\d{1,5}");

    private CnsServices() {
    }

    /** The tag value for {@code server}'s option, as written. */
    static String tag(String server, String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            throw invalid(server, value, "it is empty");
        }
        for (String service : v.split(",", -1)) {
            String[] parts = service.strip().split(":", -1);
            if (!LABEL.matcher(parts[0]).matches()) {
                throw invalid(server, value, "\"" + parts[0] + "\" is no DNS label (lowercase letters, digits and -, at most 63)");
            }
            for (int i = 1; i < parts.length; i++) {
                boolean port = parts[i].matches("\\d{1,5}") && Integer.parseInt(parts[i]) >= 1 && Integer.parseInt(parts[i]) <= 65535;
                if (!port && !PARAM.matcher(parts[i]).matches()) {
                    throw invalid(server, value, "\"" + parts[i] + "\" is neither a port nor priority=N, weight=N");
                }
            }
        }
        return v;
    }

    private static CloudmakerException invalid(String server, String value, String why) {
        return new CloudmakerException("server " + server + ": cns_services \"" + value + "\" is not a Triton CNS service "
                + "list: " + why + ". Fix: write svc[:port][,svc2[:port]], e.g. \"web:80,api\"");
    }
}
