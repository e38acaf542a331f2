package org.clvplugin.descriptor;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * OFBiz's entity engine as far as loading data files goes, on H2: a table per entity of the given entity models
 * (every field as text, the primary key, and a foreign key for every relation of type "one" whose target is
 * modelled; "one-nofk" makes none, as in OFBiz), and each data file stored in one transaction that is rolled back
 * whole when a row fails, as OFBiz's data loader does. Rows are stored as OFBiz stores seed data: insert or update
 * by primary key; field values come from attributes or from child elements' text.
 */
final class EntityDataLoad {

    private record Entity(String name, List<String> fields, List<String> primaryKey) {
    }

    private record Relation(String from, String to, List<String> fields, List<String> targetFields) {
    }

    private final Connection connection;
    private final Map<String, Entity> entities = new LinkedHashMap<>();

    EntityDataLoad(Connection connection, List<Path> models) throws Exception {
        this.connection = connection;
        List<Relation> relations = new ArrayList<>();
        for (Path model : models) {
            for (Element e : children(parse(Files.readAllBytes(model)).getDocumentElement(), "entity")) {
                List<String> fields = children(e, "field").stream().map(f -> f.getAttribute("name")).toList();
                List<String> key = children(e, "prim-key").stream().map(k -> k.getAttribute("field")).toList();
                entities.put(e.getAttribute("entity-name"), new Entity(e.getAttribute("entity-name"), fields, key));
                for (Element r : children(e, "relation")) {
                    if (r.getAttribute("type").equals("one")) {
                        List<Element> maps = children(r, "key-map");
                        relations.add(new Relation(e.getAttribute("entity-name"), r.getAttribute("rel-entity-name"),
                                maps.stream().map(m -> m.getAttribute("field-name")).toList(),
                                maps.stream().map(m -> m.hasAttribute("rel-field-name")
                                        ? m.getAttribute("rel-field-name") : m.getAttribute("field-name")).toList()));
                    }
                }
            }
        }
        try (Statement s = connection.createStatement()) {
            for (Entity e : entities.values()) {
                StringBuilder ddl = new StringBuilder("CREATE TABLE " + quote(e.name()) + " (");
                for (String f : e.fields()) {
                    ddl.append(quote(f)).append(" VARCHAR(4000), ");
                }
                ddl.append("PRIMARY KEY (").append(columns(e.primaryKey())).append("))");
                s.execute(ddl.toString());
            }
            for (Relation r : relations) {
                Entity target = entities.get(r.to());
                // A relation to an entity of a model not given, or not by the target's key, cannot be enforced.
                if (target != null && target.primaryKey().equals(r.targetFields())) {
                    s.execute("ALTER TABLE " + quote(r.from()) + " ADD FOREIGN KEY (" + columns(r.fields())
                            + ") REFERENCES " + quote(r.to()) + " (" + columns(r.targetFields()) + ")");
                }
            }
        }
        connection.setAutoCommit(false);
    }

    /** Stores every row of the file in one transaction; on the first failing row rolls it all back. */
    Outcome load(String name, byte[] xml) throws Exception {
        int rows = 0;
        try {
            for (Element row : children(parse(xml).getDocumentElement(), null)) {
                store(row);
                rows++;
            }
            connection.commit();
            return new Outcome(name, rows, null);
        } catch (SQLException | IllegalArgumentException e) {
            connection.rollback();
            return new Outcome(name, 0, e.getMessage());
        }
    }

    /** A file's result: the rows stored, or the error that rolled it back. */
    record Outcome(String file, int rows, String error) {
        boolean committed() {
            return error == null;
        }
    }

    /** The rows of an entity, each as its field values. */
    List<Map<String, String>> rows(String entity) throws SQLException {
        List<Map<String, String>> out = new ArrayList<>();
        try (Statement s = connection.createStatement();
             var rs = s.executeQuery("SELECT * FROM " + quote(entity))) {
            while (rs.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    if (rs.getString(i) != null) {
                        row.put(rs.getMetaData().getColumnName(i), rs.getString(i));
                    }
                }
                out.add(row);
            }
        }
        return out;
    }

    private void store(Element row) throws SQLException {
        Entity entity = entities.get(row.getTagName());
        if (entity == null) {
            throw new IllegalArgumentException("no entity " + row.getTagName() + " in the models loaded");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < row.getAttributes().getLength(); i++) {
            Node a = row.getAttributes().item(i);
            values.put(a.getNodeName(), a.getNodeValue());
        }
        for (Element field : children(row, null)) {
            values.put(field.getTagName(), field.getTextContent());
        }
        for (String field : values.keySet()) {
            if (!entity.fields().contains(field)) {
                throw new IllegalArgumentException(entity.name() + " has no field " + field);
            }
        }
        List<String> names = new ArrayList<>(values.keySet());
        String sql = "MERGE INTO " + quote(entity.name()) + " (" + columns(names) + ") KEY ("
                + columns(entity.primaryKey()) + ") VALUES (" + "?, ".repeat(names.size() - 1) + "?)";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            for (int i = 0; i < names.size(); i++) {
                p.setString(i + 1, values.get(names.get(i)));
            }
            p.executeUpdate();
        }
    }

    private static String columns(List<String> names) {
        return String.join(", ", names.stream().map(EntityDataLoad::quote).toList());
    }

    private static String quote(String identifier) {
        return '"' + identifier + '"';
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** The child elements of a node, all or those of one name. */
    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || e.getTagName().equals(name))) {
                out.add(e);
            }
        }
        return out;
    }
}
