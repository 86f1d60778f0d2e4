package dev.cloudmaker.core.engine;

import dev.cloudmaker.core.ConfigException;
import dev.cloudmaker.core.config.Diagnostic;
import dev.cloudmaker.core.model.Definition;
import dev.cloudmaker.core.model.ServerSpec;
import dev.cloudmaker.core.spi.Catalog;
import dev.cloudmaker.core.spi.Catalog.SlugKind;
import dev.cloudmaker.core.spi.RegionInfo;
import dev.cloudmaker.core.spi.SizeInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks the region, size and image of each server on one provider against that provider's live
 * catalogue, before any change, and says what to use instead: {@code size "1gb" was retired; use "s-1vcpu-1gb"}.
 */
public final class CatalogCheck {
    private final Definition definition;
    private final String provider;
    private final Catalog catalog;

    public CatalogCheck(Definition definition, String provider, Catalog catalog) {
        this.definition = definition;
        this.provider = provider;
        this.catalog = catalog;
    }

    public void check() {
        List<Diagnostic> problems = problems();
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }

    public List<Diagnostic> problems() {
        List<Diagnostic> problems = new ArrayList<>();
        String see = definition.providers().size() > 1 ? " --provider " + provider + "`" : "`";
        for (ServerSpec s : definition.serversOn(provider)) {
            Optional<RegionInfo> region = catalog.regions().stream().filter(r -> r.slug().equals(s.region())).findFirst();
            if (region.isEmpty()) {
                problems.add(problem(s, "region", unknown(SlugKind.REGION, "region", s.region()),
                        "see `cloudmaker regions" + see + " for the regions offered now"));
            } else if (!region.get().available()) {
                problems.add(problem(s, "region", "region \"" + s.region() + "\" takes no new servers now",
                        "choose another from `cloudmaker regions" + see));
            }
            Optional<SizeInfo> size = catalog.sizes().stream().filter(z -> z.slug().equals(s.size())).findFirst();
            if (size.isEmpty()) {
                problems.add(problem(s, "size", unknown(SlugKind.SIZE, "size", s.size()),
                        "see `cloudmaker sizes" + see + " for the sizes offered now"));
            } else if (region.isPresent() && !size.get().regions().contains(s.region())) {
                problems.add(problem(s, "size", "size \"" + s.size() + "\" is not offered in region " + s.region(),
                        "choose a size listed for " + s.region() + " by `cloudmaker sizes" + see + ", or another region"));
            }
            if (catalog.image(s.image()).isEmpty()) {
                problems.add(problem(s, "image", unknown(SlugKind.IMAGE, "image", s.image()),
                        "see `cloudmaker images" + see + " for the images offered now"));
            }
        }
        return problems;
    }

    private String unknown(SlugKind kind, String what, String slug) {
        return catalog.replacement(kind, slug)
                .map(current -> what + " \"" + slug + "\" was retired; use \"" + current + "\"")
                .orElseGet(() -> what + " \"" + slug + "\" does not exist" + catalog.nearest(kind, slug)
                        .map(near -> "; did you mean \"" + near + "\"?").orElseGet(() -> closest(kind, slug)));
    }

    /** A did-you-mean among the current slugs sharing the longest prefix. */
    private String closest(SlugKind kind, String slug) {
        List<String> slugs = switch (kind) {
            case REGION -> catalog.regions().stream().map(RegionInfo::slug).toList();
            case SIZE -> catalog.sizes().stream().map(SizeInfo::slug).toList();
            case IMAGE -> List.of();
        };
        String head = slug.length() >= 3 ? slug.substring(0, 3) : slug;
        String near = slugs.stream().filter(s -> s.startsWith(head)).limit(4).collect(Collectors.joining("\", \""));
        return near.isEmpty() ? "" : "; did you mean \"" + near + "\"?";
    }

    private Diagnostic problem(ServerSpec s, String member, String message, String fix) {
        String pointer = definition.pointer(s.name(), member);
        return Diagnostic.of(definition.file(), definition.sourceMap().locate(pointer), pointer, message, fix);
    }
}
