package org.clvplugin.standalone.security;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.clvplugin.api.host.ApiUser;
import org.clvplugin.api.host.HostSecurity;

/**
 * The standalone host's security: users sign in with a password (a session cookie, HttpOnly and SameSite=Strict,
 * with a CSRF token every state-changing request must echo in {@code X-CSRF-Token}); other systems send an
 * automation token ({@code Authorization: Bearer ...}), read-only and scoped.
 */
public final class StandaloneSecurity implements HostSecurity {

    public static final String SESSION_COOKIE = "CLV_SESSION";
    public static final String CSRF_COOKIE = "CLV_CSRF";
    /** The form field that carries the CSRF token where a header cannot (signing out). */
    public static final String CSRF_FIELD = "csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Accounts accounts;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    /**
     * Checked instead of a password hash when there is none to check, so every refusal costs the same time; made at
     * the first such sign-in, not at start (hashing takes as long as a sign-in).
     */
    private volatile String decoyHash;
    /** Passwords checked against an account's hash: what the throttle limits. */
    private final java.util.concurrent.atomic.AtomicLong accountChecks = new java.util.concurrent.atomic.AtomicLong();

    /** How long an account stays locked after too many failed sign-ins, and after how many (what a page says). */
    public static final long LOCK_MINUTES = LoginThrottle.LOCK.toMinutes();
    public static final int MAX_FAILURES = LoginThrottle.MAX_FAILURES;

    /** The longest user name looked up; a longer one is refused without a look-up and without being kept. */
    public static final int MAX_NAME_LENGTH = 256;

    public StandaloneSecurity(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.sessions = new Sessions(clock);
        this.throttle = new LoginThrottle(clock);
    }

    @Override
    public Optional<ApiUser> authenticate(Request request) {
        Optional<String> authorization = request.header("Authorization");
        if (authorization.isPresent()) {
            String value = authorization.get();
            if (!value.startsWith("Bearer ")) {
                throw new Refused(401, "only Bearer tokens are accepted in the Authorization header");
            }
            ApiUser robot = accounts.token(value.substring(7).trim())
                    .orElseThrow(() -> new Refused(401, "the API token is not valid"));
            if (!SAFE_METHODS.contains(request.method())) {
                throw new Refused(403, "API tokens are read-only");
            }
            return Optional.of(robot);
        }
        Optional<Sessions.Session> session = request.cookie(SESSION_COOKIE).flatMap(sessions::find);
        if (session.isPresent() && !SAFE_METHODS.contains(request.method())
                && !request.header(CSRF_HEADER).map(session.get().csrfToken()::equals).orElse(false)) {
            throw new Refused(403, "the request lacks the CSRF token of the session (header " + CSRF_HEADER + ")");
        }
        return session.map(Sessions.Session::user);
    }

    /** What a sign-in gave. */
    public record SignIn(String sessionId, String csrfToken, String failure) {
        public boolean succeeded() {
            return failure == null;
        }
    }

    /**
     * Checks a password; the same answer, in the same time, for an unknown user, a wrong password and a locked
     * account. The attempt is counted before the password is checked.
     */
    public SignIn signIn(String name, char[] password) {
        try {
            if (name == null || name.length() > MAX_NAME_LENGTH) {
                return refused();
            }
            Optional<Accounts.User> user = accounts.user(name);
            if (user.isEmpty() || !throttle.tryAttempt(name)) {
                PasswordHash.verify(password, decoyHash());
                return refused();
            }
            accountChecks.incrementAndGet();
            if (!PasswordHash.verify(password, user.get().password())) {
                return refused();
            }
            throttle.succeeded(name);
            Sessions.Session s = sessions.open(Accounts.apiUser(user.get()));
            return new SignIn(s.id(), s.csrfToken(), null);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private String decoyHash() {
        String decoy = decoyHash;
        if (decoy == null) {
            decoy = accounts.decoyHash(); // two threads may both make one: any of them does
            decoyHash = decoy;
        }
        return decoy;
    }

    /** How many passwords were checked against an account's hash since start. */
    long accountChecks() {
        return accountChecks.get();
    }

    /** How many accounts the sign-in throttle keeps attempts of. */
    int throttled() {
        return throttle.tracked();
    }

    private static SignIn refused() {
        return new SignIn(null, null, "wrong user name or password, or the account is locked for "
                + LoginThrottle.LOCK.toMinutes() + " minutes after " + LoginThrottle.MAX_FAILURES
                + " failed attempts");
    }

    public void signOut(String sessionId) {
        sessions.close(sessionId);
    }
}
