/**
 * Carries out plans: {@link Operations} (plan, apply, destroy and inventory for one definition) over
 * {@link Observer}, {@link Engine}, {@link ServerCreator}, {@link ServerResize}, {@link PowerOn} (every power-on,
 * which moves a server's names to a new address), {@link RecordWriter} and {@link CatalogCheck}, reaching clouds
 * only through the provider SPI, each provider by the name the definition gives it ({@link Providers}). The state
 * kept between runs (journal, lock, pins) is {@code core.state}'s.
 */
package dev.cloudmaker.core.engine;
