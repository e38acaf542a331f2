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
            "CD0001", "Ann Adams", "REP_ANNA", "Anna Andersen", 320.0, 200.0, 450.0, 120.0, 0.7, "SILVER",
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
        assertEquals(new ContactList.Query(null, "SILVER", "Champions", 100.0, null, null,
                PublishedValues.Order.VALUE_ASCENDING, 10, "abc"), query.getValue());
        assertEquals(1, page.get("total").asLong());
        target("/contacts").request().get(String.class);
        assertEquals(new ContactList.Query(null, null, null, null, null, null, PublishedValues.Order.VALUE, 50, null),
                query.getValue(), "highest value first, 50 a page");
        target("/contacts").queryParam("sort", "-valueAtRisk").queryParam("newWithinDays", 30).request()
                .get(String.class);
        assertEquals(new ContactList.Query(null, null, null, null, null, 30, PublishedValues.Order.VALUE_AT_RISK, 50,
                null), query.getValue(), "the value at risk of contacts new in the last 30 days");
    }

    @Test
    void aSearchCombinesWithEveryFilterAndTheCursorAndValidatesTheText() throws Exception {
        ArgumentCaptor<ContactList.Query> query = ArgumentCaptor.forClass(ContactList.Query.class);
        when(contacts.page(query.capture())).thenReturn(PAGE);
        JsonNode found = json(target("/contacts").queryParam("q", " ada ").queryParam("tier", "GOLD")
                .queryParam("segment", "Champions").queryParam("minClv", 5).queryParam("owner", "REP_BEN")
                .queryParam("cursor", "abc").request().get(String.class));
        assertEquals("CD0001", found.get("items").get(0).get("partyId").asText());
        assertEquals(new ContactList.Query("ada", "GOLD", "Champions", 5.0, "REP_BEN", null,
                PublishedValues.Order.VALUE, 50, "abc"),
                query.getValue(), "the text stripped, every filter passed on");
        for (String q : new String[] {"", "   ", "x".repeat(101), "a\u0000b"}) {
            assertEquals(400, target("/contacts").queryParam("q", q).request().get().getStatus(), q);
        }
        when(settings.viewersSeeOwnContactsOnly()).thenReturn(true);
        json(target("/contacts").queryParam("q", "ada").request().header("Authorization", "Bearer viewer")
                .get(String.class));
        assertEquals("REP_ANNA", query.getValue().owner(), "a rep limited to own contacts searches only those");
    }

    @Test
    void badListRequestsAre400() {
        for (String[] p : new String[][] {{"tier", "gold; drop table"}, {"segment", "Whales"}, {"minClv", "-1"},
                {"minClv", "lots"}, {"sort", "name"}, {"sort", "-CLV"}, {"limit", "0"}, {"limit", "500"},
                {"newWithinDays", "0"}, {"newWithinDays", "400"},
                {"cursor", "x".repeat(300)}}) {
            assertEquals(400, target("/contacts").queryParam(p[0], p[1]).request().get().getStatus(),
                    p[0] + "=" + p[1]);
        }
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
        assertEquals("REP_ANNA", query.getValue().owner());
        assertEquals(403, target("/contacts").queryParam("owner", "REP_BEN").request()
                .header("Authorization", "Bearer viewer").get().getStatus());
        assertEquals(200, target("/contacts").queryParam("owner", "REP_BEN").request().get().getStatus(),
                "admins list anyone's");
        assertEquals("REP_BEN", query.getValue().owner());
    }
}
