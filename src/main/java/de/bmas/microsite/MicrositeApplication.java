package de.bmas.microsite;

import de.bmas.microsite.check.CheckCommand;
import de.bmas.microsite.content.source.ContentReport;
import de.bmas.microsite.export.StaticExporter;
import de.bmas.microsite.site.SiteBuilder;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

/**
 * Serves the site by default; {@code check} validates the content folder (options in {@link CheckCommand}) and
 * {@code export --out=DIR} writes the whole site as static files. Both commands run without a web server and exit 1
 * on content errors.
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
        String command = args.length > 0 && !args[0].startsWith("-") ? args[0] : "serve";
        String[] options = command.equals("serve") ? args : Arrays.copyOfRange(args, 1, args.length);
        int status = switch (command) {
            case "serve" -> serve(options);
            case "check" -> CheckCommand.run(options, MicrositeApplication::report);
            case "export" -> export(options);
            default -> {
                System.err.println("Unknown command '" + command + "'. Use: check [--strict] "
                        + "[--format=text|github|gitlab|json] | export --out=DIR | (none) to serve");
                yield 2;
            }
        };
        if (status != 0) {
            System.exit(status);
        }
    }

    private static int serve(String[] args) {
        try {
            new SpringApplicationBuilder(MicrositeApplication.class).run(args);
            return 0;
        } catch (RuntimeException e) {
            // Spring Boot has reported the failure already (content errors through ContentFailureAnalyzer)
            return 1;
        }
    }

    private static ContentReport report(String[] args) {
        try (ConfigurableApplicationContext context = command(args)) {
            return context.getBean(SiteBuilder.class).build().report();
        }
    }

    private static int export(String[] args) {
        try (ConfigurableApplicationContext context = command(args)) {
            String out = context.getEnvironment().getProperty("out");
            MicrositeProperties properties = context.getBean(MicrositeProperties.class);
            if (out == null || !properties.hasBaseUrl()) {
                System.err.println("export needs --out=DIR and --microsite.base-url=https://… "
                        + "(the base URL goes into canonical links, sitemap, feed and calendar)");
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
