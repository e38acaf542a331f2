package org.clvplugin.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.clvplugin.store.PublishedValues;
import org.clvplugin.values.ContactList;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.fasterxml.jackson.databind.JsonNode;

class ContactsResourceTest extends ApiTest {

    private static final ContactList.Page PAGE = new ContactList.Page(7L, "USD", 1L, List.of(new ContactList.Item(
            "CD0001", "Ann Adams", "REP_ANNA", "Anna Andersen", 320.0, 200.0, 450.0, 300.0, 120.0, 0.7, "SILVER",
            "Champions", java.time.LocalDate.of(1997, 1, 2), java.time.LocalDate.of(1998, 6, 2))), "next-please",
            java.time.LocalDate.of(1998, 6, 30));

    @Test
    void listsWithFiltersSortAndCursor() throws Exception {
        ArgumentCaptor<ContactList.Query> query = ArgumentCaptor.forClass(ContactList.Query.class);
        when(contacts.page(query.capture())).thenReturn(PAGE);
        JsonNode page = json(target("/contacts").queryParam("tier", "SILVER").queryParam("segment", "Champions")
                .queryParam("minClv", 100).queryParam("sort", "clv").queryParam("limit", 10)
                .queryParam("cursor", "abc").request().get(String.class));
        assertEquals("Ann Adams", page.get("items").get(0).get("name").asText());
        assertEquals("Anna Andersen", page.get("items").get(0).get("ownerName").asText());
        assertEquals("next-please", page.get("nextCursor").asText());
        assertEquals(new ContactList.Query(criteria(null, "SILVER", "Champions", 100.0, null, null),
                PublishedValues.Order.VALUE_ASCENDING, 10, "abc"), query.getValue());
        assertEquals(1, page.get("total").asLong());
        target("/contacts").request().get(String.class);
        assertEquals(new ContactList.Query(ContactList.Criteria.ALL, PublishedValues.Order.VALUE, 50, null),
                query.getValue(), "highest value first, 50 a page");
        target("/contacts").queryParam("sort", "-valueAtRisk").queryParam("newWithinDays", 30).request()
                .get(String.class);
        assertEquals(new ContactList.Query(criteria(null, null, null, null, null, 30),
                PublishedValues.Order.VALUE_AT_RISK, 50, null), query.getValue(),
                "the value at risk of contacts new in the last 30 days");
        target("/contacts").queryParam("maxClv", 900).queryParam("minChurnRisk", 0.5).queryParam("maxChurnRisk", 0.9)
                .queryParam("sort", "-churnRisk").request().get(String.class);
        assertEquals(new ContactList.Query(new ContactList.Criteria(null, null, null, null, 900.0, 0.5, 0.9, null,
                null), PublishedValues.Order.CHURN_RISK, 50, null), query.getValue(),
                "a value ceiling and a churn-risk band");
    }

    private static ContactList.Criteria criteria(String text, String tier, String segment, Double minClv,
                                                 String owner, Integer newWithin) {
        return new ContactList.Criteria(text, tier, segment, minClv, null, null, null, owner, newWithin);
    }

    @Test
    void aSearchCombinesWithEveryFilterAndTheCursorAndValidatesTheText() throws Exception {
        ArgumentCaptor<ContactList.Query> query = ArgumentCaptor.forClass(ContactList.Query.class);
        when(contacts.page(query.capture())).thenReturn(PAGE);
        JsonNode found = json(target("/contacts").queryParam("q", " ada ").queryParam("tier", "GOLD")
                .queryParam("segment", "Champions").queryParam("minClv", 5).queryParam("owner", "REP_BEN")
                .queryParam("cursor", "abc").request().get(String.class));
        assertEquals("CD0001", found.get("items").get(0).get("partyId").asText());
        assertEquals(new ContactList.Query(criteria("ada", "GOLD", "Champions", 5.0, "REP_BEN", null),
                PublishedValues.Order.VALUE, 50, "abc"),
                query.getValue(), "the text stripped, every filter passed on");
        for (String q : new String[] {"", "   ", "x".repeat(101), "a\u0000b"}) {
            assertEquals(400, target("/contacts").queryParam("q", q).request().get().getStatus(), q);
        }
        when(settings.viewersSeeOwnContactsOnly()).thenReturn(true);
        json(target("/contacts").queryParam("q", "ada").request().header("Authorization", "Bearer viewer")
                .get(String.class));
        assertEquals("REP_ANNA", query.getValue().criteria().owner(), "a rep limited to own contacts searches only those");
    }

    @Test
    void badListRequestsAre400() throws Exception {
        for (String[] p : new String[][] {{"tier", "gold; drop table"}, {"segment", "Whales"}, {"minClv", "-1"},
                {"minClv", "lots"}, {"maxClv", "-5"}, {"minChurnRisk", "1.5"},
                {"maxChurnRisk", "-0.1"}, {"minChurnRisk", "NaN"}, {"sort", "name"}, {"sort", "-CLV"}, {"limit", "0"}, {"limit", "500"},
                {"newWithinDays", "0"}, {"newWithinDays", "400"},
                {"cursor", "x".repeat(300)}}) {
            assertEquals(400, target("/contacts").queryParam(p[0], p[1]).request().get().getStatus(),
                    p[0] + "=" + p[1]);
        }
        for (String[] bad : new String[][] {{"minClv", "500", "maxClv", "100"},
                {"minChurnRisk", "0.8", "maxChurnRisk", "0.2"}}) {
            JsonNode problem = json(target("/contacts").queryParam(bad[0], bad[1]).queryParam(bad[2], bad[3])
                    .request().get().readEntity(String.class));
            assertEquals(bad[2], problem.get("errors").get(0).get("field").asText(), "the upper bound named");
            assertEquals("notBelow", problem.get("errors").get(0).get("code").asText(), "with a code to translate");
            assertEquals(bad[0], problem.get("errors").get(0).get("params").get("other").asText());
        }
        JsonNode tooMany = json(target("/contacts").queryParam("limit", 500).request().get().readEntity(String.class));
        assertEquals("limit", tooMany.get("errors").get(0).get("field").asText());
        assertEquals("atMost", tooMany.get("errors").get(0).get("code").asText(), "Bean Validation's too: " + tooMany);
        assertEquals(200, tooMany.get("errors").get(0).get("params").get("max").asInt());
        JsonNode risk = json(target("/contacts").queryParam("minChurnRisk", 1.5).queryParam("sort", "name").request()
                .get().readEntity(String.class));
        assertEquals(List.of("minChurnRisk", "sort"), risk.findValuesAsText("field"),
                "the bean's parameters by their names, never arg0: " + risk);
        assertEquals(400, target("/contacts.csv").queryParam("maxChurnRisk", 2).request().get().getStatus(),
                "the export checks its parameters as the list does");
        verify(contacts, never()).page(any());
        when(contacts.page(any())).thenThrow(new ContactList.InvalidCursorException("the cursor is not one this "
                + "server gave out"));
        assertEquals(400, target("/contacts").queryParam("cursor", "forged").request().get().getStatus());
    }

    @Test
    void aRepLimitedToOwnContactsListsOnlyThem() {
        ArgumentCaptor<ContactList.Query> query = ArgumentCaptor.forClass(ContactList.Query.class);
        when(contacts.page(query.capture())).thenReturn(PAGE);
        when(settings.viewersSeeOwnContactsOnly()).thenReturn(true);
        assertEquals(200, target("/contacts").request().header("Authorization", "Bearer viewer").get().getStatus());
        assertEquals("REP_ANNA", query.getValue().criteria().owner());
        assertEquals(403, target("/contacts").queryParam("owner", "REP_BEN").request()
                .header("Authorization", "Bearer viewer").get().getStatus());
        assertEquals(200, target("/contacts").queryParam("owner", "REP_BEN").request().get().getStatus(),
                "admins list anyone's");
        assertEquals("REP_BEN", query.getValue().criteria().owner());
    }

    @Test
    void theExportWritesEveryPageOfTheSameListAsCsv() {
        ContactList.Item plain = new ContactList.Item("CD0002", "=HYPERLINK(\"x\")", null, null, 12345678.9, null,
                null, null, 0.0, null, null, null, null, null);
        ContactList.Item quoted = new ContactList.Item("CD0003", "Lee, \"Kim\"", "REP_BEN", "Ben Berg", null, null,
                null, null, null, null, null, null, null, null);
        ArgumentCaptor<ContactList.Query> query = ArgumentCaptor.forClass(ContactList.Query.class);
        when(contacts.page(query.capture())).thenReturn(new ContactList.Page(7L, "USD", 3L, List.of(PAGE.items()
                .get(0), plain), "page-2", PAGE.asOf()), new ContactList.Page(7L, "USD", null, List.of(quoted), null,
                PAGE.asOf()));
        var answer = target("/contacts.csv").queryParam("tier", "SILVER").queryParam("sort", "-churnRisk").request()
                .get();
        assertEquals(200, answer.getStatus());
        assertEquals("text/csv;charset=utf-8", answer.getHeaderString("Content-Type"));
        assertEquals("attachment; filename=\"contacts-run-7.csv\"", answer.getHeaderString("Content-Disposition"));
        String[] lines = answer.readEntity(String.class).split("\r\n", -1);
        assertEquals("\uFEFFpartyId,name,ownerPartyId,ownerName,tier,segment,clv,clvLow,clvHigh,previousClv,"
                + "boughtSoFar,probabilityAlive,churnRisk,firstOrderDate,lastOrderDate,currency", lines[0]);
        assertEquals("CD0001,Ann Adams,REP_ANNA,Anna Andersen,SILVER,Champions,320,200,450,300,120,0.7,0.3,"
                + "1997-01-02,1998-06-02,USD", lines[1]);
        assertEquals("CD0002,\"'=HYPERLINK(\"\"x\"\")\",,,,,12345678.9,,,,0,,,,,USD", lines[2],
                "a formula is defused, quotes doubled, a large number in plain decimals");
        assertEquals("CD0003,\"Lee, \"\"Kim\"\"\",REP_BEN,Ben Berg,,,,,,,,,,,,", lines[3],
                "a contact without a value: empty cells, no currency");
        assertEquals(4, lines.length - 1, "three rows and the final line break");
        assertEquals("page-2", query.getAllValues().get(1).cursor(), "the second page follows the first's cursor");
        assertEquals(new ContactList.Criteria(null, "SILVER", null, null, null, null, null, null, null),
                query.getValue().criteria());
        assertEquals(PublishedValues.Order.CHURN_RISK, query.getValue().order());
    }
}
