package dev.cloudmaker.emulator.triton;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Authorization: Signature ...} header, in either form CloudAPI parses: the draft-cavage one
 * ({@code keyId="...",algorithm="...",headers="...",signature="..."}, what node-triton sends) or the legacy 0.9 one
 * ({@code keyId="...",algorithm="..." BASE64}, py-smartdc's and salt's), whose signing string is the bare header values.
 *
 * @param headers the signed headers in order, lower case; {@code date} (or {@code x-date}) when the header names none
 */
record SignatureHeader(String keyId, String algorithm, List<String> headers, String signature, boolean legacy) {
    private static final Pattern PARAM = Pattern.compile("\\s*([A-Za-z]+)=(?:\"([^\"]*)\"|(\\d+))\\s*");

    /**
     * @param dateHeader the header the request dates itself with: {@code x-date} when sent, else {@code date}
     * @throws TritonError 400 {@code InvalidHeader} or 401 {@code InvalidCredentials}, as CloudAPI answers
     */
    static SignatureHeader parse(String authorization, String dateHeader) {
        int space = authorization.indexOf(' ');
        if (space < 0) {
            throw TritonError.invalidHeader("BasicAuth content is invalid.");
        }
        if (!authorization.substring(0, space).equalsIgnoreCase("Signature")) {
            throw TritonError.invalidCredentials("Invalid authorization credentials supplied");
        }
        String rest = authorization.substring(space + 1);
        Map<String, String> params = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(rest);
        int at = 0;
        while (at < rest.length() && m.find(at) && m.start() == at) {
            params.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
            at = m.end();
            if (at < rest.length() && rest.charAt(at) == ',') {
                at++;
            } else {
                break;
            }
        }
        String trailing = rest.substring(at).strip();
        boolean legacy = !trailing.isEmpty() && !params.containsKey("signature");
        if (!trailing.isEmpty() && !legacy) {
            throw TritonError.invalidHeader("bad param format");
        }
        String signature = legacy ? trailing : params.get("signature");
        for (String required : List.of("keyId", "algorithm")) {
            if (!params.containsKey(required)) {
                throw TritonError.invalidHeader(required + " was not specified");
            }
        }
        if (signature == null || signature.isEmpty()) {
            throw TritonError.invalidHeader("signature was not specified");
        }
        String named = params.get("headers");
        List<String> headers = named == null || named.isBlank() ? List.of(dateHeader)
                : Arrays.stream(named.strip().split("\\s+")).map(h -> h.toLowerCase(Locale.ROOT)).toList();
        return new SignatureHeader(params.get("keyId"), params.get("algorithm"), headers, signature, legacy);
    }
}
