package org.clvplugin.standalone.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clvplugin.standalone.security.StandaloneSecurity;
import org.clvplugin.ui.UiResources;

/**
 * The standalone host's sign-in page ({@code /clv/login}) and sign-out ({@code POST /clv/logout}). A successful
 * sign-in sets the session cookie (HttpOnly, SameSite=Strict, Secure over HTTPS) and the CSRF cookie (readable by
 * the page's scripts, which send it back in X-CSRF-Token), then goes to {@code /clv/}. The sign-in form carries a
 * token also set in a SameSite=Strict cookie, so a form posted from another site cannot sign a browser in (login
 * CSRF); signing out needs the session's CSRF token. The page has the app pages' Content-Security-Policy.
 */
public final class LoginServlet extends HttpServlet {

    /**
     * The largest sign-in form read: a user name, a password and a language fit many times over. Larger forms are
     * refused unread (the connector's maxPostSize caps those sent without a length).
     */
    public static final int MAX_FORM_BYTES = 16 * 1024;

    /** The cookie and form field of the sign-in form's token. */
    static final String SIGN_IN_COOKIE = "CLV_SIGN_IN";
    static final String SIGN_IN_FIELD = "signInToken";
    /** How long a sign-in page's form may be sent. */
    private static final Duration SIGN_IN_FORM_LIFETIME = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final transient StandaloneSecurity security;

    public LoginServlet(StandaloneSecurity security) {
        this.security = security;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().endsWith("/logout")) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        page(request, response, HttpServletResponse.SC_OK, null);
    }

    /** Why the page is shown again. */
    private enum Failure { REFUSED, TOO_LARGE, EXPIRED }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().endsWith("/logout")) {
            signOut(request, response);
            return;
        }
        if (request.getContentLengthLong() > MAX_FORM_BYTES) {
            page(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, Failure.TOO_LARGE);
            return;
        }
        // Login CSRF: the form must come from this site's sign-in page, which set the same token in a cookie
        // (SameSite=Strict: a form posted from another site arrives without it).
        if (!matches(cookie(request, SIGN_IN_COOKIE), request.getParameter(SIGN_IN_FIELD))) {
            page(request, response, HttpServletResponse.SC_FORBIDDEN, Failure.EXPIRED);
            return;
        }
        String password = request.getParameter("password");
        StandaloneSecurity.SignIn signIn = security.signIn(request.getParameter("username"),
                password == null ? new char[0] : password.toCharArray());
        if (!signIn.succeeded()) {
            page(request, response, HttpServletResponse.SC_UNAUTHORIZED, Failure.REFUSED);
            return;
        }
        setCookie(request, response, SIGN_IN_COOKIE, "", true, 0);
        setCookie(request, response, StandaloneSecurity.SESSION_COOKIE, signIn.sessionId(), true, -1);
        setCookie(request, response, StandaloneSecurity.CSRF_COOKIE, signIn.csrfToken(), false, -1);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/");
    }

    /** Signs out the session of a form that carries the session's CSRF token; any other is refused (403). */
    private void signOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!matches(cookie(request, StandaloneSecurity.CSRF_COOKIE), request.getParameter(StandaloneSecurity
                .CSRF_FIELD))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        cookie(request, StandaloneSecurity.SESSION_COOKIE).ifPresent(security::signOut);
        setCookie(request, response, StandaloneSecurity.SESSION_COOKIE, "", true, 0);
        setCookie(request, response, StandaloneSecurity.CSRF_COOKIE, "", false, 0);
        response.sendRedirect(request.getContextPath() + "/login");
    }

    private static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies).filter(c -> c.getName().equals(name))
                .map(Cookie::getValue).filter(v -> !v.isEmpty()).findFirst();
    }

    private static boolean matches(Optional<String> expected, String sent) {
        return expected.isPresent() && sent != null && MessageDigest.isEqual(expected.get().getBytes(
                StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    private static void setCookie(HttpServletRequest request, HttpServletResponse response, String name,
                                  String value, boolean httpOnly, int maxAge) {
        Cookie c = new Cookie(name, value);
        c.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        c.setHttpOnly(httpOnly);
        c.setSecure(request.isSecure());
        c.setMaxAge(maxAge);
        c.setAttribute("SameSite", "Strict");
        response.addCookie(c);
    }

    /** The sign-in page, with a fresh sign-in token in its form and in a cookie (nothing is kept on the server). */
    private static void page(HttpServletRequest request, HttpServletResponse response, int status, Failure failure)
            throws IOException {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        setCookie(request, response, SIGN_IN_COOKIE, token, true, (int) SIGN_IN_FORM_LIFETIME.toSeconds());
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", UiResources.CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Language", PageServlet.language(request));
        SignInTexts t = SignInTexts.of(PageServlet.language(request));
        PrintWriter out = response.getWriter();
        out.println("<!DOCTYPE html><html lang=\"" + PageServlet.language(request) + "\"><head>"
                + "<meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<link rel=\"icon\" href=\"data:,\"><link rel=\"stylesheet\" href=\"" + request.getContextPath()
                + "/ui/signin.css\"><title>" + escape(t.title()) + " · CLV</title></head><body>"
                + "<header><span class=\"brand\">CLV</span></header><main><div class=\"panel\">"
                + "<h1>" + escape(t.heading()) + "</h1><p class=\"lead\">" + escape(t.lead()) + "</p>");
        if (failure != null) {
            out.println("<p class=\"error\" role=\"alert\">" + escape(message(t, failure)) + "</p>");
        }
        // The language stays with the form: a refused sign-in answers in it too.
        out.println("<form method=\"post\" action=\"login?lang=" + PageServlet.language(request) + "\"><input type=\"hidden\" name=\"" + SIGN_IN_FIELD
                + "\" value=\"" + token + "\"><label for=\"username\">" + escape(t.user()) + "</label>"
                + "<input id=\"username\" name=\"username\" autocomplete=\"username\" required autofocus>"
                + "<label for=\"password\">" + escape(t.password()) + "</label>"
                + "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\""
                + " required>"
                + "<button type=\"submit\">" + escape(t.button()) + "</button></form></div></main></body></html>");
    }

    private static String message(SignInTexts t, Failure failure) {
        return switch (failure) {
            case REFUSED -> t.refused().replace("{minutes}", Long.toString(StandaloneSecurity.LOCK_MINUTES))
                    .replace("{attempts}", Integer.toString(StandaloneSecurity.MAX_FAILURES));
            case TOO_LARGE -> t.tooLarge();
            case EXPIRED -> t.expired();
        };
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
