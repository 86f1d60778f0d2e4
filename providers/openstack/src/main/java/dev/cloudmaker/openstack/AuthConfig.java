package dev.cloudmaker.openstack;

import dev.cloudmaker.core.Secret;
import java.net.URI;

/**
 * Who to be on one OpenStack cloud, resolved from clouds.yaml, {@code OS_*} or security.json: Keystone's URL, a user
 * and password or an application credential, the project and domains to scope the token to, and the region and
 * interface that pick endpoints from the catalog. {@code source} says where the values came from, for messages.
 * Secrets are {@link Secret}s: this record's {@code toString} shows none.
 */
record AuthConfig(URI authUrl, String username, String userId, Secret password, String projectName, String projectId,
                  String userDomainName, String userDomainId, String projectDomainName, String projectDomainId,
                  String applicationCredentialId, Secret applicationCredentialSecret, String region, String interfaceName,
                  String source) {

    boolean applicationCredential() {
        return applicationCredentialId != null;
    }

    /** {@code user demo (domain Default), project demo}: who asked, for messages; never a secret. */
    String who() {
        if (applicationCredential()) {
            return "application credential " + applicationCredentialId;
        }
        String user = "user " + (username != null ? username : userId)
                + (userDomainName != null ? " (domain " + userDomainName + ")" : userDomainId != null ? " (domain id " + userDomainId + ")" : "");
        String project = projectName != null ? ", project " + projectName : projectId != null ? ", project id " + projectId : "";
        return user + project;
    }
}
