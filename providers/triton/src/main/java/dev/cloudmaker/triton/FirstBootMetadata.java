package dev.cloudmaker.triton;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudmaker.core.CloudmakerException;
import dev.cloudmaker.core.spi.ImageInfo;

/**
 * Where a create's user data goes, as the image supports it: images with cloud-init (bhyve and KVM {@code zvol}
 * images, and LX ones) read {@code cloud-init:user-data}, which carries cloudmaker's first boot (its pinned host key
 * and the admin user); a SmartOS zone ({@code zone-dataset}) has no cloud-init and runs only {@code user-script}, so
 * a shell script goes there and cloud-config, which it would silently ignore, is refused before anything is made.
 */
final class FirstBootMetadata {
    static final String CLOUD_INIT = "metadata.cloud-init:user-data";
    static final String USER_SCRIPT = "metadata.user-script";

    private FirstBootMetadata() {
    }

    static void put(ObjectNode body, String server, ImageInfo image, String userData) {
        if (userData == null || userData.isBlank()) {
            return;
        }
        if (!"zone-dataset".equals(image.type())) {
            body.put(CLOUD_INIT, userData);
        } else if (userData.startsWith("#!")) {
            body.put(USER_SCRIPT, userData);
        } else {
            throw new CloudmakerException("server " + server + ": image " + image.slug() + " is a SmartOS zone, which has "
                    + "no cloud-init and runs only a shell script (user-script) at boot; its user data (cloudmaker's first "
                    + "boot, which gives the server the host key cloudmaker pinned and the admin user, or a cloud-config of "
                    + "yours) would be ignored. Choose a bhyve or LX image (`cloudmaker images` shows the type), or give "
                    + "the server a #! script as user_data and turn the bootstrap off");
        }
    }
}
