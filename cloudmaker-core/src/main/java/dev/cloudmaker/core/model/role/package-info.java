/**
 * What a server is to become once it boots, as {@code cloud.json} declares it: the bootstrap's settings (admin
 * user, SSH port) and a role's packages, users, files, commands, ports and configuration-management tool. Records
 * that depend on nothing; the SSH module's bootstrap carries them out.
 */
package dev.cloudmaker.core.model.role;
