package org.clvplugin.standalone.security;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The standalone host's sign-in page ({@code /clv/login}) and sign-out ({@code POST /clv/logout}). A successful
 * sign-in sets the session cookie (HttpOnly, SameSite=Strict, Secure over HTTPS) and the CSRF cookie (readable by
 * the page's scripts, which send it back in X-CSRF-Token), then goes to {@code /clv/}.
 */
public final class LoginServlet extends HttpServlet {

    /**
     * The largest sign-in form read: a user name, a password and a language fit many times over. Larger forms are
     * refused unread (the connector's maxPostSize caps those sent without a length).
     */
    public static final int MAX_FORM_BYTES = 16 * 1024;

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
        page(response, HttpServletResponse.SC_OK, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().endsWith("/logout")) {
            Cookie[] cookies = request.getCookies();
            if (cookies != null) {
                for (Cookie c : cookies) {
                    if (c.getName().equals(StandaloneSecurity.SESSION_COOKIE)) {
                        security.signOut(c.getValue());
                    }
                }
            }
            setCookie(request, response, StandaloneSecurity.SESSION_COOKIE, "", true, 0);
            setCookie(request, response, StandaloneSecurity.CSRF_COOKIE, "", false, 0);
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        if (request.getContentLengthLong() > MAX_FORM_BYTES) {
            page(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "the sign-in form is larger than "
                    + MAX_FORM_BYTES / 1024 + " KB");
            return;
        }
        String password = request.getParameter("password");
        StandaloneSecurity.SignIn signIn = security.signIn(request.getParameter("username"),
                password == null ? new char[0] : password.toCharArray());
        if (!signIn.succeeded()) {
            page(response, HttpServletResponse.SC_UNAUTHORIZED, signIn.failure());
            return;
        }
        setCookie(request, response, StandaloneSecurity.SESSION_COOKIE, signIn.sessionId(), true, -1);
        setCookie(request, response, StandaloneSecurity.CSRF_COOKIE, signIn.csrfToken(), false, -1);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/");
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

    private static void page(HttpServletResponse response, int status, String failure) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'unsafe-inline'");
        response.setHeader("X-Frame-Options", "DENY");
        PrintWriter out = response.getWriter();
        out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<link rel=\"icon\" href=\"data:,\">"
                + "<title>Sign in - CLV</title><style>body{font-family:system-ui,sans-serif;max-width:22rem;"
                + "margin:4rem auto;padding:0 1rem}label{display:block;margin-top:1rem}input{width:100%;"
                + "padding:.5rem;font-size:1rem}button{margin-top:1.5rem;padding:.6rem 1.2rem;font-size:1rem}"
                + ".error{color:#9b1c1c}</style></head><body><main><h1>Customer lifetime value</h1>");
        if (failure != null) {
            out.println("<p class=\"error\" role=\"alert\">" + escape(failure) + "</p>");
        }
        out.println("<form method=\"post\" action=\"login\"><label for=\"username\">User name</label>"
                + "<input id=\"username\" name=\"username\" autocomplete=\"username\" required autofocus>"
                + "<label for=\"password\">Password</label><input id=\"password\" name=\"password\" "
                + "type=\"password\" autocomplete=\"current-password\" required>"
                + "<button type=\"submit\">Sign in</button></form></main></body></html>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
