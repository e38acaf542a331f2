package org.clvplugin.rest;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;

import io.swagger.v3.oas.annotations.Operation;

import org.clvplugin.api.host.ApiUser;
import org.clvplugin.settings.AdminSettings;
import org.clvplugin.values.ContactList;

/**
 * {@code GET /contacts.csv}: the list the same parameters give on {@code GET /contacts}, every page of it, as CSV
 * (RFC 4180, UTF-8 with a byte-order mark so that spreadsheets read the names right), streamed a page at a time.
 */
@Tag(name = "contacts")
@Path("/contacts.csv")
@RolesAllowed(ApiUser.READ_CONTACTS)
public class ContactsExportResource {

    static final String MEDIA_TYPE = "text/csv; charset=utf-8";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ContactsExportResource.class);
    /** Rows a page of the export reads: fewer queries than the list's pages, each contact look-up one IN list. */
    private static final int PAGE = 1000;
    private static final String HEADER = "partyId,name,ownerPartyId,ownerName,tier,segment,clv,clvLow,clvHigh,"
            + "previousClv,boughtSoFar,probabilityAlive,churnRisk,firstOrderDate,lastOrderDate,currency";

    private final ContactList contacts;
    private final AdminSettings settings;

    @Inject
    public ContactsExportResource(ContactList contacts, AdminSettings settings) {
        this.contacts = contacts;
        this.settings = settings;
    }

    @Context
    SecurityContext security;

    @GET
    @Produces(MEDIA_TYPE)
    @Operation(operationId = "exportContacts", summary = "Export a list of contacts as CSV",
            description = "Every contact the same parameters list on GET /contacts, in the same order, one row each: "
                    + HEADER + ". Amounts in the run's currency; empty cells where a figure is not estimated.")
    @ApiResponse(responseCode = "200", description = "the list as CSV, UTF-8 with a byte-order mark",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(type = "string")))
    public Response export(@BeanParam @Valid ListParameters list) {
        ApiUser user = ApiSecurity.user(security).orElseThrow();
        ContactList.Query first = new ContactList.Query(list.criteria(user, settings.viewersSeeOwnContactsOnly()),
                list.order(), PAGE, null);
        // The first page is read before the answer starts, so that a failure is still an error status.
        ContactList.Page page = contacts.page(first);
        StreamingOutput body = out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write('\uFEFF');
            w.write(HEADER + "\r\n");
            long rows = 0;
            ContactList.Page p = page;
            while (true) {
                for (ContactList.Item item : p.items()) {
                    w.write(row(item, p.currency()));
                    rows++;
                }
                if (p.nextCursor() == null) {
                    break;
                }
                p = contacts.page(first.withCursor(p.nextCursor()));
            }
            w.flush();
            LOG.info("{} exported {} contacts as CSV", user.name(), rows);
        };
        String file = "contacts" + (page.runId() == null ? "" : "-run-" + page.runId()) + ".csv";
        return Response.ok(body, MEDIA_TYPE).header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }

    static String row(ContactList.Item i, String currency) {
        Double alive = i.probabilityAlive();
        return Stream.of(i.partyId(), i.name(), i.ownerPartyId(), i.ownerName(), i.tierKey(), i.segment(), i.clv(),
                i.clvLow(), i.clvHigh(), i.previousClv(), i.historicalValue(), share(alive),
                alive == null ? null : share(1 - alive),
                i.firstOrderDate(), i.lastOrderDate(), i.clv() == null ? null : currency)
                .map(ContactsExportResource::cell).collect(Collectors.joining(",", "", "\r\n"));
    }

    /** A probability to four places, as a number (a share has no more meaning past them). */
    private static BigDecimal share(Double p) {
        return p == null ? null : BigDecimal.valueOf(p).setScale(4, RoundingMode.HALF_EVEN);
    }

    /**
     * A cell: quoted when it holds a comma, quote or line break; text a spreadsheet would run as a formula (=, +, -,
     * @, tab, carriage return first) starts with an apostrophe, as OWASP advises against CSV injection.
     */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        // Numbers in plain decimals: a spreadsheet reads 12345678.9, not 1.23456789E7.
        String text = value instanceof Double d ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                : value instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
