package org.clvplugin.host.ofbiz;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.clvplugin.api.host.Contact;
import org.clvplugin.api.host.ContactDirectory;

/**
 * Contacts from OFBiz's PARTY, PERSON and PARTY_GROUP: persons and party groups holding one of the contact roles
 * (PARTY_ROLE). The owner is the party at the OWNER end of the contact's current PARTY_RELATIONSHIP (as OFBiz's
 * SFA records "Account owned by"), the most recent one when there are several.
 */
public final class OfbizContactDirectory implements ContactDirectory {

    private static final String SELECT = "SELECT p.PARTY_ID, p.PARTY_TYPE_ID, pe.FIRST_NAME, pe.LAST_NAME,"
            + " pg.GROUP_NAME, (SELECT rel.PARTY_ID_FROM FROM PARTY_RELATIONSHIP rel WHERE rel.PARTY_ID_TO ="
            + " p.PARTY_ID AND rel.ROLE_TYPE_ID_FROM = 'OWNER' AND rel.FROM_DATE <= ? AND (rel.THRU_DATE IS NULL"
            + " OR rel.THRU_DATE > ?) ORDER BY rel.FROM_DATE DESC FETCH FIRST 1 ROWS ONLY) AS OWNER"
            + " FROM PARTY p LEFT JOIN PERSON pe ON pe.PARTY_ID = p.PARTY_ID"
            + " LEFT JOIN PARTY_GROUP pg ON pg.PARTY_ID = p.PARTY_ID"
            + " WHERE p.PARTY_TYPE_ID IN ('PERSON', 'PARTY_GROUP')";

    private final DataSource dataSource;
    private final java.util.function.Supplier<List<String>> contactRoles;

    public OfbizContactDirectory(DataSource dataSource, List<String> contactRoles) {
        this(dataSource, fixed(contactRoles));
    }

    private static java.util.function.Supplier<List<String>> fixed(List<String> roles) {
        List<String> copy = List.copyOf(roles);
        return () -> copy;
    }

    /** @param contactRoles the roles that make a party a contact, asked on every query (the setting may change) */
    public OfbizContactDirectory(DataSource dataSource, java.util.function.Supplier<List<String>> contactRoles) {
        this.dataSource = dataSource;
        this.contactRoles = contactRoles;
    }

    @Override
    public Optional<Contact> find(String partyId) {
        AtomicReference<Contact> found = new AtomicReference<>();
        query(" AND p.PARTY_ID = ?", partyId, found::set);
        return Optional.ofNullable(found.get());
    }

    /** One query for a page of contacts (at most a few hundred ids). */
    @Override
    public Map<String, Contact> findAll(Collection<String> partyIds) {
        Map<String, Contact> found = new HashMap<>();
        if (!partyIds.isEmpty()) {
            query(" AND p.PARTY_ID IN (" + String.join(", ", Collections.nCopies(partyIds.size(), "?")) + ")",
                    List.copyOf(partyIds), c -> found.put(c.partyId(), c));
        }
        return found;
    }

    /** Persons' and groups' names in one query, of any role (owners are the CRM's users, seldom contacts). */
    @Override
    public Map<String, String> namesOf(Collection<String> partyIds) {
        Map<String, String> names = new HashMap<>();
        if (!partyIds.isEmpty()) {
            query(SELECT + " AND p.PARTY_ID IN (" + String.join(", ", Collections.nCopies(partyIds.size(), "?"))
                    + ")", List.of(), List.copyOf(partyIds), c -> names.put(c.partyId(), c.displayName()));
        }
        return names;
    }

    /** A scan of the contacts' ids and names: fine for a search box, not meant for bulk work. */
    @Override
    public List<Contact> search(String text, int limit) {
        // '!' escapes the wildcards, and CONCAT joins the names: a backslash opens an escape in MySQL's string
        // literals, and || is OR there; these spellings mean the same on H2, PostgreSQL, MySQL and MariaDB.
        String pattern = "%" + text.toUpperCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_") + "%";
        String like = " LIKE ? ESCAPE '!'";
        List<Contact> found = new ArrayList<>();
        query(" AND (UPPER(p.PARTY_ID)" + like + " OR UPPER(CONCAT(COALESCE(pe.FIRST_NAME, ''), ' ',"
                + " COALESCE(pe.LAST_NAME, '')))" + like + " OR UPPER(pg.GROUP_NAME)" + like
                + ") ORDER BY p.PARTY_ID FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
                Collections.nCopies(3, pattern), found::add);
        return found;
    }

    @Override
    public long forEachContact(Consumer<Contact> visitor) {
        return query(" ORDER BY p.PARTY_ID", List.of(), visitor);
    }

    private long query(String tail, String partyId, Consumer<Contact> visitor) {
        return query(tail, List.of(partyId), visitor);
    }

    private long query(String tail, List<String> partyIds, Consumer<Contact> visitor) {
        List<String> roles = contactRoles.get();
        return query(SELECT + " AND EXISTS (SELECT 1 FROM PARTY_ROLE r WHERE r.PARTY_ID = p.PARTY_ID AND"
                + " r.ROLE_TYPE_ID IN (" + String.join(", ", Collections.nCopies(roles.size(), "?")) + "))"
                + tail, roles, partyIds, visitor);
    }

    private long query(String sql, List<String> roles, List<String> partyIds, Consumer<Contact> visitor) {
        Timestamp now = Timestamp.from(Instant.now());
        long count = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int p = 1;
            s.setTimestamp(p++, now);
            s.setTimestamp(p++, now);
            for (String role : roles) {
                s.setString(p++, role);
            }
            for (String id : partyIds) {
                s.setString(p++, id);
            }
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    visitor.accept(contact(rs));
                    count++;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the host's contacts failed: " + e.getMessage(), e);
        }
        return count;
    }

    private static Contact contact(ResultSet rs) throws SQLException {
        boolean person = "PERSON".equals(rs.getString(2));
        String name = person ? join(rs.getString(3), rs.getString(4)) : rs.getString(5);
        return new Contact(rs.getString(1), name == null || name.isBlank() ? rs.getString(1) : name,
                person ? Contact.Kind.PERSON : Contact.Kind.ORGANISATION, rs.getString(6));
    }

    private static String join(String first, String last) {
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
    }
}
