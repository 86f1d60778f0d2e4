package dev.cloudmaker.core.http;

import dev.cloudmaker.core.spi.SigningKey;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

/**
 * HTTP Signature authentication as Triton's CloudAPI checks it (draft-cavage, the form node-triton
 * sends): a {@code Date} header, and
 * {@code Authorization: Signature keyId="...",algorithm="...",headers="(request-target) date",signature="..."}
 * over the signing string {@code (request-target): get /path?query\ndate: <date>}. The request target
 * is the raw path and query exactly as sent, so a retry (new date) is signed again. The server
 * refuses a date more than 300 s off its own clock.
 */
public final class HttpSignatureAuth implements Authenticator {
    /** RFC 1123 as HTTP dates use it (IMF-fixdate): two-digit day, always GMT. */
    static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);
    static final String SIGNED_HEADERS = "(request-target) date";

    private final SigningKey key;
    private final Clock clock;

    public HttpSignatureAuth(SigningKey key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    @Override
    public void authenticate(HttpRequest.Builder request, String method, URI uri) {
        String date = HTTP_DATE.format(clock.instant());
        String signingString = "(request-target): " + method.toLowerCase(Locale.ROOT) + " " + requestTarget(uri)
                + "\ndate: " + date;
        String signature = Base64.getEncoder().encodeToString(key.sign(signingString.getBytes(StandardCharsets.UTF_8)));
        request.setHeader("Date", date);
        request.setHeader("Authorization", "Signature keyId=\"" + key.keyId() + "\",algorithm=\"" + key.algorithm()
                + "\",headers=\"" + SIGNED_HEADERS + "\",signature=\"" + signature + "\"");
    }

    /** What the HTTP client puts on the request line: the raw path ({@code /} when empty) and raw query. */
    static String requestTarget(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    @Override
    public String toString() {
        return "HttpSignatureAuth[" + key + "]";
    }
}
