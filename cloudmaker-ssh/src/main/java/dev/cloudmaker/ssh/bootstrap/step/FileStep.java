package dev.cloudmaker.ssh.bootstrap.step;

import dev.cloudmaker.core.model.role.FileSpec;
import dev.cloudmaker.ssh.bootstrap.RemoteHost;
import dev.cloudmaker.ssh.bootstrap.Step;
import dev.cloudmaker.ssh.bootstrap.StepResult;

/** A role's file, written only when its content, mode or owner differ. */
public final class FileStep implements Step {
    private final FileSpec file;
    private final byte[] content;

    /** {@code content} is the file's bytes, read from the role's inline text or its source file. */
    public FileStep(FileSpec file, byte[] content) {
        this.file = file;
        this.content = content.clone();
    }

    @Override
    public String name() {
        return "file " + file.path();
    }

    @Override
    public StepResult apply(RemoteHost host) {
        String mode = file.mode() == null ? "0644" : file.mode();
        String owner = file.owner() == null ? "root" : file.owner();
        return host.files().put(file.path(), content, mode, owner)
                ? StepResult.changed(name(), "written (" + content.length + " bytes, " + mode + ", " + owner + ")")
                : StepResult.ok(name(), "up to date");
    }
}
