/**
 * The provider SPI: {@link Provider} (servers, keys, snapshots, power, tags), {@link DnsProvider},
 * {@link Catalog}, the values they pass, and {@link ProviderFactory}, by which ServiceLoader finds a provider
 * module. A provider only reads and writes; ordering, waiting and idempotency are the engine's. It depends only on
 * core's root and {@code model} packages, never on the planner or the engine.
 */
package dev.cloudmaker.core.spi;
