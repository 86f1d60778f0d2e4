package dev.cloudmaker.core.model.role;

/**
 * The configuration-management tool a role installs and runs on the server. {@code tool} is one of
 * ansible, puppet, salt, chef; {@code apply} is a path relative to cloud.json of what the tool applies
 * (an Ansible playbook, a Puppet manifest, a Salt state file, a Chef recipe), or null to only install
 * the tool.
 */
public record ConfigManagement(String tool, String apply) {
}
