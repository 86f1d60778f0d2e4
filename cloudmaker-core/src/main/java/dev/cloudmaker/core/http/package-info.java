/**
 * The HTTP base every JSON cloud provider builds its client from: authentication, error kinds,
 * retries, rate-limit pacing and paging, with each cloud's conventions plugged in by its provider.
 */
package dev.cloudmaker.core.http;
