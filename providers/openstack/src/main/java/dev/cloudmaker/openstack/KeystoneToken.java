package dev.cloudmaker.openstack;

import dev.cloudmaker.core.http.IssuedToken;

/** A token Keystone issued, with the catalog and project that came in its body. */
record KeystoneToken(IssuedToken issued, ServiceCatalog catalog, String projectId) {
}
