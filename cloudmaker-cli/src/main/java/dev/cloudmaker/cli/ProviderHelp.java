package dev.cloudmaker.cli;

import dev.cloudmaker.core.spi.CredentialField;
import dev.cloudmaker.core.spi.ProviderFactory;
import dev.cloudmaker.core.spi.SettingSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The installed provider types for {@code --help}: what each takes in cloud.json and security.json, and from the environment. */
final class ProviderHelp {
    private ProviderHelp() {
    }

    static String[] footer(String[] before) {
        List<String> lines = new ArrayList<>(Arrays.asList(before));
        lines.add("");
        lines.add("Provider types (cloud.json \"providers\": {\"NAME\": {\"type\": TYPE, ...}}; credentials in security.json's");
        lines.add("\"providers\": {\"NAME\": {...}}, or from the environment when the definition has one provider of the type):");
        for (ProviderFactory f : ProviderFactory.installed()) {
            List<String> parts = new ArrayList<>();
            for (SettingSpec s : f.settings()) {
                parts.add(s.name() + (s.env().isEmpty() ? "" : " (env " + String.join(", ", s.env()) + ")"));
            }
            for (CredentialField c : f.credentials()) {
                parts.add((c.required() ? "" : "optional ") + "credential " + c.name()
                        + (c.env().isEmpty() ? "" : " (env " + String.join(" or ", c.env()) + ")"));
            }
            if (!f.offersDns()) {
                parts.add("no DNS");
            }
            lines.add("  " + f.name() + ": " + (parts.isEmpty() ? "nothing to set" : String.join("; ", parts)));
        }
        return lines.toArray(String[]::new);
    }
}
