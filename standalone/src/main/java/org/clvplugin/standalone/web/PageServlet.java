package org.clvplugin.standalone.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clvplugin.api.host.ApiUser;
import org.clvplugin.api.host.HostSecurity;

/**
 * The standalone host's pages: {@code /clv/} (contact search and list), {@code /clv/contacts/ID} (a contact laid
 * out like OFBiz's party profile, the card in its side column) and {@code /clv/admin} (the console, for users with
 * the admin read permission). Signed-out visitors go to the sign-in page. The pages are fixed shells around the UI
 * components: nothing from the request is written into them but the language, chosen from a fixed list.
 */
final class PageServlet extends HttpServlet {

    private static final List<String> LANGUAGES = List.of("en", "nb", "da", "de", "uk");
    /** Scripts and styles only from the webapp; the components style themselves with constructed stylesheets. */
    static final String CONTENT_SECURITY_POLICY = org.clvplugin.ui.UiResources.CONTENT_SECURITY_POLICY;

    /**
     * A page: its main part (a file beside page.html), title (in English, and its message key, with which the page's
     * script puts it in the page's language), highlighted link and any extra module.
     */
    private enum Page {
        LIST("list.html", "Contacts", "page.contacts", "contacts", null),
        CONTACT("contact.html", "Contact", "page.contact", "contacts", null),
        ADMIN("admin.html", "Admin", "page.admin", "admin", "clv-admin.js"),
        FORBIDDEN("forbidden.html", "Not allowed", "page.notAllowed", "", null);

        private final String file;
        private final String title;
        private final String titleKey;
        private final String current;
        private final String module;

        Page(String file, String title, String titleKey, String current, String module) {
            this.file = file;
            this.title = title;
            this.titleKey = titleKey;
            this.current = current;
            this.module = module;
        }
    }

    private final transient HostSecurity security;
    private final transient Map<Page, String> templates = new java.util.EnumMap<>(Page.class);

    PageServlet(HostSecurity security) {
        this.security = security;
        String shell = read("page.html");
        for (Page p : Page.values()) {
            templates.put(p, shell.replace("{{title}}", p.title).replace("{{titleKey}}", p.titleKey)
                    .replace("{{current}}", p.current)
                    .replace("{{scripts}}", p.module == null ? ""
                            : "<script type=\"module\" src=\"{{base}}/ui/" + p.module + "\"></script>")
                    .replace("{{main}}", read(p.file)));
        }
    }

    private static String read(String file) {
        try (InputStream in = PageServlet.class.getResourceAsStream("pages/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the page " + file + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the page " + file, e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
        Page page;
        if (path.isEmpty() || path.equals("/")) {
            page = Page.LIST;
        } else if (path.equals("/admin")) {
            page = Page.ADMIN;
        } else if (path.startsWith("/contacts/") && path.length() > "/contacts/".length()) {
            page = Page.CONTACT;
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<ApiUser> user = user(request);
        if (user.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/login");
            return;
        }
        int status = HttpServletResponse.SC_OK;
        if (page == Page.ADMIN && !user.get().may(ApiUser.READ_ADMIN)) {
            page = Page.FORBIDDEN;
            status = HttpServletResponse.SC_FORBIDDEN;
        }
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.getWriter().write(templates.get(page).replace("{{lang}}", language(request))
                .replace("{{base}}", request.getContextPath()));
    }

    private Optional<ApiUser> user(HttpServletRequest request) {
        try {
            return security.authenticate(new HostSecurity.Request() {
                @Override
                public String method() {
                    return request.getMethod();
                }

                @Override
                public Optional<String> header(String name) {
                    return Optional.ofNullable(request.getHeader(name));
                }

                @Override
                public Optional<String> cookie(String name) {
                    Cookie[] cookies = request.getCookies();
                    return cookies == null ? Optional.empty() : java.util.Arrays.stream(cookies)
                            .filter(c -> c.getName().equals(name)).map(Cookie::getValue).findFirst();
                }
            });
        } catch (HostSecurity.Refused e) {
            return Optional.empty();
        }
    }

    /** ?lang= when it is one of ours, else the first of the browser's languages we have ("no" and "nn": Bokmål). */
    static String language(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        if (asked != null && LANGUAGES.contains(asked)) {
            return asked;
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            String l = locale.getLanguage();
            String mapped = l.equals("no") || l.equals("nn") ? "nb" : l;
            if (LANGUAGES.contains(mapped)) {
                return mapped;
            }
        }
        return "en";
    }
}
