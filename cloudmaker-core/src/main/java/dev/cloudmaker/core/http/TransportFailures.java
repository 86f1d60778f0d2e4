package dev.cloudmaker.core.http;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLException;

/** Why a request never got an answer, in words a user reads: no exception class names. */
final class TransportFailures {
    private TransportFailures() {
    }

    /** {@code connection refused}, {@code unknown host}, ...; walks the causes, since the HTTP client wraps them. */
    static String plain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String words = switch (t) {
                case HttpConnectTimeoutException e -> "the connection timed out";
                case HttpTimeoutException e -> "no answer in time";
                case ConnectException e -> "connection refused";
                case NoRouteToHostException e -> "no route to the host";
                case UnknownHostException e -> "unknown host";
                case UnresolvedAddressException e -> "unknown host";
                case SSLException e -> "the TLS handshake failed" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
                default -> null;
            };
            if (words != null) {
                return words;
            }
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? "the connection failed" : "the connection failed (" + message + ")";
    }
}
