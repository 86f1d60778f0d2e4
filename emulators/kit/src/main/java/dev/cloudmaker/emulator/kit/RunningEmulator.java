package dev.cloudmaker.emulator.kit;

import java.net.URI;
import java.util.Map;

/** An emulator serving on 127.0.0.1 until closed, and how to point clients at it. */
public interface RunningEmulator extends AutoCloseable {

    /** Where it listens: {@code http://127.0.0.1:PORT}. */
    URI url();

    /** cloud.json provider settings that point cloudmaker's provider of this type at it, e.g. {@code {"api_url": url}}. */
    Map<String, String> providerSettings();

    /** Credential fields it accepts, e.g. {@code {"token": "..."}}; an emulator's credentials guard nothing real. */
    Map<String, String> credentials();

    /** Environment variables the cloud's usual clients read, e.g. {@code DIGITALOCEAN_API_URL}, in a stable order. */
    Map<String, String> clientEnvironment();

    /** What the emulated account holds now. */
    EmulatedAccount account();

    /** Stops serving and saves the state file, if there is one. */
    @Override
    void close();
}
