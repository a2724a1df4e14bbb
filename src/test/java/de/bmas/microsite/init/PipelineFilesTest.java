package de.bmas.microsite.init;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline files {@code init} writes are what GitHub and GitLab read: YAML, and the workflow valid by the public
 * GitHub workflow schema (SchemaStore's, vendored in {@code src/test/resources/schemas}). That their commands work is
 * {@link PipelineRunTest}'s part.
 */
class PipelineFilesTest {

    private static PipelineFiles files;

    @BeforeAll
    static void init(@TempDir Path temp) {
        files = PipelineFiles.init(temp.resolve("veranstaltung"));
    }

    @Test
    void gitHubWorkflowFollowsTheWorkflowSchema() throws IOException {
        JsonNode workflow = files.gitHub();

        assertThat(workflow.get("on").propertyNames()).containsExactlyInAnyOrder("pull_request", "push");
        assertThat(workflow.get("jobs").propertyNames()).containsExactly("check", "publish");
        assertThat(violations(workflow)).isEmpty();
    }

    @Test
    void theSchemaFindsAMistakeInAWorkflow() throws IOException {
        ObjectNode workflow = (ObjectNode) files.gitHub();
        ((ObjectNode) workflow.get("jobs").get("check")).set("runs_on", workflow.get("jobs").get("check").get("runs-on"));
        ((ObjectNode) workflow.get("jobs").get("check")).remove("runs-on");

        assertThat(violations(workflow)).isNotEmpty();
    }

    @Test
    void gitLabPipelineIsYamlWithItsStagesAndJobs() {
        JsonNode pipeline = files.gitLab();

        assertThat(pipeline.get("stages").valueStream().map(JsonNode::asString)).containsExactly("check", "build",
                "publish");
        assertThat(pipeline.get("inhalt-pruefen").get("artifacts").get("reports").get("codequality").asString())
                .isEqualTo(".code-quality.json");
        assertThat(pipeline.get("inhalt-pruefen").get("artifacts").get("when").asString()).isEqualTo("always");
        assertThat(pipeline.get("vorschau").get("artifacts").get("expose_as").asString()).isEqualTo("Vorschau");
    }

    /**
     * Both GitLab publishing ways share one resource group, so one publishes at a time; GitLab takes only its name in
     * the file (the order, process_mode, is set by API, as the file's header says).
     */
    @Test
    void gitLabPublishesOneAtATimeAndSaysHowToPublishInOrder() throws IOException {
        JsonNode gitLab = files.gitLab();

        for (String job : new String[] {"veroeffentlichen-server", "veroeffentlichen-objektspeicher"}) {
            assertThat(gitLab.get(job).get("resource_group").isString()).as(job).isTrue();
            assertThat(gitLab.get(job).get("resource_group").asString()).as(job).isEqualTo("website");
        }
        assertThat(Files.readString(files.folder().resolve(PipelineFiles.GITLAB)))
                .contains("process_mode=oldest_first", "/resource_groups/website");
    }

    /** Pages are dated by their files' last commits: a shallow checkout would date every page by the newest. */
    @Test
    void everyCheckoutHasTheWholeHistory() {
        files.gitHub().get("jobs").forEach(job -> job.get("steps").valueStream()
                .filter(step -> step.path("uses").asString().startsWith("actions/checkout@"))
                .forEach(checkout -> assertThat(checkout.path("with").path("fetch-depth").asInt(1))
                        .as("fetch-depth of %s", checkout).isZero()));

        JsonNode gitLab = files.gitLab();
        assertThat(gitLab.get("variables").get("GIT_DEPTH").asString()).isEqualTo("0");
        assertThat(gitLab.valueStream().filter(job -> job.has("script")))
                .allSatisfy(job -> assertThat(job.path("variables").has("GIT_DEPTH")).isFalse());
        assertThat(gitLab.get("veroeffentlichen-server").get("before_script").get(0).asString().split(" "))
                .as("publish-server.sh needs git to date the files").contains("git");
        assertThat(gitLab.get(".engine").get("before_script").get(0).asString())
                .as("the engine dates the pages by their commits: its jobs need git, which eclipse-temurin lacks")
                .startsWith("command -v git").containsPattern("apt-get install [^)]* git\\)$");
    }

    private static Set<ValidationMessage> violations(JsonNode workflow) throws IOException {
        try (InputStream schema = PipelineFilesTest.class.getResourceAsStream("/schemas/github-workflow.schema.json")) {
            JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
            return validator.validate(workflow.toString(), InputFormat.JSON);
        }
    }
}
