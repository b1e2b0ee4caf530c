package org.cptsite.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cptsite.model.Problem;
import org.cptsite.serve.Serve;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cptsite serve}: the site from memory, pages re-rendered as their inputs change; writes nothing. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the site from memory while you edit: pages follow the content and templates, "
                + "open tabs reload by themselves. Writes nothing.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    Inputs inputs;

    int port;

    /** A port out of range is a usage error, said as one (the server would throw it as a bug). */
    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "8000",
            description = "port, 1 to 65535, or 0 for any free one (default: ${DEFAULT-VALUE})")
    void port(int port) {
        if (port < 0 || port > 65_535) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--port " + port + " is not a port: give one from 1 to 65535, e.g. 8000 (or 0 for any free one)");
        }
        this.port = port;
    }

    @Option(
            names = "--host",
            paramLabel = "HOST",
            defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String host;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        var err = spec.commandLine().getErr();
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            err.println(Problem.error(
                            "",
                            0,
                            "--host " + host + " is not an address of this machine",
                            "use 127.0.0.1 (the default)")
                    .format());
            return ExitCode.PROBLEMS;
        }
        if (!address.isLoopbackAddress()) {
            err.println(Problem.warning(
                            "",
                            0,
                            "--host " + host + " lets other machines see the site and its drafts",
                            "leave --host out to serve this machine only (127.0.0.1)")
                    .format());
        }
        Serve serve;
        try {
            serve = Serve.start(inputs.options(null, Inputs.today()), host, port, err);
        } catch (IOException e) {
            err.println(Problem.error(
                            "",
                            0,
                            "cannot serve on " + host + ":" + port + ": " + e.getMessage(),
                            "choose another --port, or stop the program that uses it")
                    .format());
            return ExitCode.PROBLEMS;
        }
        String shown = host.contains(":") ? "[" + host + "]" : host;
        spec.commandLine()
                .getOut()
                .printf(Locale.ROOT, "serving http://%s:%d%s (Ctrl-C to stop)%n", shown, serve.port(), serve.home());
        spec.commandLine().getOut().flush();
        Thread.currentThread().join(); // until Ctrl-C
        return ExitCode.OK;
    }
}
