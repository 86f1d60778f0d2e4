/**
 * The provider SPI: {@link Provider} by facet ({@link Servers}, {@link Keys}, {@link Images}, {@link Catalog},
 * {@link DnsProvider}) with its {@link Capabilities}, the values they pass (marks and names are typed, each
 * provider spells them), and {@link ProviderFactory}, by which ServiceLoader finds a provider module. A provider
 * only reads and writes; ordering, waiting and idempotency are the engine's. It depends only on core's root and
 * {@code model} packages, never on the planner or the engine.
 */
package dev.cloudmaker.core.spi;
