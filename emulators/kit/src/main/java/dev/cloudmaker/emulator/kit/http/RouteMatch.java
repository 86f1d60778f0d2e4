package dev.cloudmaker.emulator.kit.http;

import java.util.List;

/**
 * Result of routing: {@code route} is null when the path exists but not for that method (405).
 *
 * @param params the path segments matched by {@code {}} in the route, in order
 */
public record RouteMatch<H>(String operation, Route<H> route, List<String> params) {
}
