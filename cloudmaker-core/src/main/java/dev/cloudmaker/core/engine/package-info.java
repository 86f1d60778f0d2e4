/**
 * Carries out plans: {@link Operations} (plan, apply, destroy and inventory for one definition) over
 * {@link Observer}, {@link Engine}, {@link ServerCreator}, {@link ServerResize}, {@link RecordWriter} and
 * {@link CatalogCheck}, reaching clouds only through the provider SPI. It also holds a definition folder's state
 * between runs: the {@link Journal} of creates not yet listed and the {@link WorkspaceLock} (one writer per
 * folder).
 */
package dev.cloudmaker.core.engine;
