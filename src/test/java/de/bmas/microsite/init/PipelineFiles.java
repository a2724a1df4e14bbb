package de.bmas.microsite.init;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/** A content folder as {@code init} writes it, and its two pipeline files read as YAML. */
record PipelineFiles(Path folder) {

    static final String GITHUB = ".github/workflows/website.yml";
    static final String GITLAB = ".gitlab-ci.yml";

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    static PipelineFiles init(Path folder) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        int status = new InitCommand(quiet, quiet).execute(new String[] {folder.toString()});
        if (status != 0) {
            throw new AssertionError("init failed with " + status);
        }
        return new PipelineFiles(folder);
    }

    JsonNode gitHub() {
        return YAML.readTree(folder.resolve(GITHUB).toFile());
    }

    JsonNode gitLab() {
        return YAML.readTree(folder.resolve(GITLAB).toFile());
    }
}
