package de.bmas.microsite.init;

import de.bmas.microsite.Folders;
import de.bmas.microsite.content.source.ContentLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code init DIR}: creates the content folder of a new event, ready to become a Git repository of its own. It
 * copies the templates under {@code init/} on the classpath (an example event, programme, session and topic, the
 * four legal pages as marked placeholders, {@code bilder/}, and the pipelines for GitHub Actions and GitLab CI with
 * the two publishing scripts they share) and writes the editors' guide, the packaged {@code redaktion.md}, as
 * {@code README.md}, where GitHub and GitLab show it on the repository's first page. Refuses a folder that exists
 * and is not empty, so that nothing is ever overwritten.
 */
public final class InitCommand {

    private static final String TEMPLATES = "init/";

    private final PrintStream out;
    private final PrintStream err;
    private final ResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    InitCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** @return 0 when the folder was created, 2 when the arguments or the folder do not allow it */
    public static int run(String[] args) {
        return new InitCommand(System.out, System.err).execute(args);
    }

    int execute(String[] args) {
        if (args.length != 1 || args[0].startsWith("-")) {
            err.println("Bitte genau einen Ordner angeben: java -jar microsite.jar init ORDNER");
            return 2;
        }
        Path dir = Path.of(args[0]);
        if (!Folders.isNewOrEmpty(dir)) {
            err.println("„" + dir + "“ gibt es schon und ist kein leerer Ordner. „init“ legt eine neue Veranstaltung "
                    + "nur in einem neuen oder leeren Ordner an, damit nichts überschrieben wird. Wählen Sie einen "
                    + "anderen Namen.");
            return 2;
        }
        List<String> created = copyTemplates(dir);
        copy(resources.getResource("classpath:" + ContentLoader.GUIDE_RESOURCE), dir.resolve(ContentLoader.GUIDE_FILE));
        created.add(ContentLoader.GUIDE_FILE);
        out.println("Neue Veranstaltung angelegt in „" + dir + "“:");
        created.stream().sorted().forEach(file -> out.println("  " + file));
        out.println("Ersetzen Sie die Beispiele und Platzhalter; was noch fehlt, zeigt: java -jar microsite.jar "
                + "check --strict " + dir);
        out.println("Die Anleitung steht in README.md, die Einrichtung der Veröffentlichung in "
                + ".github/workflows/website.yml und .gitlab-ci.yml.");
        return 0;
    }

    /** Copies every template file and returns their paths relative to {@code dir}. */
    private List<String> copyTemplates(Path dir) {
        try {
            String root = resources.getResource("classpath:" + TEMPLATES).getURI().toString();
            List<String> created = new ArrayList<>();
            for (Resource template : resources.getResources("classpath:" + TEMPLATES + "**")) {
                String relative = template.getURI().toString().substring(root.length());
                // folders are listed too; their names end with a slash
                if (!relative.isEmpty() && !relative.endsWith("/")) {
                    copy(template, dir.resolve(relative));
                    created.add(relative);
                }
            }
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Resource resource, Path target) {
        try (InputStream in = resource.getInputStream()) {
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
