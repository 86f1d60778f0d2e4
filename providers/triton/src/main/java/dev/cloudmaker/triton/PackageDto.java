package dev.cloudmaker.triton;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A package (CloudAPI's size): memory and disk in MiB. */
record PackageDto(String id, String name, int memory, int disk, int vcpus, String version, String description,
                  @JsonProperty("default") boolean isDefault) {
}
