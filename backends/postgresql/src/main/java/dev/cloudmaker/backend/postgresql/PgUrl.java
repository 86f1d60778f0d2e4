package dev.cloudmaker.backend.postgresql;

import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.state.StateStores;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A backend URL, {@code postgresql://user@host:5432/db?sslmode=verify-full}: the parameters pgjdbc takes
 * (TLS) pass through; cloudmaker's own are {@code definition} (the definition's key, default the name of
 * its folder) and {@code lease_seconds} (how long a silent holder keeps the lock, default 30).
 */
record PgUrl(String user, String host, int port, String database, String definition, Duration lease,
             Map<String, String> driverParameters) {
    static final int DEFAULT_PORT = 5432;
    static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);

    static PgUrl parse(String url, String defaultDefinition) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw bad(url, "it is not a URL (" + e.getReason() + ")");
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)postgres(ql)?")) {
            throw bad(url, "it must start with postgresql://");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw bad(url, "it names no host");
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            throw new CloudmakerException("the backend URL " + StateStores.redact(url) + " has a password in it: remove it and"
                    + " give it in PGPASSWORD, ~/.pgpass or \"backend_password\" in security.json, which other people do not read");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (path.isBlank() || path.contains("/")) {
            throw bad(url, "it must name one database, like postgresql://user@host:5432/cloudmaker");
        }
        Map<String, String> params = query(uri.getRawQuery());
        String definition = params.containsKey("definition") ? params.remove("definition") : defaultDefinition;
        Duration lease = DEFAULT_LEASE;
        if (params.containsKey("lease_seconds")) {
            String s = params.remove("lease_seconds");
            if (!s.matches("[0-9]{1,5}") || Integer.parseInt(s) < 2) {
                throw bad(url, "lease_seconds must be a whole number of seconds, at least 2");
            }
            lease = Duration.ofSeconds(Integer.parseInt(s));
        }
        return new PgUrl(userInfo == null ? null : decode(userInfo), uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(),
                decode(path), definition, lease, params);
    }

    /** The JDBC URL: host, port, database and the driver's own parameters; no user or password. */
    String jdbc() {
        StringBuilder s = new StringBuilder("jdbc:postgresql://").append(host.contains(":") ? "[" + host + "]" : host)
                .append(':').append(port).append('/').append(database);
        char sep = '?';
        for (Map.Entry<String, String> p : driverParameters.entrySet()) {
            s.append(sep).append(encode(p.getKey())).append('=').append(encode(p.getValue()));
            sep = '&';
        }
        return s.toString();
    }

    /** For messages: {@code postgresql://cm@db:5432/cloudmaker}. */
    String display() {
        return "postgresql://" + (user == null ? "" : user + "@") + host + ":" + port + "/" + database;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isBlank()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            out.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return out;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static CloudmakerException bad(String url, String why) {
        return new CloudmakerException("the backend URL " + StateStores.redact(url) + " cannot be used: " + why);
    }
}
