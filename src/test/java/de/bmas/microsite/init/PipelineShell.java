package de.bmas.microsite.init;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.bmas.microsite.MicrositeApplication;
import de.bmas.microsite.testing.InProcess;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the pipelines' shell commands as a CI runner does: bash in the job's checkout, with the job's environment
 * and nothing else. Two programs are stand-ins, first on the PATH. {@code java [-XX:…] -jar FILE ARGS} (the file
 * must exist) runs ARGS through {@link MicrositeApplication#run} in this JVM, because a JVM per command would take
 * most of a minute on a busy two-core machine, with the folders it names or defaults to ({@code content}) taken
 * in the shell's working directory, as a JVM there would; a command named in {@code ENGINE_PROCESS} gets a JVM of
 * its own instead, with the {@code -XX} options, in the shell's working directory. {@code aws} writes its arguments to
 * {@code $HOME/aws-calls}, as there is no object store here; it fails when the local file it is to upload is
 * missing. Everything else is real: bash, sh, curl (fetching the "jar" from this JVM, checked against its SHA-256 by
 * sha256sum), rsync, ln and mv.
 */
final class PipelineShell implements AutoCloseable {

    /** Exit status and what the commands printed. */
    record Result(int status, String stdout, String stderr) {

        String output() {
            return stdout + stderr;
        }
    }

    private static final byte[] JAR = "a stand-in for microsite.jar".getBytes(StandardCharsets.UTF_8);
    private static final String CONTENT_DIR = "--microsite.content-dir=";
    private static final List<String> FOLDER_OPTIONS = List.of(CONTENT_DIR, "--out=");

    private static final String JAVA = """
            #!/bin/bash
            # java [-XX:…] -jar FILE ARGS: ARGS run in the test's JVM, or with the -XX options in a JVM of their
            # own for commands in ENGINE_PROCESS
            options=()
            while [[ "$1" == -XX:* ]]; do options+=("$1"); shift; done
            if [ "$1" != "-jar" ] || [ ! -f "$2" ]; then
              echo "java stand-in: expected -jar FILE, got: $*" >&2; exit 99
            fi
            shift 2
            case " $ENGINE_PROCESS " in
              *" $1 "*) exec "$ENGINE_JAVA" "${options[@]}" -cp "$ENGINE_CLASSPATH" \\
                  de.bmas.microsite.MicrositeApplication "$@" ;;
            esac
            out=$(mktemp) err=$(mktemp)
            status=$(printf '%s\\0' "$out" "$err" "$PWD" "$@" |
              curl -sS --fail --data-binary @- "$ENGINE_URL/run") || exit 98
            cat "$out"; cat "$err" >&2; rm -f "$out" "$err"
            exit "$status"
            """;
    private static final String AWS = """
            #!/bin/bash
            # the AWS CLI's stand-in for "aws s3 sync|cp SOURCE TARGET …": one line per call in $HOME/aws-calls
            if [ ! -e "$3" ]; then echo "aws stand-in: there is no $3" >&2; exit 1; fi
            printf '%s\\n' "$*" >> "$HOME/aws-calls"
            """;

    private final HttpServer server;
    private final Path bin;
    private final String separateJvm;

    private PipelineShell(HttpServer server, Path bin, String separateJvm) {
        this.server = server;
        this.bin = bin;
        this.separateJvm = separateJvm;
    }

    static PipelineShell start(Path work) throws IOException {
        Path bin = Files.createDirectories(work.resolve("bin"));
        writeExecutable(bin.resolve("java"), JAVA);
        writeExecutable(bin.resolve("aws"), AWS);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/microsite.jar", exchange -> respond(exchange, JAR));
        server.createContext("/run", PipelineShell::runEngine);
        server.start();
        return new PipelineShell(server, bin, "");
    }

    /** This shell, but the engine {@code command} runs in a JVM of its own, in the step's working directory. */
    PipelineShell separateJvmFor(String command) {
        return new PipelineShell(server, bin, command);
    }

    String jarUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/microsite.jar";
    }

    String jarSha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(JAR));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code script} as {@code bash -eo pipefail}, as GitHub's runner and (for these lines) GitLab's do. */
    Result run(String script, Path workingDir, Map<String, String> env) {
        try {
            Path stdout = Files.createTempFile("pipeline", ".out");
            Path stderr = Files.createTempFile("pipeline", ".err");
            ProcessBuilder builder = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script)
                    .directory(workingDir.toFile()).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            Map<String, String> environment = builder.environment();
            environment.clear();
            environment.put("PATH", bin + ":" + System.getenv("PATH"));
            environment.put("LANG", "C.UTF-8");
            environment.put("ENGINE_URL", "http://127.0.0.1:" + server.getAddress().getPort());
            environment.put("ENGINE_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
            environment.put("ENGINE_CLASSPATH", System.getProperty("java.class.path"));
            environment.put("ENGINE_PROCESS", separateJvm);
            environment.putAll(env);
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("did not end within 5 minutes: " + script);
            }
            Result result = new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
            Files.delete(stdout);
            Files.delete(stderr);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * One engine command: the stand-in sends the files for stdout and stderr, the shell's working directory, then
     * the arguments.
     */
    private static void runEngine(HttpExchange exchange) throws IOException {
        String[] fields = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("\0", -1);
        InProcess.Result result = InProcess.run(
                inWorkingDirectory(Path.of(fields[2]), Arrays.copyOfRange(fields, 3, fields.length - 1)));
        Files.writeString(Path.of(fields[0]), result.stdout());
        Files.writeString(Path.of(fields[1]), result.stderr());
        respond(exchange, String.valueOf(result.status()).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The arguments as a JVM started in {@code dir} reads them: this JVM's own working directory is the project,
     * whose {@code content} folder a step without {@code --microsite.content-dir} would otherwise check and export.
     */
    private static String[] inWorkingDirectory(Path dir, String... args) {
        List<String> resolved = new ArrayList<>();
        for (String arg : args) {
            resolved.add(FOLDER_OPTIONS.stream().filter(arg::startsWith).findFirst()
                    .map(option -> option + dir.resolve(arg.substring(option.length())))
                    .orElse(arg));
        }
        if (resolved.stream().noneMatch(arg -> arg.startsWith(CONTENT_DIR))) {
            resolved.add(CONTENT_DIR + dir.resolve("content"));
        }
        return resolved.toArray(String[]::new);
    }

    private static void respond(HttpExchange exchange, byte[] body) throws IOException {
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void writeExecutable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
