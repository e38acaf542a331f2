package org.clvplugin.standalone.security;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo's accounts, made afresh at every start of {@code clv demo} with random passwords that are printed: an
 * admin and two sales reps owning demo contacts (REP_ANNA, REP_BEN). They exist only in demo mode; {@code clv
 * serve} takes its accounts from a file. The demo's API token is kept across starts ({@link DemoToken}).
 */
public final class DemoAccounts {

    /** The accounts, and the lines that tell the person starting the demo how to sign in. */
    public record Made(Accounts accounts, List<String> howToSignIn) {
    }

    private DemoAccounts() {
    }

    public static Made make() {
        List<Accounts.User> users = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        String[][] people = {{"admin", "admin", null}, {"anna", "viewer", "REP_ANNA"}, {"ben", "viewer", "REP_BEN"}};
        for (String[] p : people) {
            String password = Sessions.randomId().substring(0, 16);
            users.add(new Accounts.User(p[0], p[1], p[2], PasswordHash.hash(password.toCharArray())));
            lines.add(String.format("  %-6s %-7s password %s%s", p[0], p[1], password,
                    p[2] == null ? "" : "  (sales rep " + p[2] + ")"));
        }
        return new Made(new Accounts(users, List.of()), lines);
    }
}
