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
        lines.add("Provider types, for cloud.json's \"providers\": {\"NAME\": {\"type\": TYPE, ...}}.");
        lines.add("Credentials go in security.json's \"providers\": {\"NAME\": {...}}; the environment");
        lines.add("variables named apply when the definition has one provider of the type.");
        for (ProviderFactory f : ProviderFactory.installed()) {
            String pad = " ".repeat(f.name().length() + 4);
            List<String> settings = f.settings().stream().map(ProviderHelp::setting).toList();
            List<String> credentials = f.credentials().stream().map(ProviderHelp::credential).toList();
            String first = "  " + f.name() + "  settings: " + (settings.isEmpty() ? "none" : String.join(", ", settings))
                    + (f.offersDns() ? "" : "; no DNS");
            lines.add(first);
            if (!credentials.isEmpty()) {
                lines.add(pad + "credentials: " + String.join(", ", credentials));
            }
        }
        return lines.toArray(String[]::new);
    }

    private static String setting(SettingSpec s) {
        return s.name() + (s.env().isEmpty() ? "" : " (" + String.join(", ", s.env()) + ")");
    }

    private static String credential(CredentialField c) {
        return c.name() + (c.required() ? "" : " (optional)") + (c.env().isEmpty() ? "" : " (" + String.join(" or ", c.env()) + ")");
    }
}
