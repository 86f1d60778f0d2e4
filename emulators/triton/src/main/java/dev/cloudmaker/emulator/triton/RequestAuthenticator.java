package dev.cloudmaker.emulator.triton;

import dev.cloudmaker.emulator.kit.http.WireRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks a request's http-signature as CloudAPI does: the header's form, a dated request within 300 s of the
 * emulator's clock, a keyId {@code /<login>/keys/<name or MD5 fingerprint>} of the account, and a signature that
 * verifies with that key over the signing string. Each refusal is CloudAPI's answer for it.
 */
final class RequestAuthenticator {
    static final Duration MAX_SKEW = Duration.ofSeconds(300);
    private static final String BAD_CREDENTIALS = "Invalid authorization credentials supplied";

    private final String login;
    private final Supplier<List<AccountKey>> keys;
    private final Clock clock;

    /** @param keys the account's keys now (read under the state's lock) */
    RequestAuthenticator(String login, Supplier<List<AccountKey>> keys, Clock clock) {
        this.login = login;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * The principal the request is signed by, {@code <login>/<fingerprint>}.
     *
     * @throws TritonError CloudAPI's refusal: 401 {@code InvalidCredentials} or 400 {@code InvalidHeader}
     */
    String authenticate(WireRequest request) {
        String authorization = request.header("authorization");
        if (authorization == null) {
            throw TritonError.invalidCredentials("You must make authenticated requests to use CloudAPI");
        }
        String dateHeader = request.header("x-date") != null ? "x-date" : "date";
        SignatureHeader header = SignatureHeader.parse(authorization, dateHeader);
        if (!header.legacy() && !header.headers().contains(dateHeader)) {
            throw TritonError.invalidHeader(dateHeader + " was not a signed header");
        }
        checkDate(request.header(dateHeader), dateHeader);
        String signingString = SigningString.of(header, request);
        SignatureAlgorithm algorithm = SignatureAlgorithm.of(header.algorithm()).orElseThrow(() ->
                TritonError.invalidCredentials(header.algorithm() + " is not a supported signing algorithm"));
        AccountKey key = key(header.keyId());
        if (!verifies(key, algorithm, signingString, header.signature())) {
            throw TritonError.invalidCredentials(BAD_CREDENTIALS);
        }
        return login + "/" + key.fingerprint();
    }

    private void checkDate(String value, String name) {
        if (value == null) {
            throw TritonError.invalidHeader(name + " was not in the request");
        }
        Instant date;
        try {
            date = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            // node-http-signature lets an unparseable date through its skew check (its issue #121); CloudAPI's
            // date parser refuses it, and so does the emulator
            throw TritonError.invalidHeader(name + " header \"" + value + "\" is not an HTTP date");
        }
        long skew = Math.abs(Duration.between(date, clock.instant()).toSeconds());
        if (skew > MAX_SKEW.toSeconds()) {
            throw TritonError.invalidHeader("clock skew of " + skew + "s was greater than " + MAX_SKEW.toSeconds() + "s");
        }
    }

    /** {@code /<login>/keys/<id>}; the login must be the account's own ({@code my} is not allowed here). */
    private AccountKey key(String keyId) {
        String[] segments = keyId.split("/", -1);
        boolean accountKey = segments.length == 4 && segments[0].isEmpty() && segments[2].equals("keys");
        boolean subUserKey = segments.length == 6 && segments[0].isEmpty() && segments[2].equals("users")
                && segments[4].equals("keys");
        if (!accountKey && !subUserKey) {
            throw TritonError.invalidCredentials("Invalid KeyId " + keyId + " in authorization header");
        }
        if (subUserKey || !segments[1].equals(login)) {
            throw TritonError.invalidCredentials(BAD_CREDENTIALS); // the emulated account has no sub-users
        }
        String id = segments[3];
        return keys.get().stream().filter(k -> k.isNamed(id)).findFirst()
                .orElseThrow(() -> TritonError.invalidCredentials(BAD_CREDENTIALS));
    }

    private static boolean verifies(AccountKey key, SignatureAlgorithm algorithm, String signingString, String signature) {
        try {
            PublicKey publicKey = SshKeyDecoder.decode(key.key());
            if (!algorithm.fits(publicKey.getAlgorithm())) {
                return false;
            }
            Signature verifier = Signature.getInstance(algorithm.jcaName());
            verifier.initVerify(publicKey);
            verifier.update(signingString.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false; // a key it cannot use, bad base64 or a malformed signature do not verify
        }
    }
}
