package dev.cloudmaker.core.spi;

import dev.cloudmaker.core.model.ServerSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * What it takes to make a server what its declaration says: a change in place ({@code resize}) and the
 * reasons it must be replaced instead (empty when it need not be). A provider decides this for its own
 * servers ({@link Servers#plan}); most compare the declaration and the server field by field
 * ({@link #byEquality}).
 */
public record ServerChange(boolean resize, List<String> replaceReasons) {
    public ServerChange {
        replaceReasons = List.copyOf(replaceReasons);
    }

    /**
     * Another region or image means a replacement (an image only when the server reports one: a server
     * made from a snapshot or a retired image has none); another size, or a resize an earlier run left
     * unfinished ({@link CloudServer#poweredOffForResize()}), a resize.
     */
    public static ServerChange byEquality(ServerSpec want, CloudServer have) {
        List<String> reasons = new ArrayList<>();
        if (!want.region().equals(have.region())) {
            reasons.add("region " + have.region() + " → " + want.region());
        }
        if (have.image() != null && !want.image().equals(have.image())) {
            reasons.add("image " + have.image() + " → " + want.image());
        }
        return new ServerChange(!want.size().equals(have.size()) || have.poweredOffForResize(), reasons);
    }
}
