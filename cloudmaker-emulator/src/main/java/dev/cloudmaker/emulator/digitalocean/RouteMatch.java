package dev.cloudmaker.emulator.digitalocean;

import java.util.List;

/** Result of routing: {@code route} is null when the path exists but not for that method (405). */
record RouteMatch(String endpoint, Route route, List<String> params) {
}
