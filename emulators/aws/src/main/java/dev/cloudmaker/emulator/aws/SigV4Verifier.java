package dev.cloudmaker.emulator.aws;

import dev.cloudmaker.emulator.kit.http.WireRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies the {@code Authorization: AWS4-HMAC-SHA256 …} header of a request in full, as AWS does: the header's
 * shape, the access key id, the {@code X-Amz-Date} within 15 minutes of the clock and matching the scope's date, and
 * the signature recomputed with the secret over the canonical request (the path encoded again as non-S3 services
 * sign it, the query sorted, the signed headers as received, the body's SHA-256). The scope's region is not checked
 * against anything: it picks the EC2 region the request acts on. Presigned (query-string) requests are not accepted.
 */
final class SigV4Verifier {
    private static final Pattern HEADER = Pattern.compile(
            "AWS4-HMAC-SHA256\\s+Credential=([^/\\s,]+)/(\\d{8})/([^/\\s,]+)/([^/\\s,]+)/aws4_request\\s*,\\s*"
                    + "SignedHeaders=([a-z0-9;._-]+)\\s*,\\s*Signature=([0-9a-f]{64})\\s*");
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final Duration SKEW = Duration.ofMinutes(15);

    private final String accessKeyId;
    private final byte[] secret;
    private final Clock clock;

    SigV4Verifier(String accessKeyId, String secretAccessKey, Clock clock) {
        this.accessKeyId = accessKeyId;
        this.secret = ("AWS4" + secretAccessKey).getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    SignedRequest verify(WireRequest request) {
        String auth = request.header("authorization");
        if (auth == null || auth.isBlank()) {
            throw new SigV4Failure("MissingAuthenticationToken", "Request is missing Authentication Token");
        }
        Matcher m = HEADER.matcher(auth.trim());
        if (!m.matches()) {
            throw new SigV4Failure("IncompleteSignature", "Authorization header requires 'Credential', "
                    + "'SignedHeaders' and 'Signature' parameters of the AWS4-HMAC-SHA256 form.");
        }
        String keyId = m.group(1);
        String date = m.group(2);
        String region = m.group(3);
        String service = m.group(4);
        if (!keyId.equals(accessKeyId)) {
            throw new SigV4Failure("AuthFailure", "The security token included in the request is invalid.");
        }
        String amzDate = request.header("x-amz-date");
        Instant signedAt = parse(amzDate);
        if (!amzDate.startsWith(date)) {
            throw new SigV4Failure("IncompleteSignature", "Date in Credential scope does not match YYYYMMDD from "
                    + "ISO-8601 version of date from HTTP: '" + date + "' != '" + amzDate.substring(0, 8) + "'");
        }
        Instant now = clock.instant();
        if (signedAt.isBefore(now.minus(SKEW)) || signedAt.isAfter(now.plus(SKEW))) {
            throw new SigV4Failure("RequestExpired", "Request has expired.");
        }
        List<String> signedHeaders = Arrays.asList(m.group(5).split(";"));
        String canonical = canonicalRequest(request, signedHeaders);
        String scope = date + "/" + region + "/" + service + "/aws4_request";
        String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(hmac(hmac(hmac(secret, date), region), service), "aws4_request");
        byte[] expected = HexFormat.of().formatHex(hmac(key, toSign)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, m.group(6).getBytes(StandardCharsets.US_ASCII))) {
            throw new SigV4Failure("AuthFailure", "AWS was not able to validate the provided access credentials");
        }
        return new SignedRequest(keyId, region, service);
    }

    private static Instant parse(String amzDate) {
        if (amzDate == null) {
            throw new SigV4Failure("IncompleteSignature", "Authorization header requires existence of either a "
                    + "'X-Amz-Date' or a 'Date' header.");
        }
        try {
            return LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new SigV4Failure("IncompleteSignature", "X-Amz-Date must be in the ISO8601 Long Format: " + amzDate);
        }
    }

    static String canonicalRequest(WireRequest request, List<String> signedHeaders) {
        StringBuilder c = new StringBuilder();
        c.append(request.method()).append('\n');
        c.append(encode(request.path().isEmpty() ? "/" : request.path(), true)).append('\n');
        c.append(canonicalQuery(request.rawQuery())).append('\n');
        for (String name : signedHeaders) {
            List<String> values = request.headers().get(name);
            if (values == null) {
                throw new SigV4Failure("AuthFailure", "AWS was not able to validate the provided access credentials");
            }
            c.append(name).append(':').append(String.join(",", values.stream()
                    .map(v -> v.trim().replaceAll("\\s+", " ")).toList())).append('\n');
        }
        c.append('\n').append(String.join(";", signedHeaders)).append('\n');
        String payload = request.header("x-amz-content-sha256");
        c.append(payload != null ? payload : hex(sha256(request.body())));
        return c.toString();
    }

    private static String canonicalQuery(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = decode(eq < 0 ? pair : pair.substring(0, eq));
            String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
            pairs.add(new String[] {encode(k, false), encode(v, false)});
        }
        pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        return String.join("&", pairs.stream().map(p -> p[0] + "=" + p[1]).toList());
    }

    /** Percent-decoding only ({@code +} stays itself, as SigV4 clients never send it for a space). */
    private static String decode(String s) {
        return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** RFC 3986 encoding of everything but the unreserved characters (and {@code /} in paths). */
    static String encode(String s, boolean path) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (x & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~' || (path && c == '/')) {
                b.append(c);
            } else {
                b.append('%').append(String.format("%02X", x & 0xff));
            }
        }
        return b.toString();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    /** Signs the way clients do, for tests: the {@code Authorization} value for these headers at {@code amzDate}. */
    static String authorization(WireRequest request, List<String> signedHeaders, String accessKeyId, String secret,
                                String region, String service, String amzDate) {
        String date = amzDate.substring(0, 8);
        String canonical = canonicalRequest(request, signedHeaders);
        String scope = date + "/" + region + "/" + service + "/aws4_request";
        String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + hex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
        byte[] key = hmac(hmac(hmac(hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date), region), service),
                "aws4_request");
        return "AWS4-HMAC-SHA256 Credential=" + accessKeyId + "/" + scope + ", SignedHeaders="
                + String.join(";", signedHeaders) + ", Signature=" + hex(hmac(key, toSign));
    }

    static String amzDate(Instant at) {
        return AMZ_DATE.format(at.atOffset(ZoneOffset.UTC));
    }
}
