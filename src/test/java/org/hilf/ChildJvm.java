package org.hilf;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a class of this project in a JVM of its own, as a user (or a crash) would meet it: with
 * the test class path, optionally without root's power to read what it may not
 * ({@code setpriv} drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH, so a folder of mode 000 is
 * unreadable even to root, as CI runs).
 */
public final class ChildJvm {
    private static final List<String> NO_DAC = List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search");

    private ChildJvm() { }

    /** The result of a child that ran to its end. */
    public record Run(int code, String out, String err) { }

    public static boolean isRoot() {
        try {
            Process p = new ProcessBuilder("id", "-u").start();
            String uid = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 && uid.equals("0");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Why permissions cannot be tested here, or null when they can (as a non-root user, or as root through setpriv). */
    public static String whyPermissionsCannotBeTested() {
        if (!isRoot()) {
            return null;
        }
        try {
            List<String> cmd = new ArrayList<>(NO_DAC);
            cmd.add("true");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0 ? null
                    : "running as root, and setpriv cannot drop the capability to read anything";
        } catch (IOException e) {
            return "running as root, and setpriv is not installed (package util-linux)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The command that runs {@code main} with {@code args}; {@code obeyPermissions}: as root, through setpriv. */
    public static List<String> command(boolean obeyPermissions, List<String> jvmOptions, String main, String... args) {
        List<String> cmd = new ArrayList<>();
        if (obeyPermissions && isRoot()) {
            cmd.addAll(NO_DAC);
        }
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx1g");
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path") + File.pathSeparator + "target/classes" + File.pathSeparator + "target/test-classes");
        cmd.add(main);
        cmd.addAll(List.of(args));
        return cmd;
    }

    public static ProcessBuilder builder(List<String> command, Map<String, String> env) {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        return pb;
    }

    /** Runs to the end (at most {@code seconds}) and returns the exit code and both streams. */
    public static Run run(List<String> command, Map<String, String> env, int seconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("hilf-child", ".out");
        Path err = Files.createTempFile("hilf-child", ".err");
        try {
            Process p = builder(command, env).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("the child did not end within " + seconds + " s: " + command);
            }
            return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
