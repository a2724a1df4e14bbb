package de.bmas.microsite;

import de.bmas.microsite.check.CheckCommand;
import de.bmas.microsite.content.source.ContentReport;
import de.bmas.microsite.export.StaticExporter;
import de.bmas.microsite.init.InitCommand;
import de.bmas.microsite.site.SiteBuilder;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.IntSupplier;

/**
 * Serves the site by default; {@code preview} serves the editors' preview (profile {@code preview}: drafts, problems
 * page, reload, on 127.0.0.1), which starts whatever the content; {@code check} validates the content folder
 * (options in {@link CheckCommand}), {@code export --out=DIR} writes the whole site as static files and
 * {@code init DIR} creates a new event's content folder ({@link InitCommand}). check and export run without a web
 * server and exit 1 on content errors; the server and the export take {@code --strict} to refuse content with
 * placeholders ({@code publish.PublishingGuard}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MicrositeApplication {

    /** The time pages are rendered for: after the event they no longer offer its calendar. Tests set their own. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        int status = run(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs one command and returns its exit status; a server that started keeps running. */
    public static int run(String... args) {
        String command = args.length > 0 && !args[0].startsWith("-") ? args[0] : "serve";
        String[] options = command.equals("serve") ? args : Arrays.copyOfRange(args, 1, args.length);
        return switch (command) {
            case "serve" -> serve(strictAsProperty(options));
            case "preview" -> Arrays.stream(options).filter(option -> !option.startsWith("-")).count() > 1
                    ? oneFolder("preview") : serve(folderAsContentDir(options), "preview");
            case "check" -> CheckCommand.run(folderAsContentDir(options), MicrositeApplication::report);
            case "export" -> writing(() -> export(withoutSearch(strictAsProperty(options))));
            case "init" -> writing(() -> InitCommand.run(options));
            default -> {
                System.err.println("Unbekannter Befehl „" + command + "“. Befehle: preview | init ORDNER | check "
                        + "[--strict] [--format=text|github|gitlab|json] | export --out=ORDNER [--strict] | ohne "
                        + "Befehl liefert microsite.jar die Website aus [--strict]");
                yield 2;
            }
        };
    }

    /** Runs a command that writes files: one it cannot write ends it with a German message, not a stack trace. */
    private static int writing(IntSupplier command) {
        try {
            return command.getAsInt();
        } catch (UncheckedIOException e) {
            System.err.println(WriteFailure.describe(e.getCause()));
            return 2;
        }
    }

    /**
     * {@code check kongress-2030} and {@code preview kongress-2030}, typed as {@code init kongress-2030} is: a
     * folder named without an option is the content folder.
     */
    private static String[] folderAsContentDir(String[] options) {
        return Arrays.stream(options)
                .map(option -> option.startsWith("-") ? option : "--microsite.content-dir=" + option)
                .toArray(String[]::new);
    }

    private static int oneFolder(String command) {
        System.err.println("Bitte nur einen Ordner angeben: java -jar microsite.jar " + command + " ORDNER");
        return 2;
    }

    /** {@code --strict} is the short form of {@code --microsite.strict=true} for the server and the export. */
    private static String[] strictAsProperty(String[] options) {
        return Arrays.stream(options)
                .map(option -> option.equals("--strict") ? "--microsite.strict=true" : option)
                .toArray(String[]::new);
    }

    /**
     * The export's pages have no search form: static files cannot answer a query. Their header links to the A–Z
     * index instead; a server started with {@code --microsite.search=false} sends the same bytes.
     */
    private static String[] withoutSearch(String[] options) {
        if (Arrays.stream(options).anyMatch(option -> option.startsWith("--microsite.search="))) {
            return options;
        }
        String[] withSetting = Arrays.copyOf(options, options.length + 1);
        withSetting[options.length] = "--microsite.search=false";
        return withSetting;
    }

    private static int serve(String[] args, String... profiles) {
        try {
            new SpringApplicationBuilder(MicrositeApplication.class).profiles(profiles).run(args);
            return 0;
        } catch (RuntimeException e) {
            // Spring Boot has reported the failure already (content errors through ContentFailureAnalyzer,
            // placeholders under --strict through PlaceholdersRefusedFailureAnalyzer)
            return 1;
        }
    }

    private static ContentReport report(String[] args) {
        try (ConfigurableApplicationContext context = command(args)) {
            return context.getBean(SiteBuilder.class).check();
        }
    }

    private static int export(String[] args) {
        try (ConfigurableApplicationContext context = command(args)) {
            String out = context.getEnvironment().getProperty("out");
            MicrositeProperties properties = context.getBean(MicrositeProperties.class);
            if (out == null || out.isBlank() || !properties.hasBaseUrl()) {
                System.err.println("export braucht --out=ORDNER und --microsite.base-url=https://… (mit der "
                        + "Adresse der Website beginnen die kanonischen Links, die Sitemap, der Feed und die Kalender)");
                return 2;
            }
            if (!Folders.isNewOrEmpty(Path.of(out))) {
                System.err.println("„" + out + "“ ist kein leerer Ordner. „export“ schreibt nur in einen neuen oder "
                        + "leeren Ordner, damit keine Seite stehen bleibt, die es nicht mehr gibt. Wählen Sie für "
                        + "jede Veröffentlichung einen neuen Ordner, oder leeren Sie diesen.");
                return 2;
            }
            return context.getBean(StaticExporter.class).export(Path.of(out)) ? 0 : 1;
        }
    }

    private static ConfigurableApplicationContext command(String[] args) {
        return new SpringApplicationBuilder(MicrositeApplication.class)
                .web(WebApplicationType.NONE)
                // quiet but for problems, and the export's one line of what it wrote
                .properties("spring.main.banner-mode=off", "logging.level.root=warn",
                        "logging.level.de.bmas.microsite.export=info")
                .run(args);
    }
}
