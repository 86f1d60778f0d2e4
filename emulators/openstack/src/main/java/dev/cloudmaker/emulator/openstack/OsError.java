package dev.cloudmaker.emulator.openstack;

/**
 * An error answer; its {@link Service} writes it in its own shape.
 *
 * @see Service#error
 */
final class OsError extends RuntimeException {
    private final int status;
    private final String type;

    /** @param type Neutron's exception name ({@code NetworkNotFound}) or Designate's type ({@code zone_not_found}) */
    OsError(int status, String type, String message) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
    }

    int status() {
        return status;
    }

    String type() {
        return type;
    }

    static OsError badRequest(String message) {
        return new OsError(400, "HTTPBadRequest", message);
    }

    static OsError notFound(String type, String message) {
        return new OsError(404, type, message);
    }

    static OsError conflict(String type, String message) {
        return new OsError(409, type, message);
    }
}
