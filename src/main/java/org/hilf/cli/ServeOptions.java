package org.hilf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hilf.read.Shown;
import org.hilf.serve.HilfServer;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options of the SPARQL server, shared by `hilf serve` and `hilf ingest --serve`. */
public final class ServeOptions {
    @Option(names = "--port", defaultValue = "3030", converter = Numbers.Port.class,
            description = "Port (default: ${DEFAULT-VALUE}; 0 for a free one).")
    int port;

    @Option(names = "--host", defaultValue = HilfServer.DEFAULT_HOST, converter = Host.class,
            description = "Interface to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all, "
                    + "which makes the endpoint reachable from the network).")
    String host;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", converter = Numbers.Seconds.class,
            description = "Longest a query may run, 1 to 86400 (default: ${DEFAULT-VALUE} s).")
    long timeoutSeconds;

    @Option(names = "--max-results", defaultValue = "100000", paramLabel = "N", converter = Numbers.PositiveLong.class,
            description = "Most rows (or triples) an answer may have; a larger answer is refused (default: ${DEFAULT-VALUE}).")
    long maxResults;

    @Option(names = "--auth", paramLabel = "USER:PASSWORDFILE", converter = Auth.class,
            description = "Ask every client for this user name and the password in PASSWORDFILE (its first line), "
                    + "by HTTP basic authentication. Send it over TLS only: put a proxy with HTTPS in front.")
    HilfServer.Credentials auth;

    HilfServer.Settings settings() {
        return new HilfServer.Settings(host, port, timeoutSeconds * 1000L, maxResults, auth);
    }

    /** Warns, on {@code err}, when the endpoint is reachable from other machines. */
    static void warnIfExposed(HilfServer.Settings s, PrintWriter err) {
        if (!s.loopback()) {
            err.println("warning: --host " + Shown.text(s.host()) + " makes the endpoint reachable from the network: anyone "
                    + "who can connect to this machine can read the whole store"
                    + (s.auth() == null ? ". Use --auth, and HTTPS through a proxy, to expose it." : "; --auth asks for a password, "
                    + "which basic authentication sends in clear text unless a proxy adds HTTPS."));
            err.flush();
        }
    }

    /** A host name or address this machine can bind to. */
    static final class Host implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                InetAddress.getByName(value);
                return value;
            } catch (UnknownHostException | SecurityException e) {
                throw new TypeConversionException("'" + Shown.text(value) + "' is not a host name or address of this machine");
            }
        }
    }

    /** USER:PASSWORDFILE, read at once so that a missing or empty file is a usage error. */
    static final class Auth implements ITypeConverter<HilfServer.Credentials> {
        @Override
        public HilfServer.Credentials convert(String value) {
            int colon = value.indexOf(':');
            if (colon <= 0 || colon == value.length() - 1) {
                throw new TypeConversionException("'" + Shown.text(value) + "' is not USER:PASSWORDFILE");
            }
            Path file = Path.of(value.substring(colon + 1));
            String password;
            try {
                password = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            } catch (IOException e) {
                throw new TypeConversionException("cannot read the password file " + Shown.path(file) + ": " + Shown.reason(e));
            }
            if (password.isEmpty()) {
                throw new TypeConversionException("the password file " + Shown.path(file) + " is empty");
            }
            return new HilfServer.Credentials(value.substring(0, colon), password);
        }
    }
}
