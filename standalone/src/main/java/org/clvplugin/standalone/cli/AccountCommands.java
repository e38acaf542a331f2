package org.clvplugin.standalone.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

import org.clvplugin.standalone.security.Accounts;
import org.clvplugin.standalone.security.PasswordHash;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Helpers for the users file of {@code clv serve}. */
public final class AccountCommands {

    private AccountCommands() {
    }

    @Command(name = "hash-password", mixinStandardHelpOptions = true,
            description = "Reads a password (from the terminal without echo, or one line of standard input) and "
                    + "prints its salted hash for the users file.")
    public static final class HashPassword implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Console console = System.console();
            char[] password = console != null ? console.readPassword("password: ")
                    : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine()
                    .toCharArray();
            if (password == null || password.length < 12) {
                spec.commandLine().getErr().println("hash-password: a password needs at least 12 characters");
                return 2;
            }
            spec.commandLine().getOut().println(PasswordHash.hash(password));
            return 0;
        }
    }

    @Command(name = "new-token", mixinStandardHelpOptions = true,
            description = "Makes an API token for another system: prints the token (give it to that system) and "
                    + "the entry for the users file, which holds only its SHA-256.")
    public static final class NewToken implements Callable<Integer> {
        @Option(names = "--name", required = true, description = "Who uses it, for the audit trail.")
        String name;

        @Option(names = "--scope", required = true, split = ",",
                description = "contacts:read and/or admin:read (comma-separated).")
        List<String> scopes;

        @Option(names = "--owner", paramLabel = "PARTY_ID", description = "The party whose contacts the token reads "
                + "when viewers see only their own contacts (setting security.viewersOwnContactsOnly); without it, "
                + "the token reads no contact under that setting.")
        String owner;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (!Accounts.SCOPES.keySet().containsAll(scopes)) {
                spec.commandLine().getErr().println("new-token: --scope takes " + Accounts.SCOPES.keySet());
                return 2;
            }
            byte[] bytes = new byte[32];
            new java.security.SecureRandom().nextBytes(bytes);
            String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            PrintWriter out = spec.commandLine().getOut();
            out.println("token (shown once): " + token);
            out.println("users file entry, under \"tokens\":");
            out.println(new ObjectMapper().writeValueAsString(new Accounts.Token(name, Accounts.sha256(token),
                    scopes, owner)));
            return 0;
        }
    }
}
